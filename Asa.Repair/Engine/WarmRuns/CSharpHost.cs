namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The warm host for <c>dotnet run</c>: a small program built once in each fork at warm-up, against the sandbox SDK's own
/// Roslyn (no package is fetched), beside the list of the project's compile inputs that one MSBuild build of the project
/// gives. Each batch then starts the host once; see <see cref="CSharpHostProgram"/> for what it does with a candidate.
/// </summary>
internal static class CSharpHost
{
    private const string Folder = WarmBatch.Directory + "/cs";
    private const string Inputs = Folder + "/inputs.json";

    /// <summary>The properties of the project's build the host compiles with.</summary>
    private static readonly string[] Properties =
    [
        "AssemblyName", "OutputType", "TargetPath", "MSBuildProjectFullPath", "StartupObject", "LangVersion", "DefineConstants",
        "Nullable", "AllowUnsafeBlocks", "Optimize", "CheckForOverflowUnderflow", "WarningLevel", "TreatWarningsAsErrors",
        "WarningsAsErrors", "WarningsNotAsErrors", "NoWarn",
    ];

    /// <summary>The items: sources with the generated ones (global usings, assembly attributes), references, analyzers.</summary>
    private static readonly string[] Items = ["Compile", "ReferencePathWithRefAssemblies", "Analyzer"];

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        [Folder + "/AsaWarmHost.csproj"] = ProjectFile,
        // Keep the repository's own build settings (a Directory.Build.props two folders up) out of the host's build.
        [Folder + "/Directory.Build.props"] = "<Project />\n",
        [Folder + "/Directory.Build.targets"] = "<Project />\n",
        [Folder + "/Directory.Packages.props"] = "<Project />\n",
        [Folder + "/Program.cs"] = CSharpHostProgram.Source,
        [Folder + "/Project.cs"] = CSharpHostProject.Source,
        [Folder + "/CandidateContext.cs"] = CandidateContext,
        [Folder + "/TailWriter.cs"] = TailWriter,
    };

    /// <summary>
    /// Builds the host, then the project as <c>dotnet run</c> would (same folder, project and configuration), listing its
    /// compile inputs. Either failing prints why and fails the run.
    /// </summary>
    public static string WarmUpCommand(WarmCommand command)
    {
        var project = command.Project is { } path ? $" {ShellQuote.Word(path)}" : "";
        var configuration = command.Configuration is { } name ? $" -c {ShellQuote.Word(name)}" : "";
        var queries = string.Concat(Properties.Select(p => $" -getProperty:{p}").Concat(Items.Select(i => $" -getItem:{i}")));
        return "export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1; root=$(pwd) && " +
               $"(cd {Folder} && dotnet build AsaWarmHost.csproj -nologo -v:q --disable-build-servers -o bin > build.log 2>&1 || {{ cat build.log; exit 1; }}) && " +
               $"echo \"$root\" > {Folder}/root.txt && cd {ShellQuote.Word(command.Directory)} && " +
               $"dotnet build{project}{configuration} -nologo -v:q --disable-build-servers -t:Build{queries} -getResultOutputFile:\"$root/{Inputs}\"";
    }

    public static string RunCommand(string manifest) => $"exec dotnet {Folder}/bin/AsaWarmHost.dll {manifest} {Inputs}";

    private const string ProjectFile = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net$(BundledNETCoreAppTargetFrameworkVersion)</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <UseAppHost>false</UseAppHost>
            <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
            <EnableNETAnalyzers>false</EnableNETAnalyzers>
            <NoWarn>$(NoWarn);CS8002</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="Microsoft.CodeAnalysis" HintPath="$(RoslynTargetsPath)/bincore/Microsoft.CodeAnalysis.dll" />
            <Reference Include="Microsoft.CodeAnalysis.CSharp" HintPath="$(RoslynTargetsPath)/bincore/Microsoft.CodeAnalysis.CSharp.dll" />
          </ItemGroup>
        </Project>
        """;

    private const string CandidateContext = """
        using System.Reflection;
        using System.Runtime.Loader;

        /// <summary>
        /// One candidate's program, collectible so its statics go with it: its own assembly compiled in memory, the project's
        /// other dependencies from the warm-up build's output, the framework from the host.
        /// </summary>
        sealed class CandidateContext(string outputDirectory) : AssemblyLoadContext("asa-candidate", isCollectible: true)
        {
            public Assembly? Candidate { get; set; }

            protected override Assembly? Load(AssemblyName name)
            {
                if (Candidate is not null && AssemblyName.ReferenceMatchesDefinition(name, Candidate.GetName()))
                {
                    return Candidate;
                }
                var path = Path.Combine(outputDirectory, name.Name + ".dll");
                return File.Exists(path) && !IsFramework(name) ? LoadFromAssemblyPath(path) : null;
            }

            private static bool IsFramework(AssemblyName name) =>
                Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(name, a.GetName())) || name.Name is { } n && (n.StartsWith("System.", StringComparison.Ordinal) || n == "System" || n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }
        """;

    private const string TailWriter = """
        using System.Text;

        /// <summary>A candidate's console output, standard output and error interleaved as a terminal shows them, its tail kept.</summary>
        sealed class TailWriter(int chars) : TextWriter
        {
            private readonly StringBuilder text = new();

            public override Encoding Encoding => Encoding.UTF8;

            /// <summary>The same output, for <see cref="Console.Error"/>.</summary>
            public TextWriter Error => this;

            public override void Write(char value)
            {
                lock (text)
                {
                    text.Append(value);
                    Trim();
                }
            }

            public override void Write(string? value)
            {
                lock (text)
                {
                    text.Append(value);
                    Trim();
                }
            }

            public override void Write(char[] buffer, int index, int count)
            {
                lock (text)
                {
                    text.Append(buffer, index, count);
                    Trim();
                }
            }

            public override string ToString()
            {
                lock (text)
                {
                    return text.ToString();
                }
            }

            private void Trim()
            {
                if (text.Length > chars * 2)
                {
                    text.Remove(0, text.Length - chars);
                }
            }
        }
        """;
}
