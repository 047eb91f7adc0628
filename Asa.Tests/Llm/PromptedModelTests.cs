using Asa.Core.Errors;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Worker.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace Asa.Tests.Llm;

public sealed class PromptedModelTests(GatewayStores stores) : IClassFixture<GatewayStores>, IAsyncLifetime
{
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task AReplyOutsideTheSchemaGetsOneRoundTripNamingTheProblemAndThenCounts()
    {
        server.ReplyWith("""{"verdict": "maybe", "reasons": []}""", promptTokens: 300, completionTokens: 10);
        server.ReplyWith("""Here you go: {"verdict": "reject", "reasons": ["It deletes the assertion."]}""", promptTokens: 350, completionTokens: 12);
        await using var services = GatewayHost.Build(GatewayHost.Compatible(server.BaseUrl), stores.DataSource, stores.Redis);
        var question = GuardianQuestion();

        var answer = await services.GetRequiredService<PromptedModel>().AskAsync(question, Timeout()).WaitAsync(TestTimeouts.Call);

        Assert.Equal(1, answer.RepairRounds);
        Assert.Equal("reject", answer.Value["verdict"]!.GetValue<string>());
        Assert.Equal(2, server.Received.Count);
        var repair = server.Received[1].Body["messages"]!.AsArray();
        Assert.Equal(4, repair.Count);
        Assert.Equal("assistant", repair[2]!["role"]!.GetValue<string>());
        Assert.Contains("does not match the output schema", FakeOpenAiServer.ContentText(repair[3]!["content"]));
        Assert.Contains("/verdict", FakeOpenAiServer.ContentText(repair[3]!["content"]));
        Assert.Equal(["guardian v1", "guardian v1"], await PromptVersionsOfCallsAsync(question.TaskId));
    }

    [Fact]
    public async Task ASecondUnusableReplyIsAPermanentErrorNamingTheProblem()
    {
        server.ReplyWith("Looks fine to me.", promptTokens: 300, completionTokens: 5);
        server.ReplyWith("Still fine, really.", promptTokens: 320, completionTokens: 5);
        await using var services = GatewayHost.Build(GatewayHost.Compatible(server.BaseUrl), stores.DataSource, stores.Redis);

        var failure = await Assert.ThrowsAsync<AsaException>(() => services.GetRequiredService<PromptedModel>().AskAsync(GuardianQuestion(), Timeout()));

        Assert.Equal(ErrorClass.Permanent, failure.ErrorClass);
        Assert.Contains("guardian v1 reply was unusable twice", failure.Message);
        Assert.Contains("must be one JSON object", failure.Message);
        Assert.Equal(2, server.Received.Count);
    }

    [Fact]
    public async Task AnEditThatDoesNotApplyIsToldToTheModelAndTheCorrectedReplyIsUsed()
    {
        const string notMatching = """
            RATIONALE: add() subtracts its arguments.
            CONFIDENCE: 0.8

            calc.py
            <<<<<<< SEARCH
            return a - c
            =======
            return a + b
            >>>>>>> REPLACE
            """;
        server.ReplyWith(notMatching, promptTokens: 900, completionTokens: 60);
        server.ReplyWith(notMatching.Replace("a - c", "a - b"), promptTokens: 1000, completionTokens: 60);
        await using var services = GatewayHost.Build(GatewayHost.Compatible(server.BaseUrl), stores.DataSource, stores.Redis);
        var checkedReplies = 0;
        var question = new ModelQuestion(Guid.NewGuid(), $"user-{Guid.NewGuid():N}", "code_agent", new Dictionary<string, string>
        {
            ["bug_description"] = "add(2, 3) returns -1 instead of 5.",
            ["reproduction_test"] = "test_add.py",
            ["failure_output"] = "assert -1 == 5",
            ["code_context"] = "calc.py",
            ["feedback"] = "",
        }, Check: (text, _) => ++checkedReplies == 1 ? "edit 1 (calc.py) did not match the file" : null);

        var answer = await services.GetRequiredService<PromptedModel>().AskAsync(question, Timeout()).WaitAsync(TestTimeouts.Call);

        Assert.Equal(2, checkedReplies);
        Assert.Contains("a - b", answer.Text);
        Assert.Equal("search_replace", answer.Value["edits"]![0]!["kind"]!.GetValue<string>());
        Assert.Contains("edit 1 (calc.py) did not match the file",
            FakeOpenAiServer.ContentText(server.Received[1].Body["messages"]![3]!["content"]));
    }

    private static ModelQuestion GuardianQuestion() => new(Guid.NewGuid(), $"user-{Guid.NewGuid():N}", "guardian", new Dictionary<string, string>
    {
        ["bug_description"] = "add(2, 3) returns -1 instead of 5.",
        ["rationale"] = "Remove the failing assertion.",
        ["diff"] = "-    assert add(2, 3) == 5",
    });

    private async Task<List<string>> PromptVersionsOfCallsAsync(Guid taskId)
    {
        await using var command = stores.DataSource.CreateCommand("""
            SELECT p.name || ' v' || p.version FROM llm_usage u JOIN prompt_versions p ON p.id = u.prompt_version_id
             WHERE u.task_id = @task ORDER BY u.id
            """);
        command.Parameters.AddWithValue("task", taskId);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TestTimeouts.Call).Token;
}
