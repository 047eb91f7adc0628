using Asa.Repair.Indexing;
using System.Text.RegularExpressions;
using Asa.Repair.Engine;
using Asa.Repair.Localization;
using Asa.Repair.Verification;

namespace Asa.Repair.Protection;

/// <summary>
/// The files no fix may edit, delete or create, each with why: the tests (the files the test run reported tests from,
/// the files that declare test classes or methods, the files the test command runs, and those named as tests), what
/// the tests load (a module only tests import that reads a data file of the checkout, and the data files test code
/// names), and the files that steer the test runner or CI. A fix changes the code under test; these decide whether it is right.
/// </summary>
public sealed partial class TestProtection
{
    private static readonly HashSet<string> DataExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".txt", ".yaml", ".yml", ".xml", ".dat", ".in", ".out", ".expected", ".snap",
    };

    private readonly Dictionary<string, string> reasons;

    private TestProtection(Dictionary<string, string> reasons) => this.reasons = reasons;

    /// <summary>No file known: names alone decide (<see cref="TestRunnerFiles"/>).</summary>
    public static TestProtection ByNameOnly { get; } = new([]);

    /// <summary>These files, for these reasons; other paths by their names.</summary>
    public static TestProtection Of(IReadOnlyDictionary<string, string> files) => new(files.ToDictionary(StringComparer.Ordinal));

    /// <summary>The protected files found in the checkout, with their reasons, in path order.</summary>
    public IReadOnlyDictionary<string, string> Files => reasons;

    /// <summary>Why the path may not be touched, or null when a fix may change it. A path not in the checkout is judged by its name.</summary>
    public string? ReasonFor(string path) => reasons.TryGetValue(path, out var reason) ? reason : TestRunnerFiles.ReasonByName(path);

    public bool IsProtected(string path) => ReasonFor(path) is not null;

    public static TestProtection Find(CheckoutSnapshot checkout, TestReport? report, string? testCommand)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        void Protect(string path, string reason) => found.TryAdd(path, reason);

        foreach (var location in report?.Locations ?? [])
        {
            foreach (var path in TestFilesAt(checkout, location))
            {
                Protect(path, $"the test run reports tests from it ({report!.Source})");
            }
        }
        foreach (var file in checkout.Files)
        {
            if (DeclaresTests(file))
            {
                Protect(file.Path, "it declares tests");
            }
            else if (TestRunnerFiles.ReasonByName(file.Path) is { } reason)
            {
                Protect(file.Path, reason);
            }
        }
        foreach (var path in RunByCommand(checkout, testCommand))
        {
            Protect(path, "the test command runs it");
        }

        var tests = found.Keys.Where(p => Languages.Editable(p) is not null).ToList();
        var testTexts = tests.Select(p => checkout.Files[checkout.IndexOf[p]].Text).ToList();
        foreach (var helper in TestOnlyLoaders(checkout, tests, testTexts))
        {
            Protect(helper, "only tests import it, and it loads the tests' data");
        }
        var testCode = string.Join('\n', found.Keys.Where(p => Languages.Editable(p) is not null && checkout.IndexOf.ContainsKey(p))
            .Select(p => checkout.Files[checkout.IndexOf[p]].Text));
        foreach (var file in checkout.Files.Where(f => DataExtensions.Contains(Path.GetExtension(f.Path))))
        {
            if (testCode.Contains(Path.GetFileName(file.Path), StringComparison.Ordinal))
            {
                Protect(file.Path, "test code reads it as test data");
            }
        }
        return new TestProtection(found.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The files a report's location names: a path, or a dotted module or class name (the class part dropped).</summary>
    private static IEnumerable<string> TestFilesAt(CheckoutSnapshot checkout, string location)
    {
        if (checkout.IndexOf.ContainsKey(location))
        {
            return [location];
        }
        if (location.Contains('/'))
        {
            return checkout.Paths.MatchPrinted(location);
        }
        var segments = location.Split('.');
        for (var count = segments.Length; count > 0; count--)
        {
            if (checkout.Paths.MatchModule(string.Join('/', segments[..count])) is { Count: > 0 } files)
            {
                return files;
            }
        }
        return [];
    }

    private static bool DeclaresTests(SourceFile file) => Languages.Editable(file.Path) switch
    {
        SourceLanguage.Java => JavaTest().IsMatch(file.Text),
        SourceLanguage.CSharp => DotnetTest().IsMatch(file.Text),
        SourceLanguage.Python => PythonTest().IsMatch(file.Text),
        SourceLanguage.JavaScript => NodeTest().IsMatch(file.Text),
        _ => false,
    };

    /// <summary>
    /// The checkout's source files the command names (<c>python3 check.py</c>, <c>node test.js</c>), seen from its
    /// directory, and every source file of a .NET project it runs by name (<c>dotnet run --project Checks</c>).
    /// </summary>
    private static IEnumerable<string> RunByCommand(CheckoutSnapshot checkout, string? command)
    {
        if (string.IsNullOrWhiteSpace(command))
        {
            yield break;
        }
        var directory = CommandDirectory().Match(command) is { Success: true } cd ? cd.Groups["dir"].Value.Trim('/') + "/" : "";
        foreach (Match project in NamedProject().Matches(command))
        {
            var named = (directory + project.Groups["project"].Value.Trim('\'', '"').TrimStart('.', '/')).TrimEnd('/');
            var projectDirectory = named.EndsWith("proj", StringComparison.Ordinal) ? Path.GetDirectoryName(named)!.Replace('\\', '/') : named;
            var prefix = projectDirectory.Length == 0 ? "" : projectDirectory + "/";
            if (prefix.Length == 0 || !checkout.Files.Any(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && f.Path.EndsWith("proj", StringComparison.Ordinal)))
            {
                continue;
            }
            foreach (var file in checkout.Files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && Languages.Editable(f.Path) is not null))
            {
                yield return file.Path;
            }
        }
        foreach (Match word in CommandWord().Matches(command))
        {
            var name = word.Value.Trim('\'', '"').TrimStart('.', '/');
            foreach (var candidate in new[] { directory + name, name })
            {
                if (Languages.Editable(candidate) is not null && checkout.IndexOf.ContainsKey(candidate))
                {
                    yield return candidate;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Source files imported by tests and by no other source file, that read a data file the checkout holds (named in
    /// them): the tests' data loaders. A library that reads whatever path it is given names no such file.
    /// </summary>
    private static IEnumerable<string> TestOnlyLoaders(CheckoutSnapshot checkout, IReadOnlyCollection<string> tests, IReadOnlyList<string> testTexts)
    {
        var importedByTests = testTexts.SelectMany(ImportReferences.Modules)
            .SelectMany(module => checkout.Paths.MatchModule(module))
            .Where(path => !tests.Contains(path))
            .ToHashSet(StringComparer.Ordinal);
        if (importedByTests.Count == 0)
        {
            return [];
        }
        var importedByCode = checkout.Files
            .Where(f => Languages.Editable(f.Path) is not null && !tests.Contains(f.Path))
            .SelectMany(f => ImportReferences.Modules(f.Text).SelectMany(module => checkout.Paths.MatchModule(module)).Where(p => p != f.Path))
            .ToHashSet(StringComparer.Ordinal);
        var dataFiles = checkout.Files.Select(f => Path.GetFileName(f.Path)).Where(name => DataExtensions.Contains(Path.GetExtension(name)))
            .ToHashSet(StringComparer.Ordinal);
        return importedByTests.Where(path => !importedByCode.Contains(path) && checkout.Files[checkout.IndexOf[path]].Text is var text
            && ReadsFiles().IsMatch(text) && dataFiles.Any(name => text.Contains(name, StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"@(?:org\.junit\.(?:jupiter\.api\.)?)?Test\b|import\s+org\.junit\b|extends\s+TestCase\b")]
    private static partial Regex JavaTest();

    [GeneratedRegex(@"\[(?:Fact|Theory|Test|TestMethod|TestCase|TestFixture|TestClass)\b")]
    private static partial Regex DotnetTest();

    [GeneratedRegex(@"^\s*(?:class\s+\w+\(\s*(?:unittest\.)?TestCase\s*\)|import\s+(?:unittest|pytest)\b|from\s+(?:unittest|pytest)\s+import\b)", RegexOptions.Multiline)]
    private static partial Regex PythonTest();

    [GeneratedRegex(@"(?:require\(\s*['""]node:test['""]\s*\)|from\s+['""]node:test['""])")]
    private static partial Regex NodeTest();

    [GeneratedRegex(@"\bcd\s+(?<dir>[\w./-]+)\s*(?:&&|;)")]
    private static partial Regex CommandDirectory();

    // dotnet run --project Checks, dotnet test Checks/Checks.csproj
    [GeneratedRegex(@"\bdotnet\s+(?:run|test)\b[^;&|]*?(?:--project\s+(?<project>[\w./'""-]+)|\s(?<project>[\w./'""-]+\.(?:cs|fs|vb)proj)\b)")]
    private static partial Regex NamedProject();

    [GeneratedRegex(@"[\w./'""-]+\.(?:py|js|mjs|cjs|ts|java|cs)\b['""]?")]
    private static partial Regex CommandWord();

    [GeneratedRegex(@"\bopen\(|\.read_text\(|\.read_bytes\(|readFileSync\(|readFile\(|createReadStream\(|Files\.(?:read|lines|newBufferedReader)|File\.(?:Read|Open)|new\s+FileReader\(")]
    private static partial Regex ReadsFiles();
}
