using System.Text.Json;
using Asa.Repair.Edits;
using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Tests.Fakes;
using Asa.Repair.Verification;

namespace Asa.Repair.Tests.Engine.WarmRuns;

/// <summary>Which warm driver a search's candidates run through: the in-process Node runner first, then a child a candidate, then classic.</summary>
public sealed class WarmDriverChoiceTests
{
    private const string NodeCommand = "node --test 'test/calc.test.js'";
    private const string Failing = """{"file":"test/calc.test.js","path":"add","outcome":"failed","message":"-1 !== 3"}""";
    private const string Passing = """{"file":"test/calc.test.js","path":"add","outcome":"passed","message":""}""";

    private static readonly TestSuiteRun ClassicReference = new(new CommandRun(1, [], TimeSpan.FromSeconds(0.3), "# fail 1"),
        new TestReport("Node test runner", new Dictionary<string, TestResult> { ["test/calc.test.js::add"] = new(TestOutcome.Failed, "-1 !== 3", "test/calc.test.js") }));

    [Fact]
    public void NodeCommandsTryTheInProcessRunnerFirstAndPytestOnlyItsForkedChild()
    {
        Assert.Equal([WarmDriver.NodeInProcess, WarmDriver.ChildPerCandidate], WarmBatch.DriversFor(WarmRunner.NodeTest));
        Assert.Equal([WarmDriver.ChildPerCandidate], WarmBatch.DriversFor(WarmRunner.Pytest));
    }

    [Fact]
    public void EachDriverHasItsOwnStartAndItsFilesAreWrittenIntoTheFork()
    {
        var command = WarmCommand.Parse(NodeCommand)!;

        Assert.Equal("exec node .asa-warm/inproc-driver.mjs .asa-warm/batch.json", new WarmBatch(command, [null], TimeSpan.FromSeconds(5), WarmDriver.NodeInProcess).ShellCommand());
        Assert.Equal("exec node .asa-warm/warm-driver.mjs .asa-warm/batch.json", new WarmBatch(command, [null], TimeSpan.FromSeconds(5), WarmDriver.ChildPerCandidate).ShellCommand());
        Assert.Throws<InvalidOperationException>(() =>
            new WarmBatch(WarmCommand.Parse("python3 -m pytest -q")!, [null], TimeSpan.FromSeconds(5), WarmDriver.NodeInProcess).ShellCommand());
        Assert.Superset(new HashSet<string>(["inproc-driver.mjs", "inproc-runner.cjs", "inproc-hooks.mjs", "inproc-test.mjs", "inproc-harness.cjs"]),
            WarmBatch.DriverFiles.Keys.Select(Path.GetFileName).ToHashSet()!);
    }

    [Fact]
    public async Task AnInProcessReferenceThatMatchesTheClassicRunIsUsedWithoutAWarning()
    {
        var sandbox = new DriverSandbox(inProcess: (1, Failing), child: (1, Failing));
        var progress = new RecordingProgress();

        var runs = await PrepareAsync(sandbox, progress);

        Assert.Equal(WarmDriver.NodeInProcess, runs.Driver);
        Assert.Equal(["inproc-driver.mjs"], sandbox.Drivers);
        Assert.Empty(progress.Lines);
    }

    [Fact]
    public async Task AWarmCandidatesLimitIsFiveTimesTheWarmReferenceAndHalfASecondWithinTheClassicLimit()
    {
        var runs = await PrepareAsync(new DriverSandbox(inProcess: (1, Failing), child: (1, Failing)), new RecordingProgress());

        Assert.Equal(TimeSpan.FromSeconds(0.05 * 5 + 0.5), runs.CandidateLimit(TimeSpan.FromSeconds(6.5)));
        Assert.Equal(TimeSpan.FromSeconds(0.5), runs.CandidateLimit(TimeSpan.FromSeconds(0.5)));
        Assert.Equal(TimeSpan.FromSeconds(6.5), CandidateRuns.Classic(NodeCommand).CandidateLimit(TimeSpan.FromSeconds(6.5)));
    }

    [Fact]
    public async Task AReferenceCompiledInProcessLimitsTheRunAloneAndGivesTheCompileAnAllowanceInTheBatchsLimit()
    {
        var runs = await PrepareAsync(new DriverSandbox(inProcess: (1, Failing), child: (1, Failing), compiled: " 0.300"), new RecordingProgress());

        Assert.Equal(TimeSpan.FromSeconds(0.3), runs.WarmReferenceCompile);
        Assert.Equal(TimeSpan.FromSeconds(0.05 * 5 + 0.5), runs.CandidateLimit(TimeSpan.FromSeconds(6.5)));
        Assert.Equal(TimeSpan.FromSeconds(0.3 * 5 + 2), runs.CompileAllowance);
        var batch = new WarmBatch(WarmCommand.Parse(NodeCommand)!, [null, null], TimeSpan.FromSeconds(0.75), WarmDriver.NodeInProcess) { CompileAllowance = runs.CompileAllowance };
        Assert.Equal(TimeSpan.FromSeconds((0.75 + 3.5) * 2 + 20), batch.RunLimit);
        var interpreted = await PrepareAsync(new DriverSandbox(inProcess: (1, Failing), child: (1, Failing)), new RecordingProgress());
        Assert.Equal(TimeSpan.Zero, interpreted.CompileAllowance);
    }

    [Theory]
    [InlineData(WarmDriver.NodeInProcess, 0.75)]
    [InlineData(WarmDriver.ChildPerCandidate, 0.75)]
    [InlineData(WarmDriver.JavacHost, 0.75)]
    [InlineData(WarmDriver.RoslynHost, 2.25)]
    public void AWarmRunMayTakeFiveReferencesAndHalfASecondOrTwoWhereAHangEndsTheHostWithinTheClassicLimit(WarmDriver driver, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), CandidateRuns.WarmLimit(driver, TimeSpan.FromSeconds(0.05), TimeSpan.FromSeconds(6.5)));
        Assert.Equal(TimeSpan.FromSeconds(0.7), CandidateRuns.WarmLimit(driver, TimeSpan.FromSeconds(0.05), TimeSpan.FromSeconds(0.7)));
    }

    [Fact]
    public async Task AnInProcessReferenceThatDiffersFallsBackToAChildACandidateAndSaysWhichRuns()
    {
        var sandbox = new DriverSandbox(inProcess: (1, Passing), child: (1, Failing));
        var progress = new RecordingProgress();

        var runs = await PrepareAsync(sandbox, progress);

        Assert.Equal(WarmDriver.ChildPerCandidate, runs.Driver);
        Assert.Equal(["inproc-driver.mjs", "warm-driver.mjs"], sandbox.Drivers);
        var warning = Assert.Single(progress.Lines);
        Assert.True(warning.Warning);
        Assert.Contains("in-process Node test runner's run of the unchanged program differs from the classic run (tests differ: test/calc.test.js::add)", warning.Message);
        Assert.Contains("the candidates run through the warm test runner instead", warning.Message);
    }

    [Fact]
    public async Task WhenBothDriversDifferEveryCandidateRunsClassicAndBothDifferencesAreSaid()
    {
        var sandbox = new DriverSandbox(inProcess: (0, Passing), child: (1, Passing));
        var progress = new RecordingProgress();

        var runs = await PrepareAsync(sandbox, progress);

        Assert.False(runs.IsWarm);
        Assert.Null(runs.Driver);
        var warning = Assert.Single(progress.Lines).Message;
        Assert.Contains("in-process Node test runner's run", warning);
        Assert.Contains("the classic run exited with code 1, the warm one exited with code 0", warning);
        Assert.Contains("warm test runner's run of the unchanged program differs", warning);
        Assert.Contains("every candidate runs in a sandbox run of its own instead", warning);
    }

    private static Task<CandidateRuns> PrepareAsync(DriverSandbox sandbox, RecordingProgress progress) =>
        CandidateRuns.PrepareAsync(sandbox, ["fork"], NodeCommand, ClassicReference, TimeSpan.FromSeconds(5), progress, CancellationToken.None, CancellationToken.None);

    /// <summary>Answers each driver's run of the unchanged program with the exit code and report line it is given.</summary>
    private sealed class DriverSandbox((int Exit, string Line) inProcess, (int Exit, string Line) child, string compiled = "") : ICandidateRunner
    {
        private string manifest = "";

        public List<string> Drivers { get; } = [];

        public Task<string> ForkAsync(string workspaceId, CancellationToken cancellationToken) => Task.FromResult(workspaceId + "-fork");

        public Task WriteFilesAsync(string workspaceId, IReadOnlyDictionary<string, string> files, Func<string, TextEncoding>? encodingOf, CancellationToken cancellationToken)
        {
            manifest = files.GetValueOrDefault(".asa-warm/batch.json", manifest);
            return Task.CompletedTask;
        }

        public Task<CommandRun> RunAsync(string workspaceId, string command, TimeSpan wallTime, int outputChars, CancellationToken cancellationToken)
        {
            var driver = Path.GetFileName(command.Split(' ')[2]);
            Drivers.Add(driver);
            var (exit, line) = driver == "inproc-driver.mjs" ? inProcess : child;
            var nonce = JsonDocument.Parse(manifest).RootElement.GetProperty("nonce").GetString();
            var output = $"\n@@asa-warm-{nonce} begin 0@@\n# fail {exit}\n@@asa-test-report-begin@@\n@@asa-test-report-file /tmp/r/node.jsonl\n{line}\n" +
                $"@@asa-test-report-end@@\n@@asa-warm-{nonce} end 0 {exit} 0 0.050{compiled}@@\n@@asa-warm-{nonce} done@@\n";
            return Task.FromResult(new CommandRun(0, [], TimeSpan.FromSeconds(0.2), output));
        }

        public Task DeleteAsync(string workspaceId) => Task.CompletedTask;
    }
}
