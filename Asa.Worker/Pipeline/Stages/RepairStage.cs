using Asa.Worker.Storage;
using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Repair;
using Asa.Repair.Localization;
using Asa.Worker.Llm;
using Asa.Worker.Prompts;
using Asa.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Pipeline.Stages;

/// <summary>
/// GENERATING_FIX through TESTING_AFTER_FIX: hands the reproduced bug to the task's fixer (Asa.Repair), reached
/// through the sandbox, the task's journal and (for a fixer that asks one) the model, and keeps the fix it verified.
/// </summary>
public sealed class RepairStage(
    SandboxClient sandbox,
    TaskJournal journal,
    TestRunRecorder recorder,
    TaskStore store,
    VerifiedFixRecorder fixes,
    IOptions<WorkerOptions> options,
    PromptedModel? model = null,
    PromptTokenCounter? tokens = null) : IPipelineStage
{
    public TaskState EntryState => TaskState.GeneratingFix;

    public TaskState LastState => TaskState.TestingAfterFix;

    public async Task RunAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var chosen = context.Fixer ?? throw new InvalidOperationException("The repair stage runs only for a task with a fixer.");
        var ports = new RepairPorts(new TaskSandbox(sandbox, context), new TaskRepairProgress(context, journal, recorder, store),
            chosen.Fixer.UsesModel && model is not null && tokens is not null ? new TaskRepairModel(model, tokens, context) : null);
        try
        {
            var fix = await chosen.Fixer.FixAsync(RequestFor(context), ports, cancellationToken);
            await fixes.KeepAsync(context, fix, cancellationToken);
        }
        catch (RepairFailedException failed)
        {
            throw failed.Rejected ? AsaException.Policy(failed.Message) : AsaException.Permanent(failed.Message);
        }
    }

    private RepairRequest RequestFor(TaskContext context) => new(
        context.Task.BugDescription,
        context.Workspace,
        context.Checkout ??= CheckoutSnapshot.Load(context.Workspace, CancellationToken.None),
        context.WorkspaceId ?? throw new InvalidOperationException("The bug was not reproduced in a sandbox workspace."),
        context.TestCommand ?? throw new InvalidOperationException("The task has no test command."),
        context.BaselineRun ?? throw AsaException.Permanent("The tests were not run before the fix, so there is no failure to search from."),
        context.WholeSuite,
        context.Reproduction,
        context.Protection,
        options.Value.TestTimeLimit,
        context.Started);
}
