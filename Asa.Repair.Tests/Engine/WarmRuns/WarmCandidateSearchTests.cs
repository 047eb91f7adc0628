using Asa.Repair.Engine;
using Asa.Repair.Engine.WarmRuns;
using Asa.Repair.Fixers;
using Asa.Repair.Localization;
using Asa.Repair.Tests.Fakes;

namespace Asa.Repair.Tests.Engine.WarmRuns;

/// <summary>The engine's search with the warm driver played in the in-memory sandbox (<see cref="WarmDriverEmulator"/>).</summary>
public sealed class WarmCandidateSearchTests
{
    private const string FailingCommand = "python3 -m pytest -q -x 'tests/test_calc.py::test_add'";

    [Fact]
    public async Task CandidatesRunInBatchesOfEightEachOneSandboxRunAndTheFilesArePutBack()
    {
        var driver = new WarmDriverEmulator();
        using var scenario = new AddBugScenario(addWorks: _ => false, warmDriver: driver);

        var outcome = await Search(maxCandidates: 10).SearchAsync(scenario.Request(), Request(scenario), scenario.Runner, scenario.Progress, CancellationToken.None);

        var batches = driver.Batches.ToList();
        Assert.Equal([null], batches[0]);
        Assert.Equal([8, 2], batches.Skip(1).Select(b => b.Count));
        Assert.Equal(10, outcome.Summary.Run);
        Assert.Equal(10, driver.Tried.Count);
        Assert.Equal(10, driver.Tried.Distinct().Count());
        // Only the unchanged program's reference ran the classic way; every write of calc.py puts the original back.
        Assert.Single(scenario.Runner.Commands, c => c.Contains("asa-test-report", StringComparison.Ordinal));
        Assert.All(scenario.Runner.Writes.Where(w => w.Path == "calc.py"), w => Assert.Equal(AddBugScenario.Calc, w.Content));
        Assert.DoesNotContain(scenario.Progress.Lines, l => l.Warning);
        // The account says where the sandbox time went: two warm batches took the ten candidates.
        Assert.Contains("warm batches ", outcome.Summary.TimeSpent);
        Assert.Contains(" s (2 runs, 10 candidates)", outcome.Summary.TimeSpent);
        Assert.Contains("preparation ", outcome.Summary.TimeSpent);
        Assert.DoesNotContain("classic runs", outcome.Summary.TimeSpent);
    }

    [Fact]
    public async Task TheDriversAreWrittenIntoTheFirstForkOnlyAndTheSecondForkIsACopyOfIt()
    {
        var driver = new WarmDriverEmulator();
        using var scenario = new AddBugScenario(addWorks: _ => false, warmDriver: driver);

        await Search(maxCandidates: 40, parallelism: 2).SearchAsync(scenario.Request(), Request(scenario), scenario.Runner, scenario.Progress, CancellationToken.None);

        var driverFile = WarmBatch.DriverFiles.Keys.First();
        var written = Assert.Single(scenario.Runner.Writes.Where(w => w.Path == driverFile).Select(w => w.Workspace).Distinct());
        // The coverage fork and the search's two forks, one of them the one the drivers were written into.
        Assert.Equal(3, scenario.Runner.Deleted.Count);
        Assert.Contains(written, scenario.Runner.Deleted);
    }

    [Fact]
    public async Task TheCoverageRunAndTheFirstForksReferenceRunOverlap()
    {
        using var scenario = new AddBugScenario(addWorks: _ => false);
        var started = new System.Collections.Concurrent.ConcurrentQueue<(string Command, DateTime At)>();
        var slow = TimeSpan.FromMilliseconds(400);
        scenario.Runner.Duration = command =>
        {
            started.Enqueue((command, DateTime.UtcNow));
            return command.Contains(LineTracer.ReportMarker, StringComparison.Ordinal) || command.Contains("asa-test-report", StringComparison.Ordinal) ? slow : TimeSpan.Zero;
        };

        await Search(maxCandidates: 4).SearchAsync(scenario.Request(), Request(scenario), scenario.Runner, scenario.Progress, CancellationToken.None);

        var coverage = Assert.Single(started, s => s.Command.Contains(LineTracer.ReportMarker, StringComparison.Ordinal));
        var reference = started.First(s => s.Command.Contains("asa-test-report", StringComparison.Ordinal));
        Assert.True((coverage.At - reference.At).Duration() < slow, $"the coverage run began at {coverage.At:O}, the reference run at {reference.At:O}");
    }

    [Theory]
    [InlineData(0.050, new[] { 10, 10, 20, 20, 40, 40, 40, 40, 40 })]
    [InlineData(0.025, new[] { 20, 20, 40, 40, 80, 80, 80, 80, 80 })]
    [InlineData(0.040, new[] { 13, 13, 26, 26, 50, 50, 50, 50, 50 })]
    [InlineData(0.008, new[] { 32, 32, 64, 64, 128, 128, 128, 128, 128 })]
    [InlineData(0.600, new[] { 8, 8, 16, 16, 32, 32, 32, 32, 32 })]
    [InlineData(0.000, new[] { 8, 8, 16, 16, 32, 32, 32, 32, 32 })]
    public void AForksWarmBatchesRunAboutAsLongWhateverACandidateCostsAndDoubleEveryTwoBatches(double referenceSeconds, int[] sizes)
    {
        var reference = TimeSpan.FromSeconds(referenceSeconds);
        Assert.Equal(sizes, Enumerable.Range(0, sizes.Length).Select(b => CandidateRuns.WarmBatchSize(b, reference)));
        Assert.Equal(sizes[^1], CandidateRuns.WarmBatchSize(int.MaxValue, reference));
        Assert.Equal(1, CandidateRuns.Classic(FailingCommand).BatchSize(5));
    }

    [Fact]
    public async Task ABatchStopsAtTheCandidateWhoseFailingTestsPassAndThatCandidateWins()
    {
        var driver = new WarmDriverEmulator();
        using var scenario = new AddBugScenario(warmDriver: driver);

        var outcome = await Search(maxCandidates: 200, plausibleCandidates: 1).SearchAsync(scenario.Request(), Request(scenario), scenario.Runner, scenario.Progress, CancellationToken.None);

        Assert.Contains("return a + b", outcome.Winner?.Changed);
        var last = driver.Batches.Last();
        Assert.Contains("return a + b", last[^1]);
        Assert.DoesNotContain(last.SkipLast(1), content => content!.Contains("return a + b", StringComparison.Ordinal));
        Assert.Equal(driver.Tried.Count, outcome.Summary.Run);
        // The full command proves the candidate whose failing tests passed, the classic way, with the candidate written in.
        Assert.Contains(scenario.Runner.Writes, w => w.Path == "calc.py" && w.Content.Contains("return a + b", StringComparison.Ordinal));
        Assert.Equal(2, scenario.Runner.Commands.Count(c => c.Contains("asa-test-report", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WhileTheSearchCollectsSeveralPassesABatchGoesOnAfterAPassAndItsLaterPassesAreCollected()
    {
        var driver = new WarmDriverEmulator();
        // Two of the first batch's edits pass here.
        string[] passes = [AddBugScenario.Calc.Replace("a - b", "a + b"), AddBugScenario.Calc.Replace("a - b", "b - a")];
        using var scenario = new AddBugScenario(addWorks: passes.Contains, warmDriver: driver);

        var outcome = await Search(maxCandidates: 200, plausibleCandidates: 3).SearchAsync(scenario.Request(), Request(scenario), scenario.Runner, scenario.Progress, CancellationToken.None);

        var firstBatch = driver.Batches.Skip(1).First();
        var passing = firstBatch.Select((content, index) => (content, index)).Where(c => scenario.AddWorks(c.content!)).Select(c => c.index).ToList();
        Assert.Equal([0, 6], passing);
        Assert.Equal(CandidateRuns.FirstWarmBatchSize, firstBatch.Count);
        Assert.Equal(2, outcome.Summary.Passed);
        Assert.Equal(driver.Tried.Count, outcome.Summary.Run);
        // Each pass was proved by the full command, the classic way, besides the unchanged program's reference.
        Assert.Equal(3, scenario.Runner.Commands.Count(c => c.Contains("asa-test-report", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AWarmReferenceThatDisagreesWithTheClassicRunKeepsTheTaskClassicAndSaysSoOnce()
    {
        var driver = new WarmDriverEmulator { Reference = run => run with { ExitCode = 0, OutputTail = "1 passed in 0.01s" } };
        using var scenario = new AddBugScenario(warmDriver: driver);

        var fix = await new EngineFixer(Search(maxCandidates: 200)).FixAsync(scenario.Request(), scenario.Ports(), CancellationToken.None);

        Assert.Contains("return a + b", fix.Candidate.Changed["calc.py"]);
        Assert.Single(driver.Batches);
        Assert.Empty(driver.Tried);
        var warning = Assert.Single(scenario.Progress.Lines, l => l.Warning);
        Assert.Contains("warm test runner", warning.Message);
        Assert.Contains("exited with code 1", warning.Message);
    }

    [Fact]
    public async Task ABatchUnderWayWhenCollectingEndsGivesTheVerdictsOfEveryCandidateItRan()
    {
        var driver = new WarmDriverEmulator();
        // The first batch's first edit passes; so does the first edit of the second batch, which is still running when
        // collecting alternatives ends (at least 3 s after the first pass).
        var passing = new HashSet<string>(StringComparer.Ordinal) { AddBugScenario.Calc.Replace("a - b", "a + b") };
        using var scenario = new AddBugScenario(
            addWorks: source => passing.Contains(source) || (driver.Tried.Count == CandidateRuns.FirstWarmBatchSize + 1 && driver.Tried.Last() == source && passing.Add(source)),
            warmDriver: driver);
        var warmBatches = 0;
        scenario.Runner.Duration = command =>
            command.Contains(".asa-warm/", StringComparison.Ordinal) && Interlocked.Increment(ref warmBatches) == 3 ? TimeSpan.FromSeconds(4) : TimeSpan.Zero;

        var outcome = await Search(maxCandidates: 200, plausibleCandidates: 3).SearchAsync(scenario.Request(), Request(scenario), scenario.Runner, scenario.Progress, CancellationToken.None);

        Assert.Equal(2, outcome.Summary.Passed);
        Assert.Equal(2 * CandidateRuns.FirstWarmBatchSize, outcome.Summary.Run);
        Assert.Equal(3, driver.Batches.Count);
    }

    [Fact]
    public async Task TheQueueLearnsEachBatchsRunsBeforeTheNextBatchIsTaken()
    {
        var driver = new WarmDriverEmulator();
        using var scenario = new AddBugScenario(addWorks: _ => false, warmDriver: driver);
        var request = Request(scenario);

        await Search(maxCandidates: 16).SearchAsync(scenario.Request(), request, scenario.Runner, scenario.Progress, CancellationToken.None);

        // The same plan, with every run of the first batch failing as the unchanged program does: learnt, in order.
        var repair = scenario.Request();
        var plan = CandidatePlan.Make(new SuspiciousLineRanker(new FaultLocalizer()), repair.Snapshot, repair.BugDescription, request,
            LineCoverage.None, new EngineOptions().SuspiciousLines, CancellationToken.None);
        var compiler = new CSharpProjectCompiler(repair.Checkout);
        var learnt = new SearchQueue(plan.Candidates, plan.Suspicious);
        var first = Take(learnt, compiler, 8);
        first.ForEach(candidate => learnt.Learn(candidate, RunEffect.Unchanged));
        var second = Take(learnt, compiler, 8).Select(c => c.Changed).ToList();
        var unlearnt = new SearchQueue(plan.Candidates, plan.Suspicious);
        var withoutLearning = Take(unlearnt, compiler, 16).Skip(8).Select(c => c.Changed).ToList();
        var batches = driver.Batches.ToList();
        Assert.Equal(first.Select(c => c.Changed), batches[1]);
        Assert.Equal(second, batches[2]);
        Assert.NotEqual(withoutLearning, second);
    }

    private static List<CandidateEdit> Take(SearchQueue queue, CSharpProjectCompiler compiler, int count)
    {
        var taken = new List<CandidateEdit>();
        while (taken.Count < count && queue.Next() is { } candidate)
        {
            if (CandidatePlan.PassesLocalChecks(candidate, compiler))
            {
                taken.Add(candidate);
            }
        }
        return taken;
    }

    private static CandidateSearch Search(int maxCandidates, int plausibleCandidates = 3, int parallelism = 1) =>
        new(new SuspiciousLineRanker(new FaultLocalizer()),
            new EngineOptions { MaxCandidates = maxCandidates, Parallelism = parallelism, PlausibleCandidates = plausibleCandidates });

    private static SearchRequest Request(AddBugScenario scenario) =>
        new(scenario.Workspace, FailingCommand, AddBugScenario.TestCommand, "FAILED tests/test_calc.py::test_add - assert -1 == 3",
            null, new HashSet<string>(StringComparer.Ordinal));
}
