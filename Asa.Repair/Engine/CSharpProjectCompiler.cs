using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Asa.Repair.Engine;

/// <summary>
/// Compiles an edited C# file with Roslyn, in the project it belongs to (its sources and those of the projects it
/// references, against the runtime's own framework assemblies), so a candidate that would not build is dropped
/// without a `dotnet build` in the sandbox. What the project cannot resolve here (a NuGet package) already fails
/// as it is, so a candidate is judged by whether it adds errors, not by having none.
/// </summary>
public sealed partial class CSharpProjectCompiler(string checkoutRoot)
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkReferences = new(() =>
        [.. ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal)
                           && (Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll"))
            .Select(path => MetadataReference.CreateFromFile(path))]);

    private static readonly string ImplicitUsings = string.Concat(
        new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" }
            .Select(name => $"global using global::{name};\n"));

    private readonly ConcurrentDictionary<string, Lazy<ProjectBaseline?>> baselines = new(StringComparer.Ordinal);

    /// <summary>True when the file, changed to <paramref name="text"/>, compiles with no more errors than its project had.</summary>
    public bool Compiles(string path, string text)
    {
        if (ProjectOf(path) is not { } project
            || baselines.GetOrAdd(project, p => new Lazy<ProjectBaseline?>(() => Load(p))).Value is not { } baseline
            || !baseline.Trees.TryGetValue(path, out var tree))
        {
            return CSharpSyntaxTree.ParseText(text, ParseOptions).GetDiagnostics().All(d => d.Severity != DiagnosticSeverity.Error);
        }
        var changedTree = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, path);
        var changed = baseline.Compilation.ReplaceSyntaxTree(tree, changedTree);
        return ErrorCount(changed, changedTree) <= baseline.Errors.GetOrAdd(path, _ => ErrorCount(baseline.Compilation, tree));
    }

    /// <summary>
    /// A project's compilation as it is, and the errors each of its files has in it, counted when first asked. An edit
    /// is judged by its own file's errors: binding one file rather than the whole project is what lets the search check
    /// every candidate it takes. An edit that breaks another file (a changed signature) still fails the host's build.
    /// </summary>
    private sealed record ProjectBaseline(CSharpCompilation Compilation, IReadOnlyDictionary<string, SyntaxTree> Trees)
    {
        public ConcurrentDictionary<string, int> Errors { get; } = new(StringComparer.Ordinal);
    }

    private static int ErrorCount(Compilation compilation, SyntaxTree tree) =>
        compilation.GetSemanticModel(tree).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The project file's directory, relative to the checkout, nearest above the file; null when there is none.</summary>
    private string? ProjectOf(string path)
    {
        for (var directory = Path.GetDirectoryName(path); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var full = Path.Combine(checkoutRoot, directory);
            if (Directory.Exists(full) && Directory.EnumerateFiles(full, "*.csproj").Any())
            {
                return directory;
            }
            if (directory.Length == 0)
            {
                break;
            }
        }
        return null;
    }

    private ProjectBaseline? Load(string project)
    {
        var projectFile = Directory.EnumerateFiles(Path.Combine(checkoutRoot, project), "*.csproj").First();
        var xml = File.ReadAllText(projectFile);
        var sources = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        CollectSources(project, sources, seen, depth: 0);
        if (sources.Count == 0)
        {
            return null;
        }
        var trees = sources.ToDictionary(s => s, s => CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(checkoutRoot, s)), ParseOptions, s), StringComparer.Ordinal);
        var allTrees = trees.Values.ToList();
        if (EnabledRegex().IsMatch(xml))
        {
            allTrees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, "ImplicitUsings.g.cs"));
        }
        var options = new CSharpCompilationOptions(
            ExeRegex().IsMatch(xml) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableRegex().IsMatch(xml) ? NullableContextOptions.Enable : NullableContextOptions.Disable,
            allowUnsafe: true);
        var compilation = CSharpCompilation.Create("Candidate", allTrees, FrameworkReferences.Value, options);
        return new ProjectBaseline(compilation, trees);
    }

    /// <summary>The project's own .cs files (not under bin/, obj/ or a nested project) and, recursively, its references' files.</summary>
    private void CollectSources(string project, List<string> sources, HashSet<string> seenProjects, int depth)
    {
        if (depth > 8 || !seenProjects.Add(project))
        {
            return;
        }
        var root = Path.Combine(checkoutRoot, project);
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.cs"))
            {
                sources.Add(Path.GetRelativePath(checkoutRoot, file).Replace('\\', '/'));
            }
            foreach (var child in Directory.EnumerateDirectories(directory))
            {
                var name = Path.GetFileName(child);
                if (name is "bin" or "obj" || name.StartsWith('.') || Directory.EnumerateFiles(child, "*.csproj").Any())
                {
                    continue;
                }
                pending.Push(child);
            }
        }
        var projectFile = Directory.EnumerateFiles(root, "*.csproj").First();
        foreach (Match reference in ReferenceRegex().Matches(File.ReadAllText(projectFile)))
        {
            var referenced = Path.GetFullPath(Path.Combine(root, reference.Groups["path"].Value.Replace('\\', '/')));
            var referencedDirectory = Path.GetRelativePath(checkoutRoot, Path.GetDirectoryName(referenced)!).Replace('\\', '/');
            if (!referencedDirectory.StartsWith("..", StringComparison.Ordinal) && File.Exists(referenced))
            {
                CollectSources(referencedDirectory == "." ? "" : referencedDirectory, sources, seenProjects, depth + 1);
            }
        }
    }

    [GeneratedRegex(@"<ImplicitUsings>\s*(enable|true)\s*</ImplicitUsings>", RegexOptions.IgnoreCase)]
    private static partial Regex EnabledRegex();

    [GeneratedRegex(@"<OutputType>\s*(Exe|WinExe)\s*</OutputType>", RegexOptions.IgnoreCase)]
    private static partial Regex ExeRegex();

    [GeneratedRegex(@"<Nullable>\s*enable\s*</Nullable>", RegexOptions.IgnoreCase)]
    private static partial Regex NullableRegex();

    [GeneratedRegex(@"<ProjectReference\s+Include=""(?<path>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceRegex();
}
