using Asa.Corpus;

namespace Asa.Benchmarks;

/// <summary>The arguments of <c>engine-rank</c>.</summary>
public sealed record EngineRankOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project Asa.Benchmarks -- engine-rank [options]

          --cases <names>       comma-separated case names, or parts of names (default: every tuning case)
          --language <lang>     only cases in this language: python, javascript, java or csharp
          --corpus <dir>        the corpus folder (default: corpus/ of the repository around the current directory)

        Where the embedded engine's search would reach each corpus case's known fix, without the stack or the sandbox:
        runs the case's tests on THIS machine (bash -c, outside the sandbox; Python and JavaScript traced as the engine traces them),
        ranks the suspicious lines and makes the candidates as the engine does, and prints the known fix's place among
        the candidates that parse or compile (the order the search tries them). A case whose fix needs more than one
        edit has no place. Needs the corpus's toolchains here, as the corpus command does.
        Only the corpus's tuning half is studied: the evaluation half is never tuned on (corpus/README.md), so its
        cases are left out even when named.
        """;

    public IReadOnlyList<string> Cases { get; init; } = [];
    public string? Language { get; init; }
    public string? CorpusDirectory { get; init; }

    /// <summary>Parses the arguments after <c>engine-rank</c>; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public static EngineRankOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EngineRankOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--cases" => options with { Cases = CorpusOptions.CaseNames(name, Value()) },
                "--language" => options with { Language = CorpusOptions.KnownLanguage(name, Value()) },
                "--corpus" => options with { CorpusDirectory = Value() },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }
        return options;
    }

    public bool Selects(CorpusCase corpusCase) =>
        new CorpusOptions { Cases = Cases, Language = Language, Set = CorpusCase.TuningSet }.Selects(corpusCase);
}
