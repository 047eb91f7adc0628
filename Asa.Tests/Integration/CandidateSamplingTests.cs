using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Asa.Tests.Infrastructure.Samples;

namespace Asa.Tests.Integration;

/// <summary>Several candidate fixes per round, verified side by side in sandbox forks.</summary>
public sealed class CandidateSamplingTests(SampledModelStack stack) : IClassFixture<SampledModelStack>
{
    private const string LongerFix = """
        RATIONALE: Name the two middle values and average them when the count is even, keeping the odd case as it was.
        CONFIDENCE: 0.8

        src/metrics.py
        <<<<<<< SEARCH
            ordered = sorted(values)
            middle = len(ordered) // 2
            return ordered[middle]
        =======
            ordered = sorted(values)
            count = len(ordered)
            middle = count // 2
            if count % 2 == 1:
                return ordered[middle]
            lower = ordered[middle - 1]
            upper = ordered[middle]
            return (lower + upper) / 2
        >>>>>>> REPLACE
        """;

    [Fact]
    public async Task BothCandidatesAreVerifiedAndTheSmallestThatPassesIsKept()
    {
        var sample = BuggySamples.Python;
        stack.Model.Reset();
        stack.Model.ReplyTo(ModelScript.Cit, sample.CitReply());
        stack.Model.ReplyTo(ModelScript.CodeAgent, LongerFix);
        stack.Model.ReplyTo(ModelScript.CodeAgent, sample.FixReply);
        stack.Model.ReplyTo(ModelScript.Guardian, ModelScript.Approve);
        stack.Model.ReplyTo(ModelScript.Guardian, ModelScript.Approve);
        using var repository = await sample.Repository().BuildAsync();

        var submitted = await stack.Tasks.SubmitTaskAsync(new SubmitTaskRequest
        {
            RepoUrl = repository.Path, BugDescription = sample.BugDescription, TestCommand = sample.TestCommand,
        });
        await stack.Tasks.WatchToEndAsync(submitted.TaskId, timeout: TimeSpan.FromMinutes(3));
        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = submitted.TaskId });

        Assert.Equal(TaskState.Completed, task.Status);
        Assert.Contains("(ordered[middle - 1] + ordered[middle]) / 2", task.Fix.Diff);
        Assert.DoesNotContain("lower = ordered", task.Fix.Diff);
        // Both were asked with the same prompt as different samples, so neither came from the other's cache entry.
        Assert.Equal(2, stack.Model.RequestsFor(ModelScript.CodeAgent).Count);
        Assert.Equal([1, 2], task.Tests.Where(t => t.Phase == "after_fix" && t.Passed).Select(t => t.Attempt).Order());
        Assert.Single(task.Fix.ChangedFiles, "src/metrics.py");
    }
}
