using System.Text.Json;

namespace Asa.Corpus;

/// <summary>
/// Loads every <c>corpus/*/case.json</c>. A malformed case stops the load with an <see cref="InvalidDataException"/>
/// that names the case and the field, because a benchmark or test over a half-read corpus would measure the wrong thing.
/// </summary>
public static class CorpusCatalog
{
    public const string FolderName = "corpus";
    public const string CaseFile = "case.json";

    public static readonly IReadOnlySet<string> Languages = new HashSet<string>(StringComparer.Ordinal) { "python", "javascript", "java", "csharp" };
    public static readonly IReadOnlySet<string> Categories = new HashSet<string>(StringComparer.Ordinal) { "algorithm", "business" };
    public static readonly IReadOnlySet<string> Bugs = new HashSet<string>(CorpusDifficulty.Bugs, StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> Sets = new HashSet<string>(StringComparer.Ordinal) { CorpusCase.TuningSet, CorpusCase.EvaluationSet };

    /// <summary>
    /// The corpus folder of the repository that holds <paramref name="start"/> (the current directory when null),
    /// else of the one this program was built in.
    /// </summary>
    public static string Locate(string? start = null)
    {
        foreach (var origin in new[] { start ?? Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(origin); directory is not null; directory = directory.Parent)
            {
                var corpus = Path.Combine(directory.FullName, FolderName);
                if (File.Exists(Path.Combine(directory.FullName, "Asa.sln")) && Directory.Exists(corpus))
                {
                    return corpus;
                }
            }
        }
        throw new ArgumentException($"no {FolderName}/ folder beside an Asa.sln above {start ?? Environment.CurrentDirectory}; pass the corpus folder");
    }

    /// <summary>Every case under <paramref name="corpusDirectory"/>, ordered by name.</summary>
    public static IReadOnlyList<CorpusCase> Load(string corpusDirectory)
    {
        if (!Directory.Exists(corpusDirectory))
        {
            throw new ArgumentException($"the corpus folder {corpusDirectory} does not exist");
        }
        return Directory.EnumerateDirectories(corpusDirectory)
            .Where(directory => File.Exists(Path.Combine(directory, CaseFile)))
            .Select(LoadCase)
            .OrderBy(corpusCase => corpusCase.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The case in <paramref name="caseDirectory"/>, checked field by field.</summary>
    public static CorpusCase LoadCase(string caseDirectory)
    {
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(caseDirectory));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(Path.Combine(caseDirectory, CaseFile)));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"corpus case '{folderName}': {CaseFile} is not valid JSON: {exception.Message}", exception);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"corpus case '{folderName}': {CaseFile} must be a JSON object, not {root.ValueKind}");
            }
            string Text(string field) =>
                root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                    ? value.GetString()!
                    : throw Invalid(folderName, field, "must be a non-empty string");
            string OneOf(string field, IReadOnlySet<string> allowed) =>
                Text(field) is var value && allowed.Contains(value)
                    ? value
                    : throw Invalid(folderName, field, $"must be one of {string.Join(", ", allowed)}, not '{value}'");

            var name = Text("name");
            if (name != folderName)
            {
                throw Invalid(folderName, "name", $"must be the folder's name, not '{name}'");
            }
            var engineFixable = root.TryGetProperty("engineFixable", out var fixable) && fixable.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? fixable.GetBoolean()
                : throw Invalid(folderName, "engineFixable", "must be true or false");
            var corpusCase = new CorpusCase(name, OneOf("language", Languages), OneOf("category", Categories), OneOf("bug", Bugs),
                Text("description"), Text("testCommand"), Text("heldBackCommand"), engineFixable, OneOf("set", Sets), Path.GetFullPath(caseDirectory));
            foreach (var folder in new[] { CorpusCase.BuggyFolder, CorpusCase.FixedFolder, CorpusCase.HeldBackFolder })
            {
                if (!Directory.Exists(Path.Combine(caseDirectory, folder)))
                {
                    throw new InvalidDataException($"corpus case '{folderName}': the folder {folder}/ is missing");
                }
            }
            return corpusCase;
        }
    }

    private static InvalidDataException Invalid(string caseName, string field, string problem) =>
        new($"corpus case '{caseName}': {CaseFile} field '{field}' {problem}");
}
