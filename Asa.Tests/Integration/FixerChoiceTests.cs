using Asa.Corpus;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Tests.Infrastructure.Samples;
using Microsoft.EntityFrameworkCore;

namespace Asa.Tests.Integration;

/// <summary>On a worker with a model, a task's own fixer and model decide who repairs it and which model is asked.</summary>
public sealed class FixerChoiceTests(ModelStack stack) : IClassFixture<ModelStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(5);

    private FakeOpenAiServer Model => stack.Model;

    [Fact]
    public async Task ATaskAskingForTheEngineIsFixedByItWithoutAnyModelCall()
    {
        var corpusCase = CorpusCatalog.LoadCase(Path.Combine(CorpusCatalog.Locate(SolutionPaths.Root), "py-clamp-bounds"));
        Model.Reset();
        using var repository = await CorpusCheckout.RepositoryAsync(corpusCase, CancellationToken.None);

        var (task, events) = await RepairAsync(new SubmitTaskRequest
        {
            RepoUrl = repository.Path, BugDescription = corpusCase.Description, TestCommand = corpusCase.TestCommand, Fixer = "engine",
        });

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal("engine", task.Fixer);
        Assert.DoesNotContain(TaskState.GeneratingTest, events.States());
        Assert.Contains("embedded repair engine", task.Fix.Rationale);
        Assert.Equal([("before_fix", false), ("after_fix", true)], task.Tests.Select(t => (t.Phase, t.Passed)));
        Assert.Empty(Model.Received);
        Assert.Null(task.Cost);
    }

    [Fact]
    public async Task ATaskAskingForAnotherModelHasEveryCallSentToItAndRecordedUnderIt()
    {
        var sample = BuggySamples.Python;
        Model.Reset();
        Model.ReplyTo(ModelScript.Cit, sample.CitReply(), promptTokens: 1500, completionTokens: 200);
        Model.ReplyTo(ModelScript.CodeAgent, sample.FixReply, promptTokens: 3000, completionTokens: 250);
        Model.ReplyTo(ModelScript.Guardian, ModelScript.Approve, promptTokens: 800, completionTokens: 20);
        using var repository = await sample.Repository().BuildAsync();

        var (task, _) = await RepairAsync(new SubmitTaskRequest
        {
            RepoUrl = repository.Path, BugDescription = sample.BugDescription, TestCommand = sample.TestCommand, Model = "other-model",
        });
        var recordedModels = await stack.WithDatabaseAsync(db => db.LlmUsage
            .Where(u => u.TaskId == Guid.Parse(task.TaskId)).Select(u => u.Model).ToListAsync());

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal(("", "other-model"), (task.Fixer, task.Model));
        Assert.Equal(3, Model.Received.Count);
        Assert.All(Model.Received, request => Assert.Equal("other-model", request.Body["model"]!.GetValue<string>()));
        Assert.Equal(["other-model", "other-model", "other-model"], recordedModels);
        // other-model has no known price, unlike the worker's gpt-4o-mini, so its calls cost nothing.
        Assert.Equal((3, 0d), (task.Cost.ModelCalls, task.Cost.CostUsd));
    }

    private async Task<(AsaTask Task, IReadOnlyList<TaskEvent> Events)> RepairAsync(SubmitTaskRequest request)
    {
        var headers = await stack.UserAsync(AsaStack.DefaultUser);
        var submitted = await stack.Tasks.SubmitTaskAsync(request, headers);
        var events = await stack.Tasks.WatchToEndAsync(submitted.TaskId, headers, RepairTimeout);
        return (await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, headers), events);
    }
}
