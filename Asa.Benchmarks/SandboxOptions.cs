namespace Asa.Benchmarks;

/// <summary>The arguments of <c>sandbox</c>; every bound has a ceiling so a typo cannot start an endless run.</summary>
public sealed record SandboxOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project Asa.Benchmarks -- sandbox [options]

          --grpc <url>          the sandbox service's gRPC address, loopback only (default http://127.0.0.1:5190)
          --runs <n>            sequential `true` runs timed for the exec round trip, 1..100000 (default 200)
          --warmup <n>          unmeasured runs before them, 0..10000 (default 20)
          --files <n>           files in the generated repository uploaded and forked, 1..200000 (default 10000)
          --repeats <n>         uploads and forks timed, 1..50 (default 5)
          --concurrency <n>     streaming runs at once for the memory figure, 1..1000 (default 100)
          --pid <n>             the service's process id (default: the process listening on the --grpc port)
          --json <file>         also write every figure to this file
          --time-limit <s>      stop the whole run after this many seconds, 10..3600 (default 600)

        Start a sandbox service first (as root, with bubblewrap installed and cgroup v1), for example
          dotnet run -c Release --project Asa.Sandbox -- --Kestrel:Endpoints:grpc:Url=http://127.0.0.1:5190 \
            --Kestrel:Endpoints:http:Url=http://127.0.0.1:5191 --Sandbox:Workspaces:Root=/tmp/asa-bench-workspaces
        or run the AppHost (`dotnet run --project Asa.AppHost`) and pass the sandbox's gRPC URL.
        """;

    public Uri Grpc { get; init; } = new("http://127.0.0.1:5190");
    public int Runs { get; init; } = 200;
    public int Warmup { get; init; } = 20;
    public int Files { get; init; } = 10_000;
    public int Repeats { get; init; } = 5;
    public int Concurrency { get; init; } = 100;
    public int? Pid { get; init; }
    public string? JsonPath { get; init; }
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Parses the arguments after <c>sandbox</c>; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public static SandboxOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SandboxOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--grpc" => options with { Grpc = OptionParsing.LoopbackUrl(name, Value()) },
                "--runs" => options with { Runs = OptionParsing.Int(name, Value(), 1, 100_000) },
                "--warmup" => options with { Warmup = OptionParsing.Int(name, Value(), 0, 10_000) },
                "--files" => options with { Files = OptionParsing.Int(name, Value(), 1, 200_000) },
                "--repeats" => options with { Repeats = OptionParsing.Int(name, Value(), 1, 50) },
                "--concurrency" => options with { Concurrency = OptionParsing.Int(name, Value(), 1, 1000) },
                "--pid" => options with { Pid = OptionParsing.Int(name, Value(), 1, int.MaxValue) },
                "--json" => options with { JsonPath = Value() },
                "--time-limit" => options with { TimeLimit = TimeSpan.FromSeconds(OptionParsing.Int(name, Value(), 10, 3600)) },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }
        return options;
    }
}
