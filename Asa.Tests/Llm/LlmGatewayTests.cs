using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Asa.Core.Errors;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Worker.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Asa.Tests.Llm;

public sealed class LlmGatewayTests(GatewayStores stores) : IClassFixture<GatewayStores>, IAsyncLifetime
{
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task SuccessfulCallRecordsOneUsageRowWithTokensCostAndASpan()
    {
        server.ReplyWith("the fix", promptTokens: 1200, completionTokens: 300);
        await using var services = GatewayHost.Build(GatewayHost.Compatible(server.BaseUrl), stores.DataSource, stores.Redis);
        var request = Request("fix the bug");
        var spans = new List<Activity>();
        using var listener = ListenTo(ChatClientFactory.ActivitySourceName, spans);
        // Other test classes call models at the same time; this test's span is the one in its own trace.
        using var trace = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();
        var costs = new List<(double Cost, string? Purpose)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == LlmMetrics.MeterName && instrument.Name == "asa.llm.cost")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            var purpose = tags.ToArray().FirstOrDefault(t => t.Key == "asa.purpose").Value as string;
            lock (costs)
            {
                costs.Add((value, purpose));
            }
        });
        meters.Start();

        var response = await services.GetRequiredService<LlmGateway>().CompleteAsync(request, Timeout()).WaitAsync(TestTimeouts.Call);

        Assert.Equal("the fix", response.Text);
        var row = Assert.Single(await UsageRowsAsync(request.TaskId));
        Assert.Equal(("gpt-4o-mini", "code_agent", 1200, 300, "OK"), (row.Model, row.Purpose, row.PromptTokens, row.CompletionTokens, row.Status));
        Assert.Equal((1200 * 0.15m + 300 * 0.60m) / 1_000_000m, row.CostUsd);
        lock (costs)
        {
            Assert.Contains(((double)((1200 * 0.15m + 300 * 0.60m) / 1_000_000m), "code_agent"), costs);
        }
        var span = Assert.Single(spans, s => s.TraceId == trace.TraceId);
        Assert.Equal(1200L, Convert.ToInt64(span.GetTagItem("gen_ai.usage.input_tokens")));
        Assert.Equal("gpt-4o-mini", span.GetTagItem("gen_ai.request.model"));
    }

    [Fact]
    public async Task RateLimitedCallIsRetriedAfterTheRetryAfterDelayAndSucceeds()
    {
        server.FailWith(HttpStatusCode.TooManyRequests, "requests", "rate_limit_exceeded", "Rate limit reached", TimeSpan.FromSeconds(2));
        server.ReplyWith("after waiting", promptTokens: 10, completionTokens: 2);
        await using var services = GatewayHost.Build(GatewayHost.Compatible(server.BaseUrl), stores.DataSource, stores.Redis);
        var stopwatch = Stopwatch.StartNew();

        var response = await services.GetRequiredService<LlmGateway>().CompleteAsync(Request("hello"), Timeout()).WaitAsync(TestTimeouts.Call);

        Assert.Equal("after waiting", response.Text);
        Assert.Equal(2, server.Received.Count);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1.9), $"retried after {stopwatch.Elapsed}, before the 2 s retry-after");
    }

    [Fact]
    public async Task RejectedKeyIsNotRetriedAndNamesTheKeySetting()
    {
        server.FailWith(HttpStatusCode.Unauthorized, "invalid_request_error", "invalid_api_key", "Incorrect API key provided");
        await using var services = GatewayHost.Build(GatewayHost.Compatible(server.BaseUrl, apiKey: "wrong-key"), stores.DataSource, stores.Redis);
        var request = Request("hello");

        var failure = await Assert.ThrowsAsync<AsaException>(() => services.GetRequiredService<LlmGateway>().CompleteAsync(request, Timeout()));

        Assert.Equal(ErrorClass.Permanent, failure.ErrorClass);
        Assert.Contains("Llm:ApiKey", failure.Message);
        Assert.Single(server.Received);
        Assert.Equal("Bearer wrong-key", server.Received[0].Authorization);
        var row = Assert.Single(await UsageRowsAsync(request.TaskId));
        Assert.Equal("PERMANENT", row.Status);
        Assert.Contains("Incorrect API key", row.Error);
    }

    [Fact]
    public async Task ServerErrorIsRetriedAndSucceeds()
    {
        server.FailWith(HttpStatusCode.ServiceUnavailable, "server_error", "overloaded", "The server is overloaded");
        server.ReplyWith("second time lucky", promptTokens: 10, completionTokens: 3);
        await using var services = GatewayHost.Build(GatewayHost.Compatible(server.BaseUrl), stores.DataSource, stores.Redis);

        var response = await services.GetRequiredService<LlmGateway>().CompleteAsync(Request("hello"), Timeout()).WaitAsync(TestTimeouts.Call);

        Assert.Equal("second time lucky", response.Text);
        Assert.Equal(2, server.Received.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "model_not_found", "The model `gpt-4o-mini` does not exist", "Model 'gpt-4o-mini' was not found")]
    [InlineData(HttpStatusCode.BadRequest, "context_length_exceeded", "This model's maximum context length is 128000 tokens", "longer than the context of model 'gpt-4o-mini'")]
    public async Task PermanentRefusalIsNotRetriedAndNamesTheCause(HttpStatusCode status, string code, string message, string cause)
    {
        server.FailWith(status, "invalid_request_error", code, message);
        await using var services = GatewayHost.Build(GatewayHost.Compatible(server.BaseUrl), stores.DataSource, stores.Redis);

        var failure = await Assert.ThrowsAsync<AsaException>(() => services.GetRequiredService<LlmGateway>().CompleteAsync(Request("hello"), Timeout()));

        Assert.Equal(ErrorClass.Permanent, failure.ErrorClass);
        Assert.Contains(cause, failure.Message);
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task RequestOverTheTaskTokenBudgetIsRefusedBeforeItIsSent()
    {
        var settings = GatewayHost.Compatible(server.BaseUrl);
        settings["Llm:Budget:TaskTokens"] = "50";
        await using var services = GatewayHost.Build(settings, stores.DataSource, stores.Redis);
        var request = Request(string.Join(' ', Enumerable.Repeat("reproduce the failing test", 20)));

        var failure = await Assert.ThrowsAsync<AsaException>(() => services.GetRequiredService<LlmGateway>().CompleteAsync(request, Timeout()));

        Assert.Equal(ErrorClass.Resource, failure.ErrorClass);
        Assert.Contains("task token budget of 50 tokens", failure.Message);
        Assert.Empty(server.Received);
        Assert.Empty(await UsageRowsAsync(request.TaskId));
    }

    [Fact]
    public async Task UserDailyCostBudgetCountsTodaysEarlierCallsButNotYesterdays()
    {
        var userId = $"user-{Guid.NewGuid():N}";
        var otherUserId = $"user-{Guid.NewGuid():N}";
        await InsertUsageAsync(userId, 49.9999m, DateTime.UtcNow);
        await InsertUsageAsync(otherUserId, 500m, DateTime.UtcNow.Date.AddHours(-1));
        server.ReplyWith("fine", promptTokens: 10, completionTokens: 2);
        await using var services = GatewayHost.Build(GatewayHost.Compatible(server.BaseUrl), stores.DataSource, stores.Redis);
        var gateway = services.GetRequiredService<LlmGateway>();
        var options = new ChatOptions { MaxOutputTokens = 1000 };

        var failure = await Assert.ThrowsAsync<AsaException>(() => gateway.CompleteAsync(Request("hello", userId, options), Timeout()));
        var allowed = await gateway.CompleteAsync(Request("hello", otherUserId, options), Timeout()).WaitAsync(TestTimeouts.Call);

        Assert.Equal(ErrorClass.Resource, failure.ErrorClass);
        Assert.Contains("daily cost budget of $50 per user", failure.Message);
        Assert.Equal("fine", allowed.Text);
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task TheSameRequestOfATaskIsAnsweredFromTheCacheWithoutASecondCallOrCharge()
    {
        server.ReplyWith("cached answer", promptTokens: 400, completionTokens: 100);
        await using var services = GatewayHost.Build(GatewayHost.Compatible(server.BaseUrl), stores.DataSource, stores.Redis);
        var gateway = services.GetRequiredService<LlmGateway>();
        var request = Request("why does the test fail?");

        var first = await gateway.CompleteAsync(request, Timeout()).WaitAsync(TestTimeouts.Call);
        var again = await gateway.CompleteAsync(request, Timeout()).WaitAsync(TestTimeouts.Call);
        server.ReplyWith("another sample", promptTokens: 400, completionTokens: 100);
        server.ReplyWith("another task", promptTokens: 400, completionTokens: 100);
        var otherSample = await gateway.CompleteAsync(request with { Sample = 2 }, Timeout()).WaitAsync(TestTimeouts.Call);
        var otherTask = await gateway.CompleteAsync(request with { TaskId = Guid.NewGuid() }, Timeout()).WaitAsync(TestTimeouts.Call);

        Assert.Equal(("cached answer", "cached answer"), (first.Text, again.Text));
        Assert.Equal(("another sample", "another task"), (otherSample.Text, otherTask.Text));
        Assert.Equal(3, server.Received.Count);
        var rows = await UsageRowsAsync(request.TaskId);
        Assert.Equal(["CACHED", "OK", "OK"], rows.Select(r => r.Status).Order(StringComparer.Ordinal));
        var cached = rows.Single(r => r.Status == "CACHED");
        Assert.Equal((0m, 0, 0), (cached.CostUsd, cached.PromptTokens, cached.CompletionTokens));
    }

    [Fact]
    public async Task AWorkerSecretInAPromptIsMaskedBeforeTheRequestLeaves()
    {
        const string apiKey = "sk-test-0123456789abcdefghij";
        server.ReplyWith("ok", promptTokens: 10, completionTokens: 1);
        var settings = GatewayHost.Compatible(server.BaseUrl, apiKey);
        settings["ConnectionStrings:asa-db"] = "Host=127.0.0.1;Username=asa;Password=db-password-4242";
        await using var services = GatewayHost.Build(settings, stores.DataSource, stores.Redis);

        await services.GetRequiredService<LlmGateway>()
            .CompleteAsync(Request($"the config says key={apiKey} and the db uses db-password-4242"), Timeout()).WaitAsync(TestTimeouts.Call);

        var sent = Assert.Single(server.Received).Body.ToJsonString();
        Assert.DoesNotContain(apiKey, sent);
        Assert.DoesNotContain("db-password-4242", sent);
        Assert.Contains("key=[redacted] and the db uses [redacted]", sent);
        Assert.Equal($"Bearer {apiKey}", server.Received[0].Authorization);
    }

    [Fact]
    public async Task TheGitHubTokenInAPromptIsMaskedBeforeTheRequestLeaves()
    {
        const string configured = "ghp_configured0123456789abcdef";
        const string fromEnvironment = "github_pat_environment0123456789";
        server.ReplyWith("ok", promptTokens: 10, completionTokens: 1);
        var settings = GatewayHost.Compatible(server.BaseUrl);
        settings["Delivery:GitHubToken"] = configured;
        settings["GITHUB_TOKEN"] = fromEnvironment;
        await using var services = GatewayHost.Build(settings, stores.DataSource, stores.Redis);

        await services.GetRequiredService<LlmGateway>()
            .CompleteAsync(Request($"the CI log prints {configured} and {fromEnvironment}"), Timeout()).WaitAsync(TestTimeouts.Call);

        var sent = Assert.Single(server.Received).Body.ToJsonString();
        Assert.DoesNotContain(configured, sent);
        Assert.DoesNotContain(fromEnvironment, sent);
        Assert.Contains("the CI log prints [redacted] and [redacted]", sent);
    }

    private static LlmRequest Request(string prompt, string? userId = null, ChatOptions? options = null) =>
        new(Guid.NewGuid(), userId ?? $"user-{Guid.NewGuid():N}", "code_agent",
            [new ChatMessage(ChatRole.System, "You fix bugs."), new ChatMessage(ChatRole.User, prompt)], options);

    private static CancellationToken Timeout() => new CancellationTokenSource(TestTimeouts.Call).Token;

    private static ActivityListener ListenTo(string sourceName, List<Activity> spans)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == sourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) spans.Add(activity); },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private async Task<List<UsageRow>> UsageRowsAsync(Guid taskId)
    {
        await using var command = stores.DataSource.CreateCommand(
            "SELECT model, purpose, prompt_tokens, completion_tokens, cost_usd, status, error FROM llm_usage WHERE task_id = @task");
        command.Parameters.AddWithValue("task", taskId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<UsageRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new UsageRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                reader.GetDecimal(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }
        return rows;
    }

    private async Task InsertUsageAsync(string userId, decimal cost, DateTime createdAt)
    {
        await using var command = stores.DataSource.CreateCommand("""
            INSERT INTO llm_usage (task_id, user_id, model, purpose, prompt_tokens, completion_tokens, cost_usd, latency_ms, status, created_at)
            VALUES (@task, @user, 'gpt-4o-mini', 'code_agent', 1, 1, @cost, 1, 'ok', @created)
            """);
        command.Parameters.AddWithValue("task", Guid.NewGuid());
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("cost", cost);
        command.Parameters.AddWithValue("created", createdAt);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record UsageRow(string Model, string Purpose, int PromptTokens, int CompletionTokens, decimal CostUsd, string Status, string? Error);
}
