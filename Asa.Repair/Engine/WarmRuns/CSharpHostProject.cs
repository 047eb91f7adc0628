namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The C# host's view of the project: the compile inputs and options the warm-up's MSBuild run listed (sources
/// including the generated ones, references, defines, language version, nullable, warnings), as one Roslyn compilation.
/// </summary>
internal static class CSharpHostProject
{
    public const string Source = """
        using System.Text.Json;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.CSharp;
        using Microsoft.CodeAnalysis.Text;

        /// <summary>The project's compile inputs as the warm-up's MSBuild run listed them, parsed once.</summary>
        sealed class Project
        {
            private readonly CSharpParseOptions parseOptions;
            private readonly string projectFile;

            private Project(CSharpCompilation compilation, Dictionary<string, SyntaxTree> trees, CSharpParseOptions parseOptions, string projectFile, string outputDirectory)
            {
                Compilation = compilation;
                Trees = trees;
                this.parseOptions = parseOptions;
                this.projectFile = projectFile;
                OutputDirectory = outputDirectory;
            }

            public CSharpCompilation Compilation { get; }

            public IReadOnlyDictionary<string, SyntaxTree> Trees { get; }

            public string OutputDirectory { get; }

            public SyntaxTree Parse(SourceText text, string path) => CSharpSyntaxTree.ParseText(text, parseOptions, path);

            /// <summary>A diagnostic as MSBuild prints it in <c>dotnet run</c>'s output.</summary>
            public string Describe(Diagnostic diagnostic)
            {
                var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
                var where = "";
                if (diagnostic.Location.GetMappedLineSpan() is { IsValid: true } span)
                {
                    where = $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): ";
                }
                return $"{where}{severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} [{projectFile}]";
            }

            public static Project Load(string inputsFile, string workspace)
            {
                var inputs = JsonDocument.Parse(File.ReadAllBytes(inputsFile)).RootElement;
                var built = File.ReadAllText(Path.Combine(Path.GetDirectoryName(inputsFile)!, "root.txt")).Trim();
                string Local(string path) => path.StartsWith(built + "/", StringComparison.Ordinal) ? workspace + path[built.Length..] : path;
                var properties = inputs.GetProperty("Properties");
                string Property(string name) => properties.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
                IEnumerable<string> Items(string name) => inputs.GetProperty("Items").TryGetProperty(name, out var items)
                    ? items.EnumerateArray().Select(i => Local(i.GetProperty("FullPath").GetString()!))
                    : [];
                bool True(string name) => string.Equals(Property(name), "true", StringComparison.OrdinalIgnoreCase);
                IEnumerable<string> List(string name) => Property(name).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                static string Code(string id) => int.TryParse(id, out var number) ? $"CS{number:0000}" : id;

                if (!LanguageVersionFacts.TryParse(Property("LangVersion") is { Length: > 0 } version ? version : "default", out var language))
                {
                    throw new WarmHostException($"the language version '{Property("LangVersion")}' is not one this compiler knows");
                }
                // The SDK's own analyzers and generators are left out (see the README); any other could change what compiles.
                var dotnetRoot = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "../../..")) + "/";
                if (Items("Analyzer").Select(Path.GetFullPath).FirstOrDefault(path => !path.StartsWith(dotnetRoot, StringComparison.Ordinal)) is { } analyzer)
                {
                    throw new WarmHostException($"the project uses an analyzer or source generator of its own ({Path.GetFileName(analyzer)}), which the host does not run");
                }
                var parseOptions = new CSharpParseOptions(language, DocumentationMode.None, SourceCodeKind.Regular, List("DefineConstants"));
                var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
                foreach (var path in Items("Compile").Distinct(StringComparer.Ordinal))
                {
                    using var stream = File.OpenRead(path);
                    trees[path] = CSharpSyntaxTree.ParseText(SourceText.From(stream, checksumAlgorithm: SourceHashAlgorithm.Sha256), parseOptions, path);
                }
                var diagnostics = new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal);
                foreach (var id in List("NoWarn"))
                {
                    diagnostics[Code(id)] = ReportDiagnostic.Suppress;
                }
                foreach (var id in List("WarningsAsErrors"))
                {
                    diagnostics[Code(id)] = ReportDiagnostic.Error;
                }
                foreach (var id in List("WarningsNotAsErrors"))
                {
                    diagnostics[Code(id)] = ReportDiagnostic.Warn;
                }
                var outputKind = Property("OutputType").ToLowerInvariant() switch
                {
                    "exe" => OutputKind.ConsoleApplication,
                    "winexe" => OutputKind.WindowsApplication,
                    var other => throw new WarmHostException($"the project's output type is '{other}', not a program dotnet run starts"),
                };
                var nullable = Property("Nullable").ToLowerInvariant() switch
                {
                    "enable" => NullableContextOptions.Enable,
                    "warnings" => NullableContextOptions.Warnings,
                    "annotations" => NullableContextOptions.Annotations,
                    _ => NullableContextOptions.Disable,
                };
                var options = new CSharpCompilationOptions(outputKind,
                        mainTypeName: Property("StartupObject") is { Length: > 0 } main ? main : null,
                        optimizationLevel: True("Optimize") ? OptimizationLevel.Release : OptimizationLevel.Debug,
                        checkOverflow: True("CheckForOverflowUnderflow"),
                        allowUnsafe: True("AllowUnsafeBlocks"),
                        nullableContextOptions: nullable,
                        warningLevel: int.TryParse(Property("WarningLevel"), out var level) ? level : 4,
                        generalDiagnosticOption: True("TreatWarningsAsErrors") ? ReportDiagnostic.Error : ReportDiagnostic.Default,
                        specificDiagnosticOptions: diagnostics,
                        deterministic: true);
                var references = Items("ReferencePathWithRefAssemblies").Distinct(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p));
                var compilation = CSharpCompilation.Create(Property("AssemblyName"), trees.Values, references, options);
                var projectFile = Local(Property("MSBuildProjectFullPath"));
                if (File.Exists(Path.Combine(Path.GetDirectoryName(projectFile)!, "Properties", "launchSettings.json")))
                {
                    throw new WarmHostException("dotnet run applies the project's launch profile (Properties/launchSettings.json), which the host does not");
                }
                var targetPath = Local(Property("TargetPath"));
                return new Project(compilation, trees, parseOptions, projectFile, Path.GetDirectoryName(targetPath)!);
            }
        }

        /// <summary>Why the host cannot run this project warm: it says so and ends before any candidate.</summary>
        sealed class WarmHostException(string message) : Exception(message);
        """;
}
