using Asa.Corpus;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Tests.Infrastructure.Samples;

namespace Asa.Tests.Integration;

/// <summary>With Engine:Mode=First, the embedded engine is a cheap first try after the model's reproduction test.</summary>
public sealed class EngineFirstTests(EngineFirstModelStack stack) : IClassFixture<EngineFirstModelStack>
{
    private static readonly TimeSpan RepairTimeout = TimeSpan.FromMinutes(4);

    private FakeOpenAiServer Model => stack.Model;

    [Fact]
    public async Task TheEngineFixesWhatOneSmallEditFixesAndTheModelIsNotAskedForAFix()
    {
        var corpusCase = CorpusCatalog.LoadCase(Path.Combine(CorpusCatalog.Locate(SolutionPaths.Root), "py-clamp-bounds"));
        Model.Reset();
        Model.ReplyTo(ModelScript.Cit, BuggySample.CitReply("tests/test_discount_cap.py", "python3 -m pytest -q tests/test_discount_cap.py",
            "from pricing import clamp_discount\n\n\ndef test_discount_is_capped():\n    assert clamp_discount(0.8) == 0.5\n"));
        Model.ReplyTo(ModelScript.Guardian, ModelScript.Approve);
        using var repository = await CorpusCheckout.RepositoryAsync(corpusCase, CancellationToken.None);

        var task = await RepairAsync(repository.Path, corpusCase.Description, corpusCase.TestCommand);

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.Equal("fixed", task.RepairSearch.Stopped);
        Assert.Contains("embedded repair engine", task.Fix.Rationale);
        Assert.Equal(["pricing.py", "tests/test_discount_cap.py"], task.Fix.ChangedFiles.Order(StringComparer.Ordinal));
        Assert.Empty(Model.RequestsFor(ModelScript.CodeAgent));
        // The model guardian reviews the engine's fix like any other.
        Assert.Contains("pricing.py", Assert.Single(Model.RequestsFor(ModelScript.Guardian)).LastUserMessage());
        Assert.Equal(
            [("before_fix", false), ("reproduction", false), ("reproduction_after_fix", true), ("after_fix", true)],
            task.Tests.Select(t => (t.Phase, t.Passed)));
    }

    [Fact]
    public async Task WhatTheEngineCannotFixGoesToTheModel()
    {
        var sample = BuggySamples.Python;
        Model.Reset();
        Model.ReplyTo(ModelScript.Cit, sample.CitReply());
        Model.ReplyTo(ModelScript.CodeAgent, sample.FixReply);
        Model.ReplyTo(ModelScript.Guardian, ModelScript.Approve);
        using var repository = await sample.Repository().BuildAsync();

        var task = await RepairAsync(repository.Path, sample.BugDescription, sample.TestCommand);

        Assert.True(task.Status == TaskState.Completed, $"{task.Status}: {task.Error?.Message}");
        Assert.NotEqual("fixed", task.RepairSearch.Stopped);
        Assert.Equal(0, task.RepairSearch.Passed);
        Assert.DoesNotContain("embedded repair engine", task.Fix.Rationale);
        Assert.Single(Model.RequestsFor(ModelScript.CodeAgent));
        Assert.Contains(sample.BuggyFile, task.Fix.ChangedFiles);
    }

    private async Task<AsaTask> RepairAsync(string repository, string bug, string testCommand)
    {
        var headers = await stack.UserAsync(AsaStack.DefaultUser);
        var submitted = await stack.Tasks.SubmitTaskAsync(new SubmitTaskRequest { RepoUrl = repository, BugDescription = bug, TestCommand = testCommand }, headers);
        await stack.Tasks.WatchToEndAsync(submitted.TaskId, headers, RepairTimeout);
        return await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId }, headers);
    }
}
