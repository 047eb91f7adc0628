using Asa.Corpus;

namespace Asa.Benchmarks;

/// <summary>The arguments of <c>candidates</c>.</summary>
public sealed record CandidateRateOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project Asa.Benchmarks -- candidates [options]

          --grpc <url>          the sandbox service's gRPC address, loopback only (default http://127.0.0.1:5190)
          --cases <names>       comma-separated corpus case names or parts of names
                                (default: py-cart-coupons,py-clamp-bounds,py-stock-ledger,js-csv-fields,js-isbn-check,js-tax-lines,
                                cs-word-wrap,cs-run-length,cs-isbn-check,java-binary-search,java-password-policy,java-invoice-status)
          --count <n>           candidates run per case both ways, 1..1000 (default 24)
          --corpus <dir>        the corpus folder (default: corpus/ of the repository around the current directory)

        How many candidates a second the embedded engine tries: uploads each case's buggy version to the sandbox, makes
        the engine's candidates as the engine does (failing tests narrowed, lines traced in the sandbox, the candidates
        that parse or compile, in the plan's order), and runs the same first N candidates' failing tests in two forks
        side by side, first one sandbox run per candidate (classic), then in warm batches. Prints candidates per second
        per case and language both ways, the ratio, and any candidate whose verdict differs between the two ways.
        C# (`dotnet run`) runs warm in a host that compiles each candidate with Roslyn in memory; the forks' warm-up
        (building that host and listing the project's compile inputs) is not counted. Java (javac, then JUnit 4's
        JUnitCore) runs warm in a host that compiles each candidate with the JDK's compiler in memory and runs JUnitCore
        in a class loader of its own; its warm-up (running the command once with javac and java recorded, and building
        the host) is not counted either.
        """;

    public static readonly IReadOnlyList<string> DefaultCases =
        ["py-cart-coupons", "py-clamp-bounds", "py-stock-ledger", "js-csv-fields", "js-isbn-check", "js-tax-lines", "cs-word-wrap", "cs-run-length", "cs-isbn-check",
         "java-binary-search", "java-password-policy", "java-invoice-status"];

    public Uri Grpc { get; init; } = new("http://127.0.0.1:5190");
    public IReadOnlyList<string> Cases { get; init; } = DefaultCases;
    public int Count { get; init; } = 24;
    public string? CorpusDirectory { get; init; }

    /// <summary>Parses the arguments after <c>candidates</c>; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public static CandidateRateOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CandidateRateOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--grpc" => options with { Grpc = OptionParsing.LoopbackUrl(name, Value()) },
                "--cases" => options with { Cases = CorpusOptions.CaseNames(name, Value()) },
                "--count" => options with { Count = OptionParsing.Int(name, Value(), 1, 1000) },
                "--corpus" => options with { CorpusDirectory = Value() },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }
        return options;
    }

    public bool Selects(CorpusCase corpusCase) => new CorpusOptions { Cases = Cases }.Selects(corpusCase);
}
