using Asa.Benchmarks;
using Asa.Repair;
using Asa.Repair.Engine;
using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Tests.Fakes;
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

    /// <summary>A driver times a run to the millisecond with a timer of its own, so a hang stopped at its limit may read a little under it.</summary>
    private static readonly TimeSpan ReportedTimePrecision = TimeSpan.FromMilliseconds(10);
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
        Assert.InRange(hang.Run.WallTime, runs.CandidateLimit(CandidateLimit) - ReportedTimePrecision, runs.CandidateLimit(CandidateLimit) * 2);
        await AssertOriginalAsync(fork, "calc.py", Calc);
    }

    [Fact]
    public async Task EachPytestChildLoadsTheConftestsWithItsCandidateAndABatchThatIsToldToGoesOnAfterAPass()
    {
        Write("calc.py", Calc);
        Write("conftest.py", """
            import pytest
            from calc import add


            @pytest.fixture
            def three():
                return add(1, 2)
            """);
        Write("tests/test_calc.py", """
            def test_add(three):
                assert three == 3
            """);
        const string command = "python3 -m pytest -q tests/test_calc.py";
        var (fork, runs) = await WarmAsync(command);
        CandidateEdit[] candidates = [
            Candidate("calc.py", Calc, Calc.Replace("a - b", "a + b")),
            Candidate("calc.py", Calc, Calc.Replace("a - b", "a * b")),
            Candidate("calc.py", Calc, Calc.Replace("a - b", "b + a")),
        ];

        var tried = await runs.RunAsync(sandbox, fork, candidates, _ => Asa.Repair.Edits.TextEncoding.Utf8, CandidateLimit,
            CancellationToken.None, CancellationToken.None, stopAtPass: false);

        Assert.Equal([true, false, true], tried.Select(t => t.Failing.Run.Succeeded));
        await AssertSameAsClassicAsync(fork, command, tried, CandidateLimit);
        await AssertOriginalAsync(fork, "calc.py", Calc);
    }

    [Fact]
    public async Task APytestCommandPytestRefusesRunsWholeInEachCandidatesChildAndFailsAsTheClassicRunDoes()
    {
        Write("calc.py", Calc);
        Write("tests/test_calc.py", """
            from calc import add


            def test_add():
                assert add(1, 2) == 3
            """);
        const string command = "python3 -m pytest -q --no-such-option tests/test_calc.py";
        var (fork, runs) = await WarmAsync(command);

        var tried = await RunAsync(runs, fork, [Candidate("calc.py", Calc, Calc.Replace("a - b", "a + b"))]);

        Assert.Equal(4, tried[0].Failing.Run.ExitCode);
        Assert.Contains("--no-such-option", tried[0].Failing.OutputTail);
        await AssertSameAsClassicAsync(fork, command, tried, CandidateLimit);
    }

    [Fact]
    public async Task APytestPluginOfTheRepositoryLoadedWithTheOptionsKeepsTheCandidatesClassic()
    {
        Write("calc.py", Calc);
        Write("local_plugin.py", """
            from calc import add


            def pytest_report_header():
                return "add(1, 2) is %d" % add(1, 2)
            """);
        Write("tests/test_calc.py", """
            from calc import add


            def test_add():
                assert add(1, 2) == 3
            """);
        const string command = "python3 -m pytest -q -p local_plugin tests/test_calc.py";
        var workspace = await server.Client.UploadAsync(root);
        var fork = await sandbox.ForkAsync(workspace.WorkspaceId, CancellationToken.None);
        var reference = await sandbox.RunTestsAsync(fork, command, TimeSpan.FromSeconds(60), CancellationToken.None);
        var warnings = new RecordingProgress();

        var runs = await CandidateRuns.PrepareAsync(sandbox, [fork], command, reference, CandidateLimit, warnings, CancellationToken.None, CancellationToken.None);

        Assert.False(runs.IsWarm);
        Assert.Contains("local_plugin", Assert.Single(warnings.Lines, l => l.Warning).Message);
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
        Assert.Equal(WarmDriver.NodeInProcess, runs.Driver);

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

    [Fact]
    public async Task InProcessNodeRunsGiveTheClassicVerdictsAndTestsForCommonJsAndEsmFilesSuitesHooksAsyncAndCallbackTests()
    {
        const string calc = "exports.add = (a, b) => a - b;\n";
        const string twice = "import calc from './calc.js';\nexport const twice = a => calc.add(a, a);\n";
        Write("src/calc.js", calc);
        Write("src/twice.mjs", twice);
        Write("test/calc.test.js", """
            const { describe, it, before, beforeEach, afterEach, test } = require('node:test');
            const assert = require('node:assert');
            const { add } = require('../src/calc.js');
            const seen = [];
            beforeEach(() => seen.push('each'));
            describe('add', () => {
              before(() => seen.push('before'));
              afterEach(() => seen.push('after'));
              it('adds', () => assert.strictEqual(add(1, 2), 3));
              describe('negative', () => {
                it('adds below zero', async () => assert.strictEqual(await Promise.resolve(add(-1, -2)), -3));
                it.skip('is skipped', () => assert.fail('skipped'));
                it.todo('is to do', () => assert.fail('to do'));
              });
            });
            test('calls back', (t, done) => setTimeout(() => done(add(2, 2) === 4 ? undefined : new Error('not 4')), 1));
            test('subtests', async t => {
              await t.test('zero', () => assert.strictEqual(add(0, 5), 5));
              await t.test('hooks ran', () => assert.deepStrictEqual(seen.slice(0, 3), ['before', 'each', 'after']));
            });
            """);
        Write("test/twice.test.mjs", """
            import test, { describe, it } from 'node:test';
            import assert from 'node:assert';
            import { twice } from '../src/twice.mjs';
            describe('twice', () => { it('doubles', () => assert.strictEqual(twice(3), 6)); });
            test('options', { timeout: 1000 }, async () => assert.strictEqual(twice(0), 0));
            """);
        const string command = "node --test 'test/calc.test.js' 'test/twice.test.mjs'";
        var (fork, runs) = await WarmAsync(command);
        Assert.Equal(WarmDriver.NodeInProcess, runs.Driver);
        CandidateEdit[] candidates = [
            Candidate("src/calc.js", calc, calc.Replace("a - b", "a * b")),
            Candidate("src/twice.mjs", twice, twice.Replace("calc.add(a, a)", "calc.add(a, 1)")),
            Candidate("src/calc.js", calc, "throw new Error('broken at load');\n"),
            Candidate("src/calc.js", calc, calc.Replace("a - b", "a + b")),
        ];

        var tried = await RunAsync(runs, fork, candidates);

        Assert.Equal(candidates.Length, tried.Count);
        Assert.Equal(TestOutcome.Skipped, tried[0].Failing.Report?.Tests["test/calc.test.js::add > negative > is to do"].Outcome);
        Assert.Equal(TestOutcome.Failed, tried[1].Failing.Report?.Tests["test/twice.test.mjs::twice > doubles"].Outcome);
        Assert.True(tried[^1].Failing.Run.Succeeded, tried[^1].Failing.OutputTail);
        Assert.Equal(10, tried[^1].Failing.Report?.Tests.Count);
        await AssertSameAsClassicAsync(fork, command, tried, CandidateLimit * 2);
        await AssertOriginalAsync(fork, "src/calc.js", calc);
        await AssertOriginalAsync(fork, "src/twice.mjs", twice);
    }

    [Fact]
    public async Task TheInProcessNodeRunnerOutlivesHangsExitsLeakedTimersAndTheSandboxsLimitsAndTheNextCandidateStillRuns()
    {
        const string source = "exports.add = (a, b) => a - b;\n";
        Write("src/calc.js", source);
        Write("test/calc.test.js", """
            const test = require('node:test');
            const assert = require('node:assert');
            const { add } = require('../src/calc.js');
            test('add', () => assert.strictEqual(add(1, 2), 3));
            test('add again', () => assert.strictEqual(add(2, 2), 4));
            """);
        const string command = "node --test 'test/calc.test.js'";
        var (fork, runs) = await WarmAsync(command);
        Assert.Equal(WarmDriver.NodeInProcess, runs.Driver);
        const string network = "const { execFileSync } = require('node:child_process');\nexports.add = (a, b) => { execFileSync(process.execPath, " +
            "['-e', \"require('node:net').connect(53, '1.1.1.1').on('error', e => { console.error(e.code); process.exit(1); }).on('connect', () => process.exit(0))\"]); return a + b; };\n";
        CandidateEdit[] candidates = [
            Candidate("src/calc.js", source, "exports.add = (a, b) => { while (true) {} };\n"),
            Candidate("src/calc.js", source, "exports.add = (a, b) => { if (a === 2) process.exit(3); return a + b; };\n"),
            Candidate("src/calc.js", source, "setInterval(() => {}, 1000);\nexports.add = (a, b) => a + b;\n"),
            Candidate("src/calc.js", source, "setInterval(() => console.log('leaked tick'), 1).unref();\nexports.add = (a, b) => a * b;\n"),
            Candidate("src/calc.js", source, network),
            Candidate("src/calc.js", source, "exports.add = (a, b) => { require('node:fs').writeFileSync('/etc/asa-warm-escape', 'x'); return a + b; };\n"),
            Candidate("src/calc.js", source, "const hold = [];\nexports.add = (a, b) => { for (;;) hold.push(Buffer.alloc(64 * 1024 * 1024, 1)); };\n"),
            Candidate("src/calc.js", source, source.Replace("a - b", "a + b")),
        ];

        var tried = await RunAsync(runs, fork, candidates);

        Assert.Equal(candidates.Length, tried.Count);
        var (hang, exit, interval, leak, refused, escape, memory, fix) =
            (tried[0].Failing, tried[1].Failing, tried[2].Failing, tried[3].Failing, tried[4].Failing, tried[5].Failing, tried[6].Failing, tried[7].Failing);
        Assert.True(hang.Hung);
        Assert.InRange(hang.Run.WallTime, runs.CandidateLimit(CandidateLimit) - ReportedTimePrecision, runs.CandidateLimit(CandidateLimit) * 2);
        var exited = Assert.Single(exit.Report!.Tests);
        Assert.EndsWith("/test/calc.test.js", exited.Key);
        Assert.Equal((TestOutcome.Failed, 1), (exited.Value.Outcome, exit.Run.ExitCode));
        Assert.True(interval.Hung, interval.OutputTail);
        Assert.Equal(TestOutcome.Failed, leak.Report?.Tests["test/calc.test.js::add"].Outcome);
        // Starting the child node takes a good part of what a warm candidate is allowed (five warm references and 0.5 s); on a loaded machine it may not
        // get to its connect in time, and the candidate counts as hung. Either way it must not get through.
        Assert.True(refused.Hung || refused.OutputTail.Contains("ENETUNREACH"), refused.OutputTail);
        Assert.False(refused.Run.Succeeded);
        Assert.False(escape.Run.Succeeded);
        Assert.False(File.Exists("/etc/asa-warm-escape"));
        Assert.False(memory.Run.Succeeded);
        Assert.True(fix.Run.Succeeded, fix.OutputTail);
        Assert.DoesNotContain("leaked tick", fix.OutputTail);
        // The memory limit's kernel ends the runner, so the candidate's file fails as `node --test` fails a file whose process ended early.
        Assert.True(memory.Hung || memory.Report?.Tests.Values.Select(t => t.Outcome).SequenceEqual([TestOutcome.Failed]) == true && memory.Run.ExitCode == 1,
            $"{memory.Run.Describe()}: {string.Join(", ", memory.Report?.Tests.Select(t => $"{t.Key} {t.Value.Outcome}") ?? [])}\n{memory.OutputTail}");
        // The memory candidate fills its limit in about half a second, as long as a warm run may take: the warm
        // run's time limit or the sandbox's memory limit stops it, whichever comes first, and the classic run (with its
        // 5 s) always meets the memory limit. Every other candidate's verdict is the classic run's.
        await AssertSameAsClassicAsync(fork, command, [.. tried.Where((_, index) => index != 6)], CandidateLimit);
        await AssertOriginalAsync(fork, "src/calc.js", source);
    }

    [Fact]
    public async Task ANodeCommandWithOptionsTheInProcessRunnerDoesNotTakeRunsThroughAChildACandidate()
    {
        const string source = "exports.add = (a, b) => a - b;\n";
        Write("src/calc.js", source);
        Write("test/calc.test.js", """
            const test = require('node:test');
            const assert = require('node:assert');
            const { add } = require('../src/calc.js');
            test('add', () => assert.strictEqual(add(1, 2), 3));
            test('other', () => assert.fail('not selected'));
            """);
        const string command = "node --test --test-name-pattern=add 'test/calc.test.js'";
        var (fork, runs) = await WarmAsync(command);

        var tried = await RunAsync(runs, fork, [Candidate("src/calc.js", source, source.Replace("a - b", "a + b"))]);

        Assert.Equal(WarmDriver.ChildPerCandidate, runs.Driver);
        Assert.True(tried[0].Failing.Run.Succeeded, tried[0].Failing.OutputTail);
        await AssertSameAsClassicAsync(fork, command, tried, CandidateLimit);
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

    private async Task<IReadOnlyList<(CandidateEdit Candidate, TestSuiteRun Failing)>> RunAsync(CandidateRuns runs, string fork, IReadOnlyList<CandidateEdit> candidates)
    {
        var tried = new List<(CandidateEdit, TestSuiteRun)>();
        for (int start = 0, batchesRun = 0; start < candidates.Count; batchesRun++)
        {
            var size = runs.BatchSize(batchesRun);
            tried.AddRange(await runs.RunAsync(sandbox, fork, candidates.Skip(start).Take(size).ToList(), _ => Asa.Repair.Edits.TextEncoding.Utf8,
                CandidateLimit, CancellationToken.None, CancellationToken.None));
            start += size;
        }
        return tried;
    }

    /// <summary>Each candidate's classic run gives the verdict, and the same tests with the same outcomes, as its warm run did.</summary>
    private async Task AssertSameAsClassicAsync(string fork, string command, IReadOnlyList<(CandidateEdit Candidate, TestSuiteRun Failing)> tried, TimeSpan limit)
    {
        foreach (var (candidate, warm) in tried)
        {
            var classic = await ClassicAsync(fork, candidate.Path, candidate.Original, candidate.Changed, command, limit);
            Assert.True(CandidateRuns.Difference(classic, warm) is null, $"{candidate.Changed}: {CandidateRuns.Difference(classic, warm)}\n{classic.OutputTail}\n---\n{warm.OutputTail}");
            Assert.Equal(classic.Report?.Tests.ToDictionary(t => t.Key, t => t.Value.Outcome), warm.Report?.Tests.ToDictionary(t => t.Key, t => t.Value.Outcome));
        }
    }

    private async Task<TestSuiteRun> ClassicAsync(string fork, string path, string original, string changed, string command, TimeSpan? limit = null)
    {
        await sandbox.WriteFilesAsync(fork, new Dictionary<string, string> { [path] = changed }, null, CancellationToken.None);
        var run = await sandbox.RunTestsAsync(fork, command, limit ?? TimeSpan.FromSeconds(60), CancellationToken.None);
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
