using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Asa.Tests.Integration;

public sealed class FeedbackTests(AsaStack stack) : IClassFixture<AsaStack>
{
    private FeedbackService.FeedbackServiceClient Feedback => new(stack.Channel);

    [Fact]
    public async Task FeedbackOnAnEndedTaskIsStoredOverGrpcAndRest()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var owner = await stack.UserAsync("rater");
        var submitted = await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), owner);
        await stack.Tasks.WatchToEndAsync(submitted.TaskId, owner);

        var given = await Feedback.SubmitFeedbackAsync(new SubmitFeedbackRequest
        {
            TaskId = submitted.TaskId, Rating = 2, Approved = false, Comment = "It never tried a fix.", Issues = { "no fix" },
        }, owner);
        using var rest = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{stack.HttpPort}") };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/task/{submitted.TaskId}/feedback")
        {
            Content = new StringContent("""{"rating": 5, "approved": true}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await stack.KeyFor("rater"));
        using var response = await rest.SendAsync(request);
        var stored = await stack.WithDatabaseAsync(db =>
            db.Feedback.Where(f => f.TaskId == Guid.Parse(submitted.TaskId)).OrderBy(f => f.Id).ToListAsync());

        Assert.Equal(("rater", 2, false, "It never tried a fix."), (given.UserId, given.Rating, given.Approved, given.Comment));
        Assert.Equal(["no fix"], given.Issues);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(2, false), (5, true)], stored.Select(f => (f.Rating, f.Approved)));
        Assert.All(stored, f => Assert.Equal("rater", f.UserId));
    }

    [Fact]
    public async Task BadFeedbackNamesEveryBadField()
    {
        var exception = await Assert.ThrowsAsync<RpcException>(() => Feedback.SubmitFeedbackAsync(new SubmitFeedbackRequest
        {
            TaskId = Guid.NewGuid().ToString(), Rating = 0, Comment = new string('x', 2001), Issues = { Enumerable.Repeat("bad", 21) },
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        Assert.Equal(["rating", "comment", "issues"], exception.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task FeedbackOnSomeoneElsesTaskIsNotFound()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var submitted = await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), await stack.UserAsync("feedback-owner"));
        var stranger = await stack.UserAsync("feedback-stranger");

        var exception = await Assert.ThrowsAsync<RpcException>(() =>
            Feedback.SubmitFeedbackAsync(new SubmitFeedbackRequest { TaskId = submitted.TaskId, Rating = 1 }, stranger).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, exception.StatusCode);
    }
}

/// <summary>No workers: every task stays queued.</summary>
public sealed class QueuedTasksStack() : AsaStack(new AsaStackOptions { Workers = 0 });

public sealed class FeedbackOnUnfinishedTaskTests(QueuedTasksStack stack) : IClassFixture<QueuedTasksStack>
{
    [Fact]
    public async Task FeedbackWaitsUntilTheTaskHasEnded()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var submitted = await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path));

        var exception = await Assert.ThrowsAsync<RpcException>(() => new FeedbackService.FeedbackServiceClient(stack.Channel)
            .SubmitFeedbackAsync(new SubmitFeedbackRequest { TaskId = submitted.TaskId, Rating = 3 }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, exception.StatusCode);
        Assert.Contains("QUEUED", exception.Status.Detail);
    }
}
