namespace Asa.Benchmarks;

/// <summary>The arguments of <c>pipeline</c>; every bound has a ceiling so a typo cannot start an endless run.</summary>
public sealed record PipelineOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project Asa.Benchmarks -- pipeline [options]

          --files <n>           source files in the generated Python repository, 10..20000 (default 60)
          --iterations <n>      measured runs, 1..100 (default 10; one more runs first, unmeasured)
          --model <name>        model whose tiktoken encoding counts the tokens (default gpt-4o-mini)

        Runs in process; needs no service. Times what the worker itself does for a task, without the model's
        latency and the sandbox's test time: clone, index, localise and assemble the prompts, read and apply the
        reply, review it, and record the fix. Exits 5 when the total median exceeds 1 s.
        """;

    public int Files { get; init; } = 60;
    public int Iterations { get; init; } = 10;
    public string Model { get; init; } = "gpt-4o-mini";

    /// <summary>Parses the arguments after <c>pipeline</c>; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public static PipelineOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PipelineOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--files" => options with { Files = OptionParsing.Int(name, Value(), 10, 20_000) },
                "--iterations" => options with { Iterations = OptionParsing.Int(name, Value(), 1, 100) },
                "--model" => options with { Model = Value() },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }
        return options;
    }
}
