using System.Collections.Concurrent;
using System.Diagnostics;
using Asa.Core.Data;
using Asa.Protos.V1;
using Asa.Repair.Localization;
using Asa.Repair.Protection;
using Asa.Repair.Verification;

namespace Asa.Worker.Pipeline;

/// <summary>What the stages of one task run share: the task as leased, its workspace, and what earlier stages found.</summary>
public sealed class TaskContext(TaskRecord task, string workspace)
{
    // Forks are made side by side, so they are recorded from several threads.
    private readonly ConcurrentQueue<string> sandboxWorkspaces = new();

    public TaskRecord Task { get; } = task;

    /// <summary>When this worker began the task (<see cref="Stopwatch.GetTimestamp"/>; a resumed task starts again).</summary>
    public long Started { get; } = Stopwatch.GetTimestamp();

    public Guid TaskId => Task.Id;

    /// <summary>The folder the repository is cloned into; the worker's own, never run.</summary>
    public string Workspace { get; } = workspace;

    /// <summary>
    /// The fixer this worker runs for the task (<see cref="Core.Tasks.Fixers"/>): as asked, else the worker's configured
    /// one; null when the worker has none. Set by the pipeline before the first stage.
    /// </summary>
    public ChosenFixer? Fixer { get; set; }

    public string? CommitSha { get; set; } = task.CommitSha;

    /// <summary>The branch the fix is for: as submitted, else the repository's default branch once cloned.</summary>
    public string? BaseBranch { get; set; } = task.BaseBranch;

    public CodeInventory? Inventory { get; set; }

    /// <summary>The sandbox workspace holding the repository's files (and, once written, the reproduction test).</summary>
    public string? WorkspaceId { get; set; }

    /// <summary>Every sandbox workspace this run created, forks included, so all are deleted when the task ends.</summary>
    public IReadOnlyList<string> SandboxWorkspaces => [.. sandboxWorkspaces];

    /// <summary>The command that runs the repository's tests: as submitted, else as detected.</summary>
    public string? TestCommand { get; set; } = task.TestCommand;

    /// <summary>The user's tests before any change, with each test's outcome when the runner reports it.</summary>
    public TestSuiteRun? BaselineRun { get; set; }

    /// <summary>
    /// The repository's whole suite and its run before the fix, when the test command selects part of it and the whole
    /// suite finishes within the test time limit; a fix must not break it. Null otherwise.
    /// </summary>
    public WholeSuiteBaseline? WholeSuite { get; set; }

    /// <summary>The generated test that fails because of the bug; null when no model wrote one.</summary>
    public ReproductionTest? Reproduction { get; set; }

    /// <summary>The fix that passed verification; null until one did. A task that stored one before resuming starts with it.</summary>
    public TaskFix? Fix { get; set; } = task.Fix is { } fix ? TaskFix.Parser.ParseJson(fix) : null;

    /// <summary>How far delivering the fix got: the branch, the proposed pull request, the opened one. Kept across resumes.</summary>
    public PullRequest? Delivery { get; set; } = task.PullRequest is { } delivery ? PullRequest.Parser.ParseJson(delivery) : null;

    /// <summary>What the delivery did, for the completion message.</summary>
    public string? DeliverySummary { get; set; }

    /// <summary>The clone's source files, symbols and word index, loaded once for fault localisation.</summary>
    public CheckoutSnapshot? Checkout { get; set; }

    /// <summary>The files no fix may touch (tests, what they load, test-runner and CI configuration); by name until the tests have run.</summary>
    public TestProtection Protection { get; set; } = TestProtection.ByNameOnly;

    public StageProgress Progress { get; set; } = null!;

    public void Owns(string sandboxWorkspaceId) => sandboxWorkspaces.Enqueue(sandboxWorkspaceId);
}
