using System.Collections.Concurrent;
using System.Diagnostics;
using Asa.Repair.Edits;
using Asa.Repair.Verification;

namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// How the search runs its candidates' failing tests in a fork. Warm, when the command's runner has a warm driver and
/// the driver's run of the unchanged program gave the same verdict as the classic run: batches of candidates, each
/// batch one sandbox run, the driver stopping after the first candidate whose tests pass. Otherwise classic: one
/// sandbox run a candidate, its file written before and put back after.
/// </summary>
public sealed class CandidateRuns
{
    /// <summary>
    /// How long a fork's first warm batches run, by the warm reference's time a candidate: twice a Node batch's own cost
    /// (its sandbox run and two Node starts, about a quarter of a second), so that starting batches takes at most a
    /// third of a warm search's time, and short enough that the queue learns from their runs before it orders the next.
    /// </summary>
    public static readonly TimeSpan FirstWarmBatchTime = TimeSpan.FromSeconds(0.5);

    /// <summary>
    /// How long the largest warm batch runs: later batches, taken from an order that has settled, spread the batch's
    /// sandbox run and the driver's start (for pytest, its import; for Node, two starts) over more candidates.
    /// </summary>
    public static readonly TimeSpan LastWarmBatchTime = TimeSpan.FromSeconds(2);

    /// <summary>The fewest candidates a first warm batch takes, and the most it may take however fast a candidate is.</summary>
    public const int FirstWarmBatchSize = 8, FirstWarmBatchMost = 32;

    /// <summary>The fewest candidates the largest warm batch takes, and the most it may take however fast a candidate is.</summary>
    public const int LastWarmBatchSize = 32, LastWarmBatchMost = 128;

    /// <summary>A warm-up's limit: the C# host's build and one build of the project, each a few seconds on a loaded machine.</summary>
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromMinutes(3);

    /// <summary>A warm-up's output kept: enough for the Java host's recorded calls, whose source lists may be long.</summary>
    private const int WarmUpOutputChars = 1024 * 1024;

    private readonly string failingCommand;
    private readonly WarmCommand? warm;
    private readonly WarmDriver driver;

    /// <summary>Files the warm driver said it cannot take (the C# host: a file its project does not compile): their candidates run classic.</summary>
    private readonly ConcurrentDictionary<string, bool> classicPaths = new(StringComparer.Ordinal);

    /// <summary>What the C# host says of a candidate whose file its project does not compile (a referenced project's source, say).</summary>
    public const string NotCompiledByTheHost = "is not compiled into the project the host runs";

    private CandidateRuns(string failingCommand, WarmCommand? warm, WarmDriver driver, TestSuiteRun? warmReference, TimeSpan warmReferenceCompile = default)
    {
        this.failingCommand = failingCommand;
        this.warm = warm;
        this.driver = driver;
        WarmReference = warmReference;
        WarmReferenceCompile = warmReferenceCompile;
    }

    /// <summary>The unchanged program's run through the warm driver, which the warm candidates' runs are compared with.</summary>
    public TestSuiteRun? WarmReference { get; }

    /// <summary>The compile before the warm reference's run, where the driver compiles in process (the C# and Java hosts); zero elsewhere.</summary>
    public TimeSpan WarmReferenceCompile { get; }

    /// <summary>
    /// What a warm candidate's run may add to five times the warm reference's: the classic limit's 5 s is mostly the
    /// sandbox's and the interpreter's start, which a warm run does not pay. A hang costs the search this much and a
    /// fresh runner, so it is kept short. The C# and Java hosts time a run from the end of its compile, whose time
    /// varies with the compiler's own JIT and collections; the Java host stops a hung run's threads and goes on, so
    /// the same slack holds for it.
    /// </summary>
    public static readonly TimeSpan WarmSlack = TimeSpan.FromSeconds(0.5);

    /// <summary>
    /// <see cref="WarmSlack"/> for the C# host, whose hung run ends the host (.NET cannot stop a thread), so that a false
    /// hang costs a new host's start as well; its reference counts its compile too. A candidate that throws pays .NET's
    /// cold exception machinery (a stack trace reads the candidate's PDB), which the unchanged program's run may not
    /// have: cs-run-length's candidates that throw ran past five times a reference's run alone and 2 s.
    /// </summary>
    public static readonly TimeSpan HostEndingSlack = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a candidate's warm run of the failing tests may take before it counts as hung (for the C# and Java
    /// hosts, after its compile). A candidate that runs the classic way (where a driver stopped) keeps the classic limit.
    /// </summary>
    public TimeSpan CandidateLimit(TimeSpan classicLimit) =>
        IsWarm && WarmReference is not null
            ? WarmLimit(driver, WarmReference.Run.WallTime + (driver == WarmDriver.RoslynHost ? WarmReferenceCompile : TimeSpan.Zero), classicLimit)
            : classicLimit;

    /// <summary>
    /// Five times the warm reference's run and the driver's slack, within the classic limit, so a hang costs a warm
    /// search what the warm run's own speed says rather than a classic start's.
    /// </summary>
    public static TimeSpan WarmLimit(WarmDriver driver, TimeSpan reference, TimeSpan classicLimit)
    {
        var warmLimit = reference * 5 + (driver == WarmDriver.RoslynHost ? HostEndingSlack : WarmSlack);
        return warmLimit < classicLimit ? warmLimit : classicLimit;
    }

    /// <summary>
    /// What a batch allows each candidate's in-process compile, on top of its run's limit, in its whole sandbox run:
    /// five times the warm reference's compile and 2 s for the compiler's JIT and collections; nothing where no driver compiles.
    /// </summary>
    public TimeSpan CompileAllowance => WarmReferenceCompile > TimeSpan.Zero ? WarmReferenceCompile * 5 + TimeSpan.FromSeconds(2) : TimeSpan.Zero;

    public bool IsWarm => warm is not null;

    /// <summary>The warm driver the candidates run through, when they run warm.</summary>
    public WarmDriver? Driver => IsWarm ? driver : null;

    /// <summary>How many candidates the next batch of a fork takes, after the fork's <paramref name="batchesRun"/> batches: one when classic.</summary>
    public int BatchSize(int batchesRun) => IsWarm ? WarmBatchSize(batchesRun, (WarmReference?.Run.WallTime ?? TimeSpan.Zero) + WarmReferenceCompile) : 1;

    /// <summary>
    /// A fork's warm batch after <paramref name="batchesRun"/> batches, when the warm reference ran in
    /// <paramref name="reference"/>: the first as many candidates as run in <see cref="FirstWarmBatchTime"/>, doubling
    /// every two batches up to as many as run in <see cref="LastWarmBatchTime"/>, each within its bounds.
    /// </summary>
    public static int WarmBatchSize(int batchesRun, TimeSpan reference)
    {
        var first = CandidatesIn(FirstWarmBatchTime, reference, FirstWarmBatchSize, FirstWarmBatchMost);
        var last = CandidatesIn(LastWarmBatchTime, reference, LastWarmBatchSize, LastWarmBatchMost);
        return (int)Math.Min(last, (long)first << Math.Clamp(batchesRun / 2, 0, 8));
    }

    private static int CandidatesIn(TimeSpan batchTime, TimeSpan reference, int fewest, int most) =>
        reference <= TimeSpan.Zero ? fewest : (int)Math.Clamp(Math.Ceiling(batchTime / reference), fewest, most);

    public static CandidateRuns Classic(string failingCommand) => new(failingCommand, null, WarmDriver.ChildPerCandidate, null);

    /// <summary>
    /// Writes the drivers into the forks and runs the unchanged program through each warm driver the command has, best
    /// first, keeping the first whose verdict and per-test report match the classic run. When one that was tried differs,
    /// the task says which, and which way the candidates run instead; when none matches, the search stays classic.
    /// </summary>
    public static async Task<CandidateRuns> PrepareAsync(
        ICandidateRunner sandbox, IReadOnlyList<string> forks, string failingCommand, TestSuiteRun classicReference, TimeSpan candidateLimit,
        IRepairProgress? progress, CancellationToken deadline, CancellationToken cancellationToken)
    {
        // A hang shows the bug: a warm reference would hang as long again to prove only the same thing.
        if (WarmCommand.Parse(failingCommand) is not { } command || forks.Count == 0 || classicReference.Hung)
        {
            return Classic(failingCommand);
        }
        foreach (var fork in forks)
        {
            await sandbox.WriteFilesAsync(fork, WarmBatch.DriverFiles, null, cancellationToken);
        }
        var warmUp = await WarmUpAsync(sandbox, forks, command, deadline, cancellationToken);
        if (warmUp is not null)
        {
            await WarnAsync(progress, [$"the warm test runner could not be prepared ({warmUp})"], "every candidate runs in a sandbox run of its own instead", cancellationToken);
            return Classic(failingCommand);
        }
        var differences = new List<string>();
        foreach (var driver in WarmBatch.DriversFor(command.Runner))
        {
            var output = await WarmBatchRun.RunAsync(sandbox, forks[0], new WarmBatch(command, [null], candidateLimit, driver), _ => TextEncoding.Utf8, deadline, cancellationToken);
            var difference = output.Runs.Count == 1 ? Difference(classicReference, output.Runs[0])
                : $"the warm driver reported no run ({output.Error ?? "its output had no result"})";
            if (difference is null)
            {
                await WarnAsync(progress, differences, $"the candidates run through the {Describe(driver)} instead", cancellationToken);
                return new CandidateRuns(failingCommand, command, driver, output.Runs[0], output.CompileTimes.FirstOrDefault());
            }
            differences.Add($"the {Describe(driver)}'s run of the unchanged program differs from the classic run ({difference})");
        }
        await WarnAsync(progress, differences, "every candidate runs in a sandbox run of its own instead", cancellationToken);
        return Classic(failingCommand);
    }

    private static string Describe(WarmDriver driver) => driver switch
    {
        WarmDriver.NodeInProcess => "in-process Node test runner",
        WarmDriver.RoslynHost => "C# host",
        WarmDriver.JavacHost => "Java host",
        _ => "warm test runner",
    };

    /// <summary>Runs the command's warm-up in every fork side by side; why one failed, or null when all succeeded or none was needed.</summary>
    private static async Task<string?> WarmUpAsync(
        ICandidateRunner sandbox, IReadOnlyList<string> forks, WarmCommand command, CancellationToken deadline, CancellationToken cancellationToken)
    {
        if (WarmBatch.WarmUpCommand(command) is not { } warmUp)
        {
            return null;
        }
        var runs = await Task.WhenAll(forks.Select(fork => sandbox.RunAsync(fork, warmUp, WarmUpLimit, WarmUpOutputChars, deadline)));
        if (runs.FirstOrDefault(run => !run.Succeeded) is { } failed)
        {
            var shown = failed.OutputTail.Trim();
            return $"its warm-up {failed.Describe()}: {(shown.Length > TestRuns.OutputChars ? "…" + shown[^TestRuns.OutputChars..] : shown)}";
        }
        if (command.Runner != WarmRunner.JUnit)
        {
            return null;
        }
        // The plan is relative to the workspace's root, so the first fork's recording serves every fork.
        var (plan, error) = JavaHost.Plan(runs[0].OutputTail);
        if (plan is null)
        {
            return error;
        }
        foreach (var fork in forks)
        {
            await sandbox.WriteFilesAsync(fork, plan, null, cancellationToken);
        }
        return null;
    }

    private static async Task WarnAsync(IRepairProgress? progress, IReadOnlyList<string> differences, string consequence, CancellationToken cancellationToken)
    {
        if (progress is not null && differences.Count > 0)
        {
            await progress.LogAsync(RepairStep.GeneratingFix, warning: true,
                $"Embedded engine: {string.Join("; ", differences)}; {consequence}.", "engine-warm-fallback", cancellationToken);
        }
    }

    /// <summary>
    /// Runs the candidates' failing tests, in order: the runs of those tried, which may stop short of the batch (after a
    /// candidate whose tests pass, when <paramref name="stopAtPass"/>). The fork is as before afterwards.
    /// <paramref name="limit"/> is the classic run's; warm runs take <see cref="CandidateLimit"/> of it.
    /// </summary>
    public async Task<IReadOnlyList<(CandidateEdit Candidate, TestSuiteRun Failing)>> RunAsync(
        ICandidateRunner sandbox, string fork, IReadOnlyList<CandidateEdit> batch, Func<string, TextEncoding> encodingOf, TimeSpan limit,
        CancellationToken deadline, CancellationToken cancellationToken, bool stopAtPass = true, SearchTimes? times = null)
    {
        var tried = new List<(CandidateEdit, TestSuiteRun)>();
        var started = Stopwatch.GetTimestamp();
        // The batch runs warm up to the first candidate of a file the driver cannot take; the rest go back to the search.
        var warmCount = warm is null ? 0 : batch.TakeWhile(c => !classicPaths.ContainsKey(c.Path)).Count();
        if (warm is not null && warmCount > 0)
        {
            var warmPart = batch.Take(warmCount).ToList();
            var output = await WarmBatchRun.RunAsync(sandbox, fork, new WarmBatch(warm, warmPart, CandidateLimit(limit), driver) { StopAtPass = stopAtPass, CompileAllowance = CompileAllowance }, encodingOf, deadline, cancellationToken);
            tried.AddRange(warmPart.Zip(output.Runs));
            times?.Add(SearchActivity.WarmBatch, Stopwatch.GetElapsedTime(started), output.Runs.Count);
            started = Stopwatch.GetTimestamp();
            if (output.Finished || tried.Count == warmPart.Count)
            {
                return tried;
            }
            if (output.Error?.Contains(NotCompiledByTheHost, StringComparison.Ordinal) == true)
            {
                classicPaths.TryAdd(warmPart[tried.Count].Path, true);
            }
            // The driver was stopped within the batch (a candidate that ended it, a file it cannot take, or too much
            // output): that candidate runs the classic way, so every candidate gets its run.
        }
        var candidate = batch[tried.Count];
        tried.Add((candidate, await ClassicRunAsync(sandbox, fork, candidate, encodingOf, limit, deadline, cancellationToken)));
        times?.Add(SearchActivity.ClassicRun, Stopwatch.GetElapsedTime(started), 1);
        return tried;
    }

    private async Task<TestSuiteRun> ClassicRunAsync(
        ICandidateRunner sandbox, string fork, CandidateEdit candidate, Func<string, TextEncoding> encodingOf, TimeSpan limit,
        CancellationToken deadline, CancellationToken cancellationToken)
    {
        await sandbox.WriteFilesAsync(fork, new Dictionary<string, string> { [candidate.Path] = candidate.Changed }, encodingOf, cancellationToken);
        try
        {
            return await sandbox.RunTestsAsync(fork, failingCommand, limit, deadline);
        }
        finally
        {
            await sandbox.WriteFilesAsync(fork, new Dictionary<string, string> { [candidate.Path] = candidate.Original }, encodingOf, cancellationToken);
        }
    }

    /// <summary>How the warm run of the unchanged program differs from its classic run, or null when both give the same verdict.</summary>
    public static string? Difference(TestSuiteRun classic, TestSuiteRun warm)
    {
        if (classic.Hung != warm.Hung || classic.Run.ExitCode != warm.Run.ExitCode)
        {
            return $"the classic run {classic.Run.Describe()}, the warm one {warm.Run.Describe()}";
        }
        if (classic.Report is null != warm.Report is null)
        {
            return $"only the {(classic.Report is null ? "warm" : "classic")} run wrote a per-test report";
        }
        if (classic.Report is { } before && warm.Report is { } after)
        {
            var differing = before.Tests.Keys.Union(after.Tests.Keys).Order(StringComparer.Ordinal)
                .Where(id => before.Tests.GetValueOrDefault(id)?.Outcome != after.Tests.GetValueOrDefault(id)?.Outcome).ToList();
            return differing.Count == 0 ? null : $"tests differ: {string.Join(", ", differing.Take(5))}";
        }
        return FailingTests.FailureCount(classic.OutputTail) == FailingTests.FailureCount(warm.OutputTail)
            ? null
            : "the runs count different failures";
    }
}
