using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Google.Rpc;
using Grpc.Core;

namespace Asa.Tests.Evaluation;

/// <summary>Cases registered, run as tasks by the embedded engine, judged by held-back checks, reported and compared.</summary>
public sealed class EvaluationRunTests(EngineStack stack) : IClassFixture<EngineStack>
{
    private const string Bug = "add(2, 3) returns -1 instead of 5: add() subtracts its second argument.";
    private const string CheckCommand = "python3 -m pytest -q heldback";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(6);

    private EvaluationService.EvaluationServiceClient Evaluations => new(stack.Channel);

    [Fact]
    public async Task ARunRecordsWhetherEachCaseWasFixedAndWhetherTheFixPassedItsHeldBackCheckAndTwoRunsCompareCaseByCase()
    {
        await using var worker = await stack.EngineWorkerAsync();
        using var buggy = await GitRepositoryBuilder.PythonProject().BuildAsync();
        using var passing = await new GitRepositoryBuilder()
            .WithFile("calculator.py", "def add(a, b):\n    return a + b\n")
            .WithFile("test_calculator.py", "from calculator import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n")
            .Commit("A calculator that works").BuildAsync();

        await RegisterAsync("calc-add", buggy.Path, "arithmetic", "easy", HeldBack("assert add(10, 5) == 15"));
        // Its held-back test expects something no correct add() does, so the verified fix is judged incorrect.
        await RegisterAsync("calc-add-strict", buggy.Path, "arithmetic", "hard", HeldBack("assert add(2, 2) == 5"));
        await RegisterAsync("calc-nothing-wrong", passing.Path, "", "easy", HeldBack("assert add(1, 1) == 2"));

        var first = await Evaluations.StartEvaluationRunAsync(new StartEvaluationRunRequest { Fixer = "engine", Label = "first" });
        Assert.Equal(3, first.Cases);
        Assert.All(first.Results, result => Assert.NotEmpty(result.TaskId));
        var finished = await Evaluations.WaitForFinishAsync(first.RunId, RunTimeout);

        var results = finished.Results.ToDictionary(result => result.CaseName);
        Assert.All(results.Values, result => Assert.Equal("recorded", result.State));
        Assert.True(results["calc-add"].Passed);
        Assert.True(results["calc-add"].Correct, results["calc-add"].Summary);
        Assert.Equal(TaskState.Completed, results["calc-add"].TaskStatus);
        Assert.True(results["calc-add"].Attempts >= 1);
        Assert.True(results["calc-add"].Duration.ToTimeSpan() > TimeSpan.Zero);
        Assert.True(results["calc-add-strict"].Passed);
        Assert.False(results["calc-add-strict"].Correct);
        Assert.Contains("held-back check failed", results["calc-add-strict"].Summary);
        Assert.False(results["calc-nothing-wrong"].Passed);
        Assert.False(results["calc-nothing-wrong"].Correct);
        Assert.Equal(TaskState.Failed, results["calc-nothing-wrong"].TaskStatus);
        Assert.Contains("FAILED", results["calc-nothing-wrong"].Summary);
        // The run's tasks are ordinary tasks of the caller who started it.
        var task = await stack.Tasks.GetTaskAsync(new GetTaskRequest { TaskId = results["calc-add"].TaskId });
        Assert.Equal(AsaStack.DefaultUser, task.UserId);
        Assert.Equal(TaskState.Completed, task.Status);

        var report = await Evaluations.GetEvaluationReportAsync(new GetEvaluationReportRequest { RunId = first.RunId });
        Assert.Equal((3, 3, 2, 3, 1), (report.Overall.Cases, report.Overall.Recorded, report.Overall.Passed, report.Overall.Checked, report.Overall.Correct));
        Assert.Equal(2.0 / 3, report.Overall.PassRate, 6);
        Assert.Equal(1.0 / 3, report.Overall.CorrectnessRate, 6);
        Assert.True(report.Overall.MedianDuration.ToTimeSpan() > TimeSpan.Zero);
        Assert.Equal(0, report.Overall.TotalCostUsd);
        Assert.Equal(["(none)", "arithmetic"], report.ByCategory.Select(group => group.Group));
        Assert.Equal((2, 2, 1), (report.ByCategory[1].Cases, report.ByCategory[1].Passed, report.ByCategory[1].Correct));
        Assert.Equal(["easy", "hard"], report.ByDifficulty.Select(group => group.Group));
        Assert.Equal((2, 1, 1), (report.ByDifficulty[0].Cases, report.ByDifficulty[0].Passed, report.ByDifficulty[0].Correct));

        var annotated = await Evaluations.AnnotateEvaluationResultAsync(new AnnotateEvaluationResultRequest
        {
            RunId = first.RunId, CaseName = "calc-add-strict", Notes = "The held-back test itself is wrong.",
        });
        Assert.Equal("The held-back test itself is wrong.", annotated.Notes);

        // The strict case's check is corrected, and a second run of the two buggy cases fixes both correctly.
        await RegisterAsync("calc-add-strict", buggy.Path, "arithmetic", "hard", HeldBack("assert add(2, 2) == 4"));
        var second = await Evaluations.StartEvaluationRunAsync(new StartEvaluationRunRequest
        {
            CaseNames = { "calc-add", "calc-add-strict" }, Fixer = "engine", Label = "second",
        });
        await Evaluations.WaitForFinishAsync(second.RunId, RunTimeout);

        var comparison = await Evaluations.CompareEvaluationRunsAsync(new CompareEvaluationRunsRequest { BaseRunId = first.RunId, OtherRunId = second.RunId });
        Assert.Equal(["calc-add-strict"], comparison.FixedOnlyInOther);
        Assert.Empty(comparison.FixedOnlyInBase);
        Assert.Equal(
            [("calc-add", "fixed in both"), ("calc-add-strict", "fixed only in other"), ("calc-nothing-wrong", "only in base run")],
            comparison.Cases.Select(c => (c.CaseName, c.Change)));
        Assert.Equal(1.0, comparison.Other.Overall.CorrectnessRate);

        var runs = await Evaluations.ListEvaluationRunsAsync(new ListEvaluationRunsRequest());
        Assert.Equal([second.RunId, first.RunId], runs.Runs.Select(run => run.RunId).Take(2));
        Assert.Equal(("second", 2, 2), (runs.Runs[0].Label, runs.Runs[0].Cases, runs.Runs[0].Recorded));
    }

    [Fact]
    public async Task BadCasesAndRunsAreRefusedNamingEveryBadField()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => Evaluations.RegisterEvaluationCaseAsync(new RegisterEvaluationCaseRequest
        {
            EvaluationCase = new EvaluationCase
            {
                Name = "Bad Name",
                RepoUrl = "",
                BugDescription = Bug,
                CheckFiles = { ["../outside.py"] = "x = 1\n" },
            },
        }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(
            ["evaluation_case.check_files", "evaluation_case.name", "evaluation_case.repo_url"],
            refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Distinct().Order());

        var unknown = await Assert.ThrowsAsync<RpcException>(() => Evaluations.StartEvaluationRunAsync(
            new StartEvaluationRunRequest { CaseNames = { "no-such-case" } }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, unknown.StatusCode);
        Assert.Contains("'no-such-case' is not a registered evaluation case", unknown.Status.Detail);

        var missing = await Assert.ThrowsAsync<RpcException>(() => Evaluations.GetEvaluationRunAsync(
            new GetEvaluationRunRequest { RunId = Guid.NewGuid().ToString() }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        var malformed = await Assert.ThrowsAsync<RpcException>(() => Evaluations.GetEvaluationReportAsync(
            new GetEvaluationReportRequest { RunId = "yesterday" }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
    }

    private static Dictionary<string, string> HeldBack(string assertion) => new()
    {
        ["heldback/test_heldback.py"] = $"from calculator import add\n\n\ndef test_heldback():\n    {assertion}\n",
    };

    private async Task RegisterAsync(string name, string repository, string category, string difficulty, Dictionary<string, string> checkFiles)
    {
        var registered = await Evaluations.RegisterEvaluationCaseAsync(new RegisterEvaluationCaseRequest
        {
            EvaluationCase = new EvaluationCase
            {
                Name = name,
                RepoUrl = repository,
                BugDescription = Bug,
                TestCommand = "python3 -m pytest -q test_calculator.py",
                Category = category,
                Difficulty = difficulty,
                CheckCommand = CheckCommand,
                CheckFiles = { checkFiles },
            },
        });
        Assert.Equal(checkFiles.Count, registered.CheckFileCount);
    }
}
