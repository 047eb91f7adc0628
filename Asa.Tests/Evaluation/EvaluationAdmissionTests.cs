using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Grpc.Core;

namespace Asa.Tests.Evaluation;

/// <summary>A stack with no worker and a daily limit of two tasks a user, so a run of three cases meets the limit.</summary>
public sealed class TightQuotaStack() : AsaStack(new AsaStackOptions
{
    Workers = 0,
    Api = new Dictionary<string, string> { ["Limits__MaxSubmissionsPerUserPerDay"] = "2" },
});

public sealed class EvaluationAdmissionTests(TightQuotaStack stack) : IClassFixture<TightQuotaStack>
{
    [Fact]
    public async Task ACaseTheAdmissionRefusesIsRecordedNotAdmittedAndARunWithNothingAdmittedIsNotKept()
    {
        var evaluations = new EvaluationService.EvaluationServiceClient(stack.Channel);
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        foreach (var name in (string[])["quota-a", "quota-b", "quota-c"])
        {
            await evaluations.RegisterEvaluationCaseAsync(new RegisterEvaluationCaseRequest
            {
                EvaluationCase = new EvaluationCase { Name = name, RepoUrl = repository.Path, BugDescription = "add(2, 3) returns -1 instead of 5." },
            });
        }

        var run = await evaluations.StartEvaluationRunAsync(new StartEvaluationRunRequest { Label = "over the limit" });

        Assert.Equal(3, run.Cases);
        Assert.Equal(["running", "running", "not admitted"], run.Results.Select(result => result.State));
        Assert.Equal(TaskState.Queued, run.Results[0].TaskStatus);
        Assert.Empty(run.Results[2].TaskId);
        Assert.Contains("Daily submission limit reached", run.Results[2].Summary);
        Assert.Null(run.FinishedAt);

        var refused = await Assert.ThrowsAsync<RpcException>(() => evaluations.StartEvaluationRunAsync(new StartEvaluationRunRequest()).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains("Daily submission limit reached", refused.Status.Detail);
        var runs = await evaluations.ListEvaluationRunsAsync(new ListEvaluationRunsRequest());
        Assert.Equal([run.RunId], runs.Runs.Select(r => r.RunId));
    }
}
