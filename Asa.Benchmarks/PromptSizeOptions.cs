namespace Asa.Benchmarks;

/// <summary>The arguments of <c>prompt-size</c>; every bound has a ceiling so a typo cannot start an endless run.</summary>
public sealed record PromptSizeOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project Asa.Benchmarks -- prompt-size [options]

          --files <n>           source files in the generated Python repository, 10..200000 (default 2000)
          --budget <n>          context token budget, 256..1000000 (default 12000)
          --iterations <n>      measured localise-and-build runs, 1..100 (default 5; one more runs first, unmeasured)
          --model <name>        model whose tiktoken encoding counts the tokens (default gpt-4o-mini)

        Runs in process; needs no service. Exits 4 when a context exceeds the budget.
        """;

    public int Files { get; init; } = 2000;
    public int Budget { get; init; } = 12_000;
    public int Iterations { get; init; } = 5;
    public string Model { get; init; } = "gpt-4o-mini";

    /// <summary>Parses the arguments after <c>prompt-size</c>; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public static PromptSizeOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PromptSizeOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--files" => options with { Files = OptionParsing.Int(name, Value(), 10, 200_000) },
                "--budget" => options with { Budget = OptionParsing.Int(name, Value(), 256, 1_000_000) },
                "--iterations" => options with { Iterations = OptionParsing.Int(name, Value(), 1, 100) },
                "--model" => options with { Model = Value() },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }
        return options;
    }
}
