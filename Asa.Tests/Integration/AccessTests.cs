using System.Net;
using System.Net.Http.Headers;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Asa.Tests.Integration;

/// <summary>API keys as production runs them: every call authenticated, each user confined to their own tasks.</summary>
public sealed class AccessTests(AsaStack stack) : IClassFixture<AsaStack>, IDisposable
{
    private readonly HttpClient rest = new() { BaseAddress = new Uri($"http://127.0.0.1:{stack.HttpPort}"), Timeout = TestTimeouts.Call };
    private readonly GrpcChannel channel = GrpcChannel.ForAddress($"http://127.0.0.1:{stack.GrpcPort}");

    private TaskService.TaskServiceClient Anonymous => new(channel);

    [Theory]
    [InlineData(null, "needs an API key")]
    [InlineData("Bearer not-a-key", "not valid")]
    [InlineData("Bearer asa_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not valid")]
    [InlineData("Basic dXNlcjpwYXNz", "needs an API key")]
    public async Task CallsWithoutAValidKeyAreUnauthenticatedOverGrpcAndRest(string? authorization, string reason)
    {
        var headers = new Metadata();
        if (authorization is not null)
        {
            headers.Add("authorization", authorization);
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/task");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("authorization", authorization);
        }

        var exception = await Assert.ThrowsAsync<RpcException>(() => Anonymous.ListTasksAsync(new ListTasksRequest(), headers).ResponseAsync);
        using var response = await rest.SendAsync(request);

        Assert.Equal(StatusCode.Unauthenticated, exception.StatusCode);
        Assert.Contains(reason, exception.Status.Detail);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ARevokedKeyStopsWorkingAtOnce()
    {
        var (record, key) = await stack.WithKeyStoreAsync(store => store.CreateAsync("short-lived", isAdmin: false, CancellationToken.None));
        var headers = new Metadata { { "authorization", $"Bearer {key}" } };
        var before = await Anonymous.ListTasksAsync(new ListTasksRequest(), headers);

        Assert.True(await stack.WithKeyStoreAsync(store => store.RevokeAsync(record.Id, CancellationToken.None)));
        var exception = await Assert.ThrowsAsync<RpcException>(() => Anonymous.ListTasksAsync(new ListTasksRequest(), headers).ResponseAsync);

        Assert.Empty(before.Tasks);
        Assert.Equal(StatusCode.Unauthenticated, exception.StatusCode);
    }

    [Fact]
    public async Task AUserCannotReadWatchCancelOrListAnotherUsersTask()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var owner = await stack.UserAsync("owner-b");
        var intruder = await stack.UserAsync("intruder-a");
        var submitted = await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), owner);
        var taskId = submitted.TaskId;

        var read = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = taskId }, intruder).ResponseAsync);
        var watched = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var watch = stack.Tasks.WatchTask(new WatchTaskRequest { TaskId = taskId }, intruder);
            await watch.ResponseStream.MoveNext(CancellationToken.None);
        });
        var cancelled = await Assert.ThrowsAsync<RpcException>(() =>
            stack.Tasks.CancelTaskAsync(new CancelTaskRequest { TaskId = taskId }, intruder).ResponseAsync);
        var listed = await stack.Tasks.ListTasksAsync(new ListTasksRequest(), intruder);
        using var restRead = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/task/{taskId}");
        restRead.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await stack.KeyFor("intruder-a"));
        using var restResponse = await rest.SendAsync(restRead);
        var afterwards = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = taskId }, owner);

        // NOT_FOUND, exactly as for a task that does not exist: nothing tells the intruder the task is there.
        Assert.All([read, watched, cancelled], e => Assert.Equal(StatusCode.NotFound, e.StatusCode));
        Assert.DoesNotContain(listed.Tasks, t => t.TaskId == taskId);
        Assert.Equal(HttpStatusCode.NotFound, restResponse.StatusCode);
        Assert.NotEqual(TaskState.Cancelled, afterwards.Status);
    }

    [Fact]
    public async Task AnAdminKeySeesEveryonesTasks()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var submitted = await stack.Tasks.SubmitTaskAsync(TaskEvents.Submission(repository.Path), await stack.UserAsync("someone"));
        var admin = await stack.UserAsync("operator", admin: true);

        var read = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, admin);
        var listed = await stack.Tasks.ListTasksAsync(new ListTasksRequest { PageSize = 100 }, admin);

        Assert.Equal("someone", read.UserId);
        Assert.Contains(listed.Tasks, t => t.TaskId == submitted.TaskId);
    }

    [Fact]
    public async Task AKeyInTheUrlIsNotAcceptedAndNoKeyEverReachesTheLog()
    {
        var key = await stack.KeyFor("careful-user");
        using var withHeader = new HttpRequestMessage(HttpMethod.Get, "/api/v1/task");
        withHeader.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var accepted = await rest.SendAsync(withHeader);

        using var inUrl = await rest.GetAsync($"/api/v1/task?api_key={Uri.EscapeDataString(key)}&access_token={Uri.EscapeDataString(key)}");
        await Assert.ThrowsAsync<RpcException>(() =>
            Anonymous.ListTasksAsync(new ListTasksRequest(), new Metadata { { "authorization", $"Bearer {key}x" } }).ResponseAsync);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, inUrl.StatusCode);
        var secret = key.Split('_', 3)[2];
        Assert.DoesNotContain(stack.Api.Output.Lines, line => line.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAdminCommandCreatesListsAndRevokesKeys()
    {
        var created = await KeysAsync("create", "--user", "cli-user");
        var key = created.Lines[^1];
        var keyId = key.Split('_')[1];
        var headers = new Metadata { { "authorization", $"Bearer {key}" } };
        var listedTasks = await Anonymous.ListTasksAsync(new ListTasksRequest(), headers);
        var listing = await KeysAsync("list");
        var revoked = await KeysAsync("revoke", keyId);
        var exception = await Assert.ThrowsAsync<RpcException>(() => Anonymous.ListTasksAsync(new ListTasksRequest(), headers).ResponseAsync);
        var unknown = await KeysAsync("revoke", "000000000000");
        var badUser = await KeysAsync("create", "--user", "no spaces");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("asa_", key);
        Assert.Empty(listedTasks.Tasks);
        Assert.Contains(listing.Lines, line => line.StartsWith($"{keyId}  cli-user  created ", StringComparison.Ordinal));
        // The listing names keys; it never shows one.
        Assert.DoesNotContain(listing.Lines, line => line.Contains(key.Split('_', 3)[2], StringComparison.Ordinal));
        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(StatusCode.Unauthenticated, exception.StatusCode);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(2, badUser.ExitCode);
        Assert.Contains("--user must be", badUser.Text);
    }

    private Task<CommandResult> KeysAsync(params string[] arguments) =>
        Command.RunAsync(new ProcessSpec("asa-keys", "dotnet", [SolutionPaths.ProjectAssembly("Asa.Api"), "keys", .. arguments])
        {
            Environment = new Dictionary<string, string?> { ["ConnectionStrings__asa-db"] = stack.DatabaseConnectionString },
        }, TestTimeouts.Command);

    [Fact]
    public async Task HealthChecksNeedNoKey()
    {
        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    public void Dispose()
    {
        rest.Dispose();
        channel.Dispose();
    }
}

public sealed class LocalAuthTests(LocalAuthStack stack) : IClassFixture<LocalAuthStack>
{
    [Fact]
    public async Task WithoutKeysEveryCallIsTheLocalUserAndTheApiSaysSoAtStart()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{stack.GrpcPort}");
        var anonymous = new TaskService.TaskServiceClient(channel);

        var submitted = await anonymous.SubmitTaskAsync(TaskEvents.Submission(repository.Path));
        var keys = await Assert.ThrowsAsync<RpcException>(() =>
            new KeyService.KeyServiceClient(channel).ListKeysAsync(new ListKeysRequest()).ResponseAsync);

        Assert.Equal("local", submitted.UserId);
        Assert.Equal(StatusCode.FailedPrecondition, keys.StatusCode);
        Assert.Contains(stack.Api.Output.Lines, line => line.Contains("Auth:Mode is local: no API keys; every call is the single local user 'local'", StringComparison.Ordinal));
    }
}
