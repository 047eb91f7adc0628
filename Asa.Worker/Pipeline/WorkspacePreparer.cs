using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Repair;
using Asa.Repair.Localization;
using Asa.Repair.Protection;
using Asa.Repair.Verification;
using Asa.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline;

/// <summary>
/// Puts the clone in a sandbox workspace, runs the setup command there (with network, if one was given), then runs
/// the user's tests once as they are, so later runs have something to compare with.
/// </summary>
public sealed class WorkspacePreparer(SandboxClient sandbox, TestRunRecorder recorder, TaskJournal journal, IOptions<WorkerOptions> options)
{
    public async Task<TestSuiteRun> PrepareAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var testCommand = context.TestCommand ?? throw AsaException.User("No test command is known for this task.");
        context.WorkspaceId = await sandbox.UploadAsync(context.TaskId, context.Workspace, cancellationToken);
        context.Owns(context.WorkspaceId);

        if (context.Task.SetupCommand is { } setup)
        {
            var prepared = await sandbox.RunAsync(context.WorkspaceId, setup, allowNetwork: true, options.Value.SetupTimeLimit, cancellationToken);
            await recorder.RecordAsync(context, "Setup", TestPhases.Setup, 1, setup, prepared, cancellationToken);
            if (!prepared.Succeeded)
            {
                throw AsaException.User($"The setup command '{setup}' failed ({prepared.Describe()}):\n{prepared.OutputTail}");
            }
        }

        var run = await new TaskSandbox(sandbox, context).RunTestsAsync(context.WorkspaceId, testCommand, options.Value.TestTimeLimit, cancellationToken);
        await recorder.RecordAsync(context, "Tests before the fix", TestPhases.BeforeFix, 1, testCommand, run.Run, cancellationToken);
        // A run stopped by the time limit may be the bug itself (an endless loop); any other limit is the repository's or the sandbox's.
        if (run.Run.LimitsHit.Count > 0 && !run.Hung)
        {
            throw AsaException.Resource($"The tests did not finish: '{testCommand}' {run.Run.Describe()}.\n{run.OutputTail}");
        }
        context.BaselineRun = run;
        context.WholeSuite = await RunWholeSuiteAsync(context, testCommand, cancellationToken);
        await ProtectTestsAsync(context, run, testCommand, cancellationToken);
        return run;
    }

    /// <summary>
    /// A test command that selects part of the suite checks a fix only there; the whole suite runs once before the fix,
    /// so the final check can tell what a fix breaks elsewhere. One that does not finish in time is left out, and said so.
    /// </summary>
    private async Task<WholeSuiteBaseline?> RunWholeSuiteAsync(TaskContext context, string testCommand, CancellationToken cancellationToken)
    {
        if (WholeSuiteCommand.For(testCommand) is not { } wholeSuite)
        {
            return null;
        }
        var run = await new TaskSandbox(sandbox, context).RunTestsAsync(context.WorkspaceId!, wholeSuite, options.Value.TestTimeLimit, cancellationToken);
        await recorder.RecordAsync(context, "The whole suite before the fix", TestPhases.SuiteBeforeFix, 1, wholeSuite, run.Run, cancellationToken);
        if (run.Run.LimitsHit.Count == 0)
        {
            return new WholeSuiteBaseline(wholeSuite, run);
        }
        await journal.LogAsync(context.TaskId, context.Progress.Current, LogSeverity.Warning,
            $"The repository's whole suite '{wholeSuite}' {run.Run.Describe()}, so a fix is checked with '{testCommand}' alone.",
            dedupeKey: "whole-suite-left-out", cancellationToken: cancellationToken);
        return null;
    }

    private async Task ProtectTestsAsync(TaskContext context, TestSuiteRun run, string testCommand, CancellationToken cancellationToken)
    {
        var checkout = context.Checkout ??= CheckoutSnapshot.Load(context.Workspace, cancellationToken);
        var reported = context.WholeSuite?.Before.Report is { } whole && run.Report is { } narrow
            ? new TestReport(narrow.Source, whole.Tests.Concat(narrow.Tests).GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.Last().Value))
            : run.Report ?? context.WholeSuite?.Before.Report;
        context.Protection = TestProtection.Find(checkout, reported, testCommand);
        var files = context.Protection.Files;
        await journal.LogAsync(context.TaskId, context.Progress.Current, LogSeverity.Info,
            (run.Report is { } report ? $"The test run reported each test: {report.Describe()} ({report.Source}). "
                : "The test run wrote no per-test report, so a fix is judged by the whole suite's exit code and test count. ") +
            $"{files.Count} file(s) are protected from any fix as tests, their data or test configuration" +
            (files.Count == 0 ? "." : ": " + string.Join("; ", files.Take(8).Select(f => $"{f.Key} ({f.Value})")) + (files.Count > 8 ? "; …" : ".")),
            dedupeKey: "protected-tests", cancellationToken: cancellationToken);
    }
}
