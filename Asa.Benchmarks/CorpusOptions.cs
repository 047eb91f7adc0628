using Asa.Corpus;

namespace Asa.Benchmarks;

/// <summary>The arguments of <c>corpus</c>; every bound has a ceiling so a typo cannot start an endless run.</summary>
public sealed record CorpusOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project Asa.Benchmarks -- corpus [options]

          --grpc <url>          the API's gRPC address, loopback only (default http://localhost:5180)
          --cases <names>       comma-separated case names, or parts of names (default: every case)
          --language <lang>     only cases in this language: python, javascript, java or csharp
          --set <set>           only the tuning half or only the evaluation half (corpus/README.md)
          --json <file>         where to write the results (default corpus-results.json in the current directory)
          --case-timeout <s>    cancel a task not ended after this many seconds, 10..7200 (default 360)
          --corpus <dir>        the corpus folder (default: corpus/ of the repository around the current directory)

        Submits each case of the bug corpus in turn (buggy/ as a fresh one-commit git repository in a temp directory,
        its bug description and its test command), waits for the task to end, and reports per case and per language
        how many were fixed, how many of the fixes are correct, how many overfit, and how long they took, for
        every case, each half of the corpus and each language. The API must accept local
        repositories (Repositories__AllowLocal=true; local mode's default) and enough submissions
        (Limits__MaxSubmissionsPerUserPerDay at least the number of cases). Against an API that wants keys
        (Auth:Mode=keys), set ASA_API_KEY to one (Asa.Api keys create --user bench).
        A fix counts as correct when its diff applies to buggy/ with heldback/ laid over it and the case's held-back
        command then exits 0. That check runs the corpus's own tests, with ASA's diff applied, on THIS machine
        (with bash -c, outside the sandbox, /usr/bin first on PATH, at most 300 s), so it needs the corpus's
        toolchains here: Debian's python3-pytest, nodejs, default-jdk-headless and junit4, and dotnet.
        Exits 0 when the run completed, whatever the figures.
        """;

    public Uri Grpc { get; init; } = new("http://localhost:5180");
    public IReadOnlyList<string> Cases { get; init; } = [];
    public string? Language { get; init; }
    public string? Set { get; init; }
    public string JsonPath { get; init; } = "corpus-results.json";
    public TimeSpan CaseTimeout { get; init; } = TimeSpan.FromSeconds(360);
    public string? CorpusDirectory { get; init; }

    /// <summary>Parses the arguments after <c>corpus</c>; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public static CorpusOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CorpusOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--grpc" => options with { Grpc = OptionParsing.LoopbackUrl(name, Value()) },
                "--cases" => options with { Cases = CaseNames(name, Value()) },
                "--language" => options with { Language = KnownLanguage(name, Value()) },
                "--set" => options with { Set = KnownSet(name, Value()) },
                "--json" => options with { JsonPath = Value() },
                "--case-timeout" => options with { CaseTimeout = TimeSpan.FromSeconds(OptionParsing.Int(name, Value(), 10, 7200)) },
                "--corpus" => options with { CorpusDirectory = Value() },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }
        return options;
    }

    /// <summary>Whether a case is among those asked for: its name holds one of <see cref="Cases"/>, and its language matches.</summary>
    public bool Selects(CorpusCase corpusCase) =>
        (Cases.Count == 0 || Cases.Any(wanted => corpusCase.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase)))
        && (Language is null || corpusCase.Language == Language)
        && (Set is null || corpusCase.Set == Set);

    internal static List<string> CaseNames(string name, string value)
    {
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return names.Count > 0 ? names : throw new ArgumentException($"{name} needs at least one case name");
    }

    internal static string KnownSet(string name, string value) =>
        CorpusCatalog.Sets.Contains(value)
            ? value
            : throw new ArgumentException($"{name} must be one of {string.Join(", ", CorpusCatalog.Sets)}, not '{value}'");

    internal static string KnownLanguage(string name, string value) =>
        CorpusCatalog.Languages.Contains(value)
            ? value
            : throw new ArgumentException($"{name} must be one of {string.Join(", ", CorpusCatalog.Languages)}, not '{value}'");
}
