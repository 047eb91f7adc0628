using Asa.Benchmarks;
using Asa.Repair;
using Asa.Repair.Engine;
using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Verification;
using Asa.Tests.Infrastructure;
using Asa.Worker.Sandbox;

namespace Asa.Tests.Repair.Engine;

/// <summary>
/// The warm C# host for real in the real sandbox service: each candidate compiled in memory and run in a load context of
/// its own gets the verdict a classic <c>dotnet run</c> gives it, and a candidate that hangs, ends the host or reaches
/// out is contained as a classic run contains it, the candidates after it still running.
/// </summary>
public sealed class CSharpWarmRunsSandboxTests(SandboxServer server) : IClassFixture<SandboxServer>, IDisposable
{
    private const string Command = "dotnet run";
    private const string CalcPath = "src/Calc.cs";
    // The classic limit: a candidate where the host stopped runs `dotnet run` the classic way, a build that can take
    // more than 10 s on a loaded machine. The warm limit is still five times the warm reference's run and 2 s.
    private static readonly TimeSpan CandidateLimit = TimeSpan.FromSeconds(30);
    private readonly string root = Directory.CreateTempSubdirectory("asa-cs-warm-runs-").FullName;
    private readonly SandboxCandidateRunner sandbox = new(new SandboxClient(server.Client));
    private CandidateRuns? runs;

    private const string Calc = """
        namespace Sums;

        public static class Calc
        {
            public static int Add(int a, int b) => a - b;
        }
        """;

    [Fact]
    public async Task CandidatesGetTheVerdictsOfClassicRunsWithFreshStaticsAndAHangEndsOnlyItsOwnRun()
    {
        var fork = await WarmAsync();
        var compileError = Body("=> a - ;");
        var exception = Body("=> throw new InvalidOperationException(\"broken\");");
        var counting = Body("{ runs++; Console.WriteLine($\"run number {runs}\"); return a * b; }\n    private static int runs;");
        var fix = Body("=> a + b;");

        var tried = await RunAllAsync(fork, [compileError, exception, counting, counting, Body("{ while (true) { } }"), Body("=> a * b;"), fix]);

        Assert.Equal(7, tried.Count);
        Assert.Contains("error CS1525", tried[0].OutputTail);
        Assert.Contains("Unhandled exception. System.InvalidOperationException: broken", tried[1].OutputTail);
        Assert.Contains("run number 1", tried[2].OutputTail);
        Assert.Contains("run number 1", tried[3].OutputTail);
        Assert.True(tried[4].Hung, tried[4].OutputTail);
        // The host times a run to the millisecond with a timer of its own, so a hang stopped at its limit may read a little under it.
        var hangLimit = runs!.CandidateLimit(CandidateLimit);
        Assert.InRange(tried[4].Run.WallTime, hangLimit - TimeSpan.FromMilliseconds(10), hangLimit * 2);
        Assert.False(tried[5].Run.Succeeded);
        Assert.True(tried[6].Run.Succeeded, tried[6].OutputTail);
        foreach (var (index, changed) in new[] { (0, compileError), (1, exception), (5, Body("=> a * b;")), (6, fix) })
        {
            var classic = await ClassicAsync(fork, changed);
            Assert.True(CandidateRuns.Difference(classic, tried[index]) is null, $"#{index}: classic\n{classic.OutputTail}\nwarm\n{tried[index].OutputTail}");
        }
        await AssertOriginalAsync(fork);
    }

    [Fact]
    public async Task ACandidateThatEndsTheHostOrReachesOutIsContainedAndTheNextStillRuns()
    {
        var fork = await WarmAsync();
        var exit = Body("{ Environment.Exit(3); return 0; }");

        var tried = await RunAllAsync(fork, [
            exit,
            Body("{ using var client = new System.Net.Sockets.TcpClient(); client.Connect(\"1.1.1.1\", 53); return a + b; }"),
            Body("{ Console.WriteLine(File.ReadAllLines(\"/proc/self/status\").First(l => l.StartsWith(\"Uid:\"))); return a * b; }"),
            Body("{ var hold = new List<byte[]>(); while (true) { var chunk = new byte[64 << 20]; Array.Fill(chunk, (byte)1); hold.Add(chunk); } }"),
            Body("=> b + a;"),
        ]);

        Assert.Equal(5, tried.Count);
        Assert.Equal(3, tried[0].Run.ExitCode);
        Assert.Null(CandidateRuns.Difference(await ClassicAsync(fork, exit), tried[0]));
        Assert.Contains("SocketException", tried[1].OutputTail);
        Assert.False(tried[1].Run.Succeeded);
        var sandboxUser = await sandbox.RunAsync(fork, "grep Uid: /proc/self/status", TimeSpan.FromSeconds(30), 4096, CancellationToken.None);
        Assert.Contains(sandboxUser.OutputTail.Trim(), tried[2].OutputTail);
        Assert.DoesNotContain("Uid:\t0\t", tried[2].OutputTail);
        Assert.False(tried[3].Run.Succeeded);
        Assert.False(tried[3].Hung, tried[3].OutputTail);
        Assert.True(tried[4].Run.Succeeded, tried[4].OutputTail);
        await AssertOriginalAsync(fork);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private async Task<string> WarmAsync()
    {
        Write("Sums.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """);
        Write(CalcPath, Calc);
        Write("tests/Program.cs", """
            using Sums;

            var failed = 0;
            void Check(string name, bool passed)
            {
                Console.WriteLine($"{(passed ? "PASS" : "FAIL")} {name}");
                failed += passed ? 0 : 1;
            }
            Check("CalcTests.AddsTwoNumbers", Calc.Add(1, 2) == 3);
            Console.WriteLine($"{1 - failed} passed, {failed} failed");
            return failed == 0 ? 0 : 1;
            """);
        var workspace = await server.Client.UploadAsync(root);
        var fork = await sandbox.ForkAsync(workspace.WorkspaceId, CancellationToken.None);
        var reference = await sandbox.RunTestsAsync(fork, Command, TimeSpan.FromSeconds(120), CancellationToken.None);
        Assert.Contains("1 failed", reference.OutputTail);
        var runs = await CandidateRuns.PrepareAsync(sandbox, [fork], Command, reference, CandidateLimit, null, CancellationToken.None, CancellationToken.None);
        Assert.True(runs.IsWarm, $"the warm reference differs from the classic run:\n{reference.OutputTail}");
        // Compiled by the SDK's compiler directly: an MSBuild build of the host's project would have left obj/ behind.
        var host = await sandbox.RunAsync(fork, "test ! -e .asa-warm/cs/obj && cat .asa-warm/cs/bin/AsaWarmHost.runtimeconfig.json",
            TimeSpan.FromSeconds(30), 64 * 1024, CancellationToken.None);
        Assert.Contains("\"Microsoft.NETCore.App\"", host.OutputTail);
        // The classic run's output may begin with the SDK's first-run welcome; the program's own output ends both.
        Assert.EndsWith("FAIL CalcTests.AddsTwoNumbers\n0 passed, 1 failed", runs.WarmReference?.OutputTail.Trim());
        Assert.EndsWith(runs.WarmReference!.OutputTail.Trim(), reference.OutputTail.Trim());
        this.runs = runs;
        return fork;
    }

    private Task<List<TestSuiteRun>> RunAllAsync(string fork, IReadOnlyList<CandidateEdit> candidates) =>
        WarmHostRuns.RunAllAsync(sandbox, runs!, fork, candidates, CandidateLimit);

    private Task<TestSuiteRun> ClassicAsync(string fork, CandidateEdit candidate) => WarmHostRuns.ClassicAsync(sandbox, Command, fork, candidate);

    private Task AssertOriginalAsync(string fork) => WarmHostRuns.AssertContentAsync(sandbox, fork, CalcPath, Calc);

    private static CandidateEdit Body(string body) =>
        new(CalcPath, 5, "test", "a test's edit", Calc, Calc.Replace("=> a - b;", body), 1, 1);

    private void Write(string path, string text) => WarmHostRuns.Write(root, path, text);
}
