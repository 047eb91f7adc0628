using Asa.Worker.Indexing;
using Asa.Worker.Storage;
using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Google.Protobuf;

namespace Asa.Worker.Pipeline.Stages;

/// <summary>INDEXING_CODE: builds the code inventory and settles the test command.</summary>
public sealed class IndexStage(TaskStore store, TaskJournal journal) : IPipelineStage
{
    public TaskState EntryState => TaskState.IndexingCode;

    public async Task RunAsync(TaskContext context, CancellationToken cancellationToken)
    {
        var inventory = await Task.Run(() => CodeInventoryBuilder.Build(context.Workspace, cancellationToken), cancellationToken);
        context.Inventory = inventory;
        var detected = inventory.DetectedTestCommand.Length > 0 ? inventory.DetectedTestCommand : null;
        context.TestCommand ??= detected;
        await store.RecordInventoryAsync(context.TaskId, JsonFormatter.Default.Format(inventory), detected, cancellationToken);

        var languages = string.Join(", ", inventory.Languages.Take(5).Select(l => $"{l.Language} {l.FileCount}"));
        var testCommand = context.Task.TestCommand is not null ? $"{context.Task.TestCommand} (as given)"
            : detected is not null ? $"{detected} (detected)"
            : "none found";
        await journal.LogAsync(context.TaskId, EntryState, LogSeverity.Info,
            $"Indexed {inventory.FileCount} files, {inventory.TotalBytes:N0} bytes ({languages}); test command: {testCommand}.",
            dedupeKey: "inventory", cancellationToken: cancellationToken);

        if (context.TestCommand is null)
        {
            throw AsaException.User(
                "No test command was given and none could be detected (looked for pytest, dotnet test, npm test, go test, Maven, Gradle and cargo). Submit the task again with test_command.");
        }
    }
}
