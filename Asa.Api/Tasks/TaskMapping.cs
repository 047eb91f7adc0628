using Asa.Api.Grpc;
using Asa.Core.Data;
using Asa.Core.Errors;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Asa.Api.Tasks;

/// <summary>Maps stored rows to the messages clients see.</summary>
internal static class TaskMapping
{
    private static readonly JsonParser StoredJson = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static AsaTask MapToTask(TaskRecord record)
    {
        var task = new AsaTask
        {
            TaskId = record.Id.ToString(),
            Status = TaskStates.Parse(record.Status),
            RepoUrl = record.RepoUrl,
            BugDescription = record.BugDescription,
            TestCommand = record.TestCommand ?? "",
            SetupCommand = record.SetupCommand ?? "",
            BaseBranch = record.BaseBranch ?? "",
            UserId = record.UserId,
            CreatedAt = Timestamps.From(record.CreatedAt),
            UpdatedAt = Timestamps.From(record.UpdatedAt),
            CommitSha = record.CommitSha ?? "",
            RetryOf = record.RetryOf?.ToString() ?? "",
            Fixer = record.Fixer ?? "",
            Model = record.Model ?? "",
        };
        if (record.StartedAt is { } started)
        {
            task.StartedAt = Timestamps.From(started);
        }
        if (record.EndedAt is { } ended)
        {
            task.EndedAt = Timestamps.From(ended);
        }
        if (record.ErrorMessage is not null)
        {
            task.Error = new TaskError
            {
                Stage = record.ErrorStage is null ? TaskState.Unspecified : TaskStates.Parse(record.ErrorStage),
                ErrorClass = ErrorClasses.ParseErrorClass(record.ErrorClass),
                Message = record.ErrorMessage,
            };
        }
        if (record.Fix is not null)
        {
            task.Fix = StoredJson.Parse<TaskFix>(record.Fix);
        }
        if (record.RepairSearch is not null)
        {
            task.RepairSearch = StoredJson.Parse<RepairSearch>(record.RepairSearch);
        }
        if (record.PullRequest is not null)
        {
            task.PullRequest = StoredJson.Parse<PullRequest>(record.PullRequest);
        }
        if (record.Inventory is not null)
        {
            task.Inventory = StoredJson.Parse<CodeInventory>(record.Inventory);
        }
        return task;
    }

    public static AsaTask MapToTask(NewTask task, AdmittedTask admitted) => new()
    {
        TaskId = admitted.TaskId.ToString(),
        Status = TaskState.Queued,
        RepoUrl = task.RepoUrl,
        BugDescription = task.BugDescription,
        TestCommand = task.TestCommand ?? "",
        SetupCommand = task.SetupCommand ?? "",
        BaseBranch = task.BaseBranch ?? "",
        UserId = task.UserId,
        CreatedAt = Timestamps.From(admitted.CreatedAt),
        UpdatedAt = Timestamps.From(admitted.CreatedAt),
        RetryOf = task.RetryOf?.ToString() ?? "",
        Fixer = task.Fixer ?? "",
        Model = task.Model ?? "",
    };

    public static TaskEvent MapToEvent(TaskEventRecord record)
    {
        var taskEvent = new TaskEvent
        {
            Sequence = record.Seq,
            TaskId = record.TaskId.ToString(),
            Time = Timestamps.From(record.CreatedAt),
        };
        if (record.Kind == TaskEventKinds.Status)
        {
            var change = new StatusChange
            {
                From = TaskStates.Parse(record.FromStatus!),
                To = TaskStates.Parse(record.ToStatus!),
            };
            if (record.DurationMs is { } ms)
            {
                change.PreviousStageDuration = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(ms));
            }
            if (change.To == TaskState.Failed)
            {
                change.Error = new TaskError
                {
                    Stage = record.Stage is null ? TaskState.Unspecified : TaskStates.Parse(record.Stage),
                    ErrorClass = ErrorClasses.ParseErrorClass(record.ErrorClass),
                    Message = record.Message ?? "",
                };
            }
            taskEvent.StatusChange = change;
        }
        else
        {
            taskEvent.Log = new LogLine
            {
                Level = ProtoEnumNames<LogSeverity>.TryParse(record.Level, out var level) ? level : LogSeverity.Info,
                Stage = record.Stage is null ? TaskState.Unspecified : TaskStates.Parse(record.Stage),
                Message = record.Message ?? "",
            };
        }
        return taskEvent;
    }

    public static TestRun MapToTestRun(TestRunRecord record) => new()
    {
        Phase = record.Phase,
        Attempt = record.Attempt,
        Command = record.Command,
        ExitCode = record.ExitCode,
        Passed = record.Passed,
        LimitsHit = { record.LimitsHit },
        Duration = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(record.DurationMs)),
        OutputTail = record.OutputTail,
        RanAt = Timestamps.From(record.RanAt),
    };
}
