namespace Asa.Benchmarks;

/// <summary>The arguments of <c>submit</c>; every bound has a ceiling so a typo cannot start an endless run.</summary>
public sealed record SubmitOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project Asa.Benchmarks -- submit [options]

          --grpc <url>          the API's gRPC address, loopback only (default http://localhost:5180)
          --count <n>           measured submissions, 1..100000 (default 5000)
          --concurrency <n>     calls in flight, 1..1024 (default 32)
          --warmup <n>          unmeasured submissions before the measured ones, 0..100000 (default 200)
          --rate <n>            send at this many submits/s (open loop; latency counted from when each call was due)
                                instead of as fast as the server answers, 1..100000 (default: as fast as it answers)
          --pickups <n>         single submissions timed from creation to CLONING_REPO, 0..200 (default 20)
          --repo <path-or-url>  repository to submit (default: a tiny git repository made in a temp dir)
          --json <file>         also write every figure to this file
          --time-limit <s>      stop the whole run after this many seconds, 10..3600 (default 600)

        The server's limits must allow the run, for example
          Limits__MaxQueueSize=1000000 Limits__MaxSubmissionsPerUserPerDay=1000000
        and, for the default repository, Repositories__AllowLocal=true (local mode's default). Against an API
        that wants keys (Auth:Mode=keys), set ASA_API_KEY to one (Asa.Api keys create --user bench).
        A freshly started API is still compiling its hot paths for its first few thousand calls:
        run once to warm it up, or raise --warmup, before trusting the figures.
        """;

    public Uri Grpc { get; init; } = new("http://localhost:5180");
    public int Count { get; init; } = 5000;
    public int Concurrency { get; init; } = 32;
    public int Warmup { get; init; } = 200;
    public int? Rate { get; init; }
    public int Pickups { get; init; } = 20;
    public string? Repo { get; init; }
    public string? JsonPath { get; init; }
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Parses the arguments after <c>submit</c>; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public static SubmitOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SubmitOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--grpc" => options with { Grpc = OptionParsing.LoopbackUrl(name, Value()) },
                "--count" => options with { Count = OptionParsing.Int(name, Value(), 1, 100_000) },
                "--concurrency" => options with { Concurrency = OptionParsing.Int(name, Value(), 1, 1024) },
                "--warmup" => options with { Warmup = OptionParsing.Int(name, Value(), 0, 100_000) },
                "--rate" => options with { Rate = OptionParsing.Int(name, Value(), 1, 100_000) },
                "--pickups" => options with { Pickups = OptionParsing.Int(name, Value(), 0, 200) },
                "--repo" => options with { Repo = Value() },
                "--json" => options with { JsonPath = Value() },
                "--time-limit" => options with { TimeLimit = TimeSpan.FromSeconds(OptionParsing.Int(name, Value(), 10, 3600)) },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }
        return options;
    }
}
