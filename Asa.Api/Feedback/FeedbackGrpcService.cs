using Asa.Api.Grpc;
using Asa.Api.Tasks;
using Asa.Core.Data;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Api.Feedback;

/// <summary>Stores users' feedback on their own ended tasks in <c>feedback</c>.</summary>
public sealed class FeedbackGrpcService(TaskQueries queries, AsaDbContext db, TimeProvider clock) : FeedbackService.FeedbackServiceBase
{
    private const int MaxCommentLength = 2000;
    private const int MaxIssues = 20;
    private const int MaxIssueLength = 100;

    // Asa.Protos.V1.Feedback in full: inside Asa.Api, the bare name is this namespace.
    public override async Task<Asa.Protos.V1.Feedback> SubmitFeedback(SubmitFeedbackRequest request, ServerCallContext context)
    {
        var caller = CallerIdentity.Of(context);
        var taskId = TaskIds.Parse(request.TaskId);
        Validate(request);
        // Feedback is the owner's to give, admins included only on their own tasks.
        var task = await queries.FindAsync(caller with { IsAdmin = false }, taskId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Task {taskId} was not found."));
        if (!TaskStates.Parse(task.Status).IsTerminal())
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"Task {taskId} is {task.Status}; feedback is for tasks that have ended."));
        }

        var record = new FeedbackRecord
        {
            TaskId = taskId,
            UserId = caller.UserId,
            Rating = request.Rating,
            Approved = request.Approved,
            Comment = request.Comment.Length == 0 ? null : request.Comment,
            Issues = request.Issues.Select(issue => issue.Trim()).ToList(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Feedback.Add(record);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Asa.Protos.V1.Feedback
        {
            FeedbackId = record.Id,
            TaskId = taskId.ToString(),
            UserId = record.UserId,
            Rating = record.Rating,
            Approved = record.Approved,
            Comment = record.Comment ?? "",
            Issues = { record.Issues },
            CreatedAt = Timestamps.From(record.CreatedAt),
        };
    }

    private static void Validate(SubmitFeedbackRequest request)
    {
        var errors = new FieldErrors();
        if (request.Rating is < 1 or > 5)
        {
            errors.Add("rating", "must be between 1 and 5");
        }
        if (request.Comment.Length > MaxCommentLength)
        {
            errors.Add("comment", $"must be at most {MaxCommentLength:N0} characters");
        }
        if (request.Issues.Count > MaxIssues)
        {
            errors.Add("issues", $"must hold at most {MaxIssues} entries");
        }
        if (request.Issues.Any(issue => issue.Trim().Length is 0 or > MaxIssueLength))
        {
            errors.Add("issues", $"each must be 1 to {MaxIssueLength} characters");
        }
        errors.ThrowIfAny();
    }
}
