namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The warm host for <c>dotnet run</c>: a small program built once in each fork at warm-up, against the sandbox SDK's own
/// Roslyn (no package is fetched), beside the list of the project's compile inputs that one MSBuild build of the project
/// gives. The host is compiled by the SDK's C# compiler directly (<see cref="CompileScript"/>), with an MSBuild build of
/// its project file when that cannot be done. Each batch then starts the host once; see <see cref="CSharpHostProgram"/>
/// for what it does with a candidate.
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
        [Folder + "/compile.sh"] = CompileScript,
        [Folder + "/Usings.cs"] = Usings,
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
               $"(cd {Folder} && {{ /bin/sh compile.sh > build.log 2>&1 || {{ rm -rf bin; dotnet build AsaWarmHost.csproj -nologo -v:q --disable-build-servers -o bin >> build.log 2>&1; }} || {{ cat build.log; exit 1; }}; }}) && " +
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
            <ImplicitUsings>disable</ImplicitUsings>
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

    /// <summary>
    /// Compiles the host with the C# compiler of the SDK that <c>dotnet</c> picks in the host's folder, against that
    /// SDK's bundled targeting pack, and writes the runtime configuration MSBuild would: an MSBuild build of a project
    /// costs seconds of its own before the compiler starts, on every C# task. Any step failing fails the script, and
    /// the warm-up then builds the project file instead.
    /// </summary>
    private const string CompileScript = """
        set -e
        dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
        sdk="$dotnet_root/sdk/$(dotnet --version)"
        bundled() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$sdk/Microsoft.NETCoreSdk.BundledVersions.props" | head -n 1; }
        runtime=$(bundled BundledNETCoreAppPackageVersion)
        framework=$(bundled BundledNETCoreAppTargetFrameworkVersion)
        pack="$dotnet_root/packs/Microsoft.NETCore.App.Ref/$runtime/ref/net$framework"
        roslyn="$sdk/Roslyn/bincore"
        test -f "$pack/System.Runtime.dll"
        test -f "$roslyn/csc.dll"
        rm -rf bin && mkdir bin
        for reference in "$pack"/*.dll "$roslyn/Microsoft.CodeAnalysis.dll" "$roslyn/Microsoft.CodeAnalysis.CSharp.dll"; do
          printf '"-r:%s"\n' "$reference"
        done > references.rsp
        dotnet "$roslyn/csc.dll" -nologo -noconfig -nostdlib -target:exe -optimize+ -nullable:enable -nowarn:CS8002 \
          -out:bin/AsaWarmHost.dll @references.rsp *.cs
        ln -s "$roslyn/Microsoft.CodeAnalysis.dll" "$roslyn/Microsoft.CodeAnalysis.CSharp.dll" bin/
        printf '{"runtimeOptions":{"tfm":"net%s","framework":{"name":"Microsoft.NETCore.App","version":"%s"}}}\n' "$framework" "$runtime" \
          > bin/AsaWarmHost.runtimeconfig.json

        """;

    private const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;

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
