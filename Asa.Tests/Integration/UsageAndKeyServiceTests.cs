using System.Net;
using System.Net.Http.Headers;
using Asa.Core.Data;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;

namespace Asa.Tests.Integration;

public sealed class UsageAndKeyServiceTests(AsaStack stack) : IClassFixture<AsaStack>
{
    private UsageService.UsageServiceClient Usage => new(stack.Channel);
    private KeyService.KeyServiceClient Keys => new(stack.Channel);

    [Fact]
    public async Task UsageCountsTheCallersModelCallsAndTasksPerDayAndAnAdminSeesEveryone()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var spender = await stack.UserAsync("spender");
        var submitted = await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), spender);
        await stack.Tasks.WatchToEndAsync(submitted.TaskId, spender);
        await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), await stack.UserAsync("bystander"));
        // Model calls are recorded by the pipeline; seeded here so the sums have something to add.
        await stack.WithDatabaseAsync(async db =>
        {
            foreach (var (prompt, completion, cost) in new[] { (1000, 200, 0.0123m), (500, 50, 0.0045m) })
            {
                db.LlmUsage.Add(new LlmUsageRecord
                {
                    TaskId = Guid.Parse(submitted.TaskId), UserId = "spender", Model = "gpt-4o-mini", Purpose = "code_agent",
                    PromptTokens = prompt, CompletionTokens = completion, CostUsd = cost, LatencyMs = 900, Status = "ok",
                    CreatedAt = DateTime.UtcNow,
                });
            }
            return await db.SaveChangesAsync();
        });

        var own = await Usage.GetUsageAsync(new GetUsageRequest(), spender);
        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, spender);
        var listedTask = (await stack.Tasks.ListTasksAsync(new ListTasksRequest { PageSize = 100 }, spender)).Tasks.Single(t => t.TaskId == submitted.TaskId);
        var everyone = await Usage.GetUsageAsync(new GetUsageRequest(), await stack.UserAsync("auditor", admin: true));
        using var rest = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{stack.HttpPort}") };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/usage");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await stack.KeyFor("spender"));
        using var response = await rest.SendAsync(request);

        var day = Assert.Single(own.Days);
        Assert.Equal("spender", day.UserId);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd"), day.Date);
        Assert.Equal((1500L, 250L, 2L, 1L, 1L), (own.Totals.PromptTokens, own.Totals.CompletionTokens, own.Totals.ModelCalls, own.Totals.TasksSubmitted, own.Totals.TasksFailed));
        Assert.Equal(0.0168, own.Totals.CostUsd, precision: 6);
        // The same calls, as the task's own cost.
        Assert.Equal((1500L, 250L, 2L), (task.Cost.PromptTokens, task.Cost.CompletionTokens, task.Cost.ModelCalls));
        Assert.Equal(0.0168, task.Cost.CostUsd, precision: 6);
        Assert.Equal(task.Cost, listedTask.Cost);
        Assert.Contains(everyone.Days, d => d.UserId == "bystander");
        Assert.Contains(everyone.Days, d => d.UserId == "spender");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("1500", json.RootElement.GetProperty("totals").GetProperty("promptTokens").ToString());
    }

    [Theory]
    [InlineData("2026-13-01", "is not a date")]
    [InlineData("yesterday", "is not a date")]
    [InlineData("2999-01-01", "must be between")]
    [InlineData("2000-01-01", "must be between")]
    public async Task ABadSinceIsNamed(string since, string reason)
    {
        var exception = await Assert.ThrowsAsync<RpcException>(() => Usage.GetUsageAsync(new GetUsageRequest { Since = since }).ResponseAsync);

        var violation = Assert.Single(exception.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("since", violation.Field);
        Assert.Contains(reason, violation.Description);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryRestPath()
    {
        using var rest = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{stack.HttpPort}") };

        using var response = await rest.GetAsync("/openapi/v1.json");
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Superset(
            new HashSet<string>
            {
                "/api/v1/task/submit", "/api/v1/task", "/api/v1/task/{taskId}", "/api/v1/task/{taskId}/cancel",
                "/api/v1/task/{taskId}/watch", "/api/v1/task/{taskId}/feedback", "/api/v1/usage", "/api/v1/keys",
                "/api/v1/keys/{keyId}/revoke",
            },
            paths.ToHashSet());
    }

    [Fact]
    public async Task AnAdminManagesKeysThroughTheApiAndOthersMayNot()
    {
        var admin = await stack.UserAsync("key-admin", admin: true);

        var created = await Keys.CreateKeyAsync(new CreateKeyRequest { UserId = "newcomer" }, admin);
        var asNewcomer = new Metadata { { "authorization", $"Bearer {created.Key}" } };
        var newcomersTasks = await stack.Tasks.ListTasksAsync(new ListTasksRequest(), asNewcomer);
        var listed = await Keys.ListKeysAsync(new ListKeysRequest(), admin);
        var revoked = await Keys.RevokeKeyAsync(new RevokeKeyRequest { KeyId = created.Info.KeyId }, admin);
        var afterRevoke = await Assert.ThrowsAsync<RpcException>(() => stack.Tasks.ListTasksAsync(new ListTasksRequest(), asNewcomer).ResponseAsync);
        var byUser = await Assert.ThrowsAsync<RpcException>(() => Keys.ListKeysAsync(new ListKeysRequest()).ResponseAsync);
        var badUser = await Assert.ThrowsAsync<RpcException>(() => Keys.CreateKeyAsync(new CreateKeyRequest { UserId = "not ok" }, admin).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Keys.RevokeKeyAsync(new RevokeKeyRequest { KeyId = "ffffffffffff" }, admin).ResponseAsync);

        Assert.Empty(newcomersTasks.Tasks);
        var info = Assert.Single(listed.Keys, k => k.KeyId == created.Info.KeyId);
        Assert.Equal(("newcomer", false), (info.UserId, info.Admin));
        Assert.DoesNotContain(created.Key.Split('_', 3)[2], listed.ToString());
        Assert.NotNull(revoked.RevokedAt);
        Assert.Equal(StatusCode.Unauthenticated, afterRevoke.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, byUser.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, badUser.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }
}
