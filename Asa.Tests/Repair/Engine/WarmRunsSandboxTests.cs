using Asa.Benchmarks;
using Asa.Repair;
using Asa.Repair.Engine;
using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Verification;
using Asa.Tests.Infrastructure;
using Asa.Worker.Sandbox;

namespace Asa.Tests.Repair.Engine;

/// <summary>
/// The warm drivers for real in the real sandbox service: candidates that try the network, write outside the workspace,
/// fork without end or hang are contained as a classic run contains them, each candidate runs with only its own change,
/// and the original file is back after every one.
/// </summary>
public sealed class WarmRunsSandboxTests(SandboxServer server) : IClassFixture<SandboxServer>, IDisposable
{
    private static readonly TimeSpan CandidateLimit = TimeSpan.FromSeconds(8);
    private readonly string root = Directory.CreateTempSubdirectory("asa-warm-runs-").FullName;
    private readonly SandboxCandidateRunner sandbox = new(new SandboxClient(server.Client));

    private const string Calc = """
        def add(a, b):
            return a - b
        """;

    [Fact]
    public async Task PytestCandidatesAreContainedOneByOneAndTheOriginalIsBackAfterEach()
    {
        Write("calc.py", Calc);
        Write("conftest.py", "");
        Write("tests/test_calc.py", """
            from calc import add


            def test_add():
                assert add(1, 2) == 3
            """);
        var (fork, runs) = await WarmAsync("python3 -m pytest -q tests/test_calc.py");

        var tried = await runs.RunAsync(sandbox, fork, [
            Candidate("calc.py", Calc, Calc.Replace("return a - b", """
                import socket
                    socket.create_connection(("1.1.1.1", 53), timeout=5)
                    return a + b
                """)),
            Candidate("calc.py", Calc, Calc.Replace("return a - b", """
                open("/etc/asa-warm-escape", "w").write("x")
                    return a + b
                """)),
            Candidate("calc.py", Calc, Calc.Replace("return a - b", """
                import os
                    while True:
                        os.fork()
                """)),
            Candidate("calc.py", Calc, Calc.Replace("return a - b", """
                while True:
                        pass
                """)),
            Candidate("calc.py", Calc, Calc.Replace("a - b", "a * b")),
            Candidate("calc.py", Calc, Calc.Replace("a - b", "a + b")),
            Candidate("calc.py", Calc, Calc.Replace("a - b", "b + a")),
        ], _ => Asa.Repair.Edits.TextEncoding.Utf8, CandidateLimit, CancellationToken.None, CancellationToken.None);

        Assert.Equal(6, tried.Count);
        var (network, escape, forkBomb, hang, wrong, fix) = (tried[0].Failing, tried[1].Failing, tried[2].Failing, tried[3].Failing, tried[4].Failing, tried[5].Failing);
        Assert.Contains("OSError", network.OutputTail);
        Assert.False(network.Run.Succeeded);
        Assert.False(escape.Run.Succeeded);
        Assert.False(File.Exists("/etc/asa-warm-escape"));
        Assert.False(forkBomb.Run.Succeeded);
        Assert.True(hang.Hung, hang.OutputTail);
        Assert.Equal(TestOutcome.Failed, wrong.Report?.Tests["tests.test_calc::test_add"].Outcome);
        Assert.True(fix.Run.Succeeded, fix.OutputTail);
        Assert.Equal(TestOutcome.Passed, fix.Report?.Tests["tests.test_calc::test_add"].Outcome);
        Assert.InRange(hang.Run.WallTime, CandidateLimit, CandidateLimit * 2);
        await AssertOriginalAsync(fork, "calc.py", Calc);
    }

    [Fact]
    public async Task NodeCandidatesThatHangOrFailToLoadAreReportedAsAClassicRunWouldAndTheNextStillRuns()
    {
        const string source = "exports.add = (a, b) => a - b;\n";
        Write("src/calc.js", source);
        Write("test/calc.test.js", """
            const test = require('node:test');
            const assert = require('node:assert');
            const { add } = require('../src/calc.js');
            test('add', () => assert.strictEqual(add(1, 2), 3));
            """);
        var (fork, runs) = await WarmAsync("node --test 'test/calc.test.js'");

        var tried = await runs.RunAsync(sandbox, fork, [
            Candidate("src/calc.js", source, "exports.add = (a, b) => { while (true) {} };\n"),
            Candidate("src/calc.js", source, "throw new Error('broken at load');\n"),
            Candidate("src/calc.js", source, source.Replace("a - b", "a + b")),
        ], _ => Asa.Repair.Edits.TextEncoding.Utf8, CandidateLimit, CancellationToken.None, CancellationToken.None);

        Assert.Equal(3, tried.Count);
        Assert.True(tried[0].Failing.Hung);
        var classicLoadFailure = await ClassicAsync(fork, "src/calc.js", source, "throw new Error('broken at load');\n", "node --test 'test/calc.test.js'");
        Assert.Null(CandidateRuns.Difference(classicLoadFailure, tried[1].Failing));
        Assert.Equal(classicLoadFailure.Report?.Tests.Keys, tried[1].Failing.Report?.Tests.Keys);
        Assert.True(tried[2].Failing.Run.Succeeded, tried[2].Failing.OutputTail);
        Assert.Equal(TestOutcome.Passed, tried[2].Failing.Report?.Tests["test/calc.test.js::add"].Outcome);
        await AssertOriginalAsync(fork, "src/calc.js", source);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private async Task<(string Fork, CandidateRuns Runs)> WarmAsync(string command)
    {
        var workspace = await server.Client.UploadAsync(root);
        var fork = await sandbox.ForkAsync(workspace.WorkspaceId, CancellationToken.None);
        var reference = await sandbox.RunTestsAsync(fork, command, TimeSpan.FromSeconds(60), CancellationToken.None);
        var runs = await CandidateRuns.PrepareAsync(sandbox, [fork], command, reference, CandidateLimit, null, CancellationToken.None, CancellationToken.None);
        Assert.True(runs.IsWarm, $"the warm reference differs from the classic run:\n{reference.OutputTail}");
        return (fork, runs);
    }

    private async Task<TestSuiteRun> ClassicAsync(string fork, string path, string original, string changed, string command)
    {
        await sandbox.WriteFilesAsync(fork, new Dictionary<string, string> { [path] = changed }, null, CancellationToken.None);
        var run = await sandbox.RunTestsAsync(fork, command, TimeSpan.FromSeconds(60), CancellationToken.None);
        await sandbox.WriteFilesAsync(fork, new Dictionary<string, string> { [path] = original }, null, CancellationToken.None);
        return run;
    }

    private async Task AssertOriginalAsync(string fork, string path, string original)
    {
        var shown = await sandbox.RunAsync(fork, $"cat {path}", TimeSpan.FromSeconds(30), 64 * 1024, CancellationToken.None);
        Assert.Equal(original, shown.OutputTail);
    }

    private static CandidateEdit Candidate(string path, string original, string changed) => new(path, 2, "test", "a test's edit", original, changed, 1, 1);

    private void Write(string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
