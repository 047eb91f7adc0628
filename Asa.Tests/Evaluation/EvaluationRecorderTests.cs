using System.Text.Json;
using Asa.Core.Data;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Google.Protobuf;

namespace Asa.Tests.Evaluation;

/// <summary>The workers' side of evaluation, on results seeded the way a run leaves them.</summary>
public sealed class EvaluationRecorderTests(EngineStack stack) : IClassFixture<EngineStack>
{
    private static readonly TimeSpan RecordTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task AnEndedTaskIsJudgedWithItsModelCostAndAClaimLeftByADeadWorkerIsTakenOver()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var paid = await SeedCompletedTaskAsync(repository, costs: [0.0123m, 0.0077m]);
        var orphaned = await SeedCompletedTaskAsync(repository, costs: []);
        var runId = Guid.CreateVersion7().ToString();
        var caseName = $"seeded-{runId[^8..]}";
        var stale = DateTime.UtcNow.AddHours(-1);
        await stack.WithDatabaseAsync(async db =>
        {
            var evaluationCase = new EvaluationCaseRecord
            {
                Name = caseName, RepoUrl = repository.Path, BugDescription = "add() subtracts instead of adding",
                CheckCommand = "python3 -m pytest -q heldback",
                CheckFiles = JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["heldback/test_more.py"] = "from calculator import add\n\n\ndef test_more():\n    assert add(10, 5) == 15\n",
                }),
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            };
            db.EvaluationCases.Add(evaluationCase);
            db.EvaluationRuns.Add(new EvaluationRunRecord { Id = runId, UserId = AsaStack.DefaultUser, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            db.EvaluationResults.Add(new EvaluationResultRecord
            {
                CaseId = evaluationCase.Id, RunId = runId, TaskId = paid, State = EvaluationResultStates.Running, CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var secondRunId = Guid.CreateVersion7().ToString();
        await stack.WithDatabaseAsync(async db =>
        {
            var caseId = db.EvaluationCases.Single(c => c.Name == caseName).Id;
            db.EvaluationRuns.Add(new EvaluationRunRecord { Id = secondRunId, UserId = AsaStack.DefaultUser, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            db.EvaluationResults.Add(new EvaluationResultRecord
            {
                CaseId = caseId, RunId = secondRunId, TaskId = orphaned, State = EvaluationResultStates.Checking,
                CheckClaimedBy = "a-worker-that-died", CheckClaimedAt = stale, CreatedAt = stale,
            });
            return await db.SaveChangesAsync();
        });

        await using var worker = await stack.EngineWorkerAsync();
        var evaluations = new EvaluationService.EvaluationServiceClient(stack.Channel);
        var first = await evaluations.WaitForFinishAsync(runId, RecordTimeout);
        var second = await evaluations.WaitForFinishAsync(secondRunId, RecordTimeout);

        var judged = Assert.Single(first.Results);
        Assert.Equal(("recorded", true, true, 1), (judged.State, judged.Passed, judged.Correct, judged.Attempts));
        Assert.Equal(0.02, judged.CostUsd, 9);
        Assert.Equal(TimeSpan.FromMinutes(2), judged.Duration.ToTimeSpan());
        Assert.Contains("held-back check passed", judged.Summary);
        var takenOver = Assert.Single(second.Results);
        Assert.Equal(("recorded", true, true), (takenOver.State, takenOver.Passed, takenOver.Correct));
        Assert.Equal(0, takenOver.CostUsd);
        var claims = await stack.WithDatabaseAsync(db => Task.FromResult(db.EvaluationResults
            .Where(r => r.RunId == runId || r.RunId == secondRunId).Select(r => r.CheckClaimedBy).ToList()));
        Assert.All(claims, Assert.Null);
    }

    private async Task<Guid> SeedCompletedTaskAsync(GitRepository repository, decimal[] costs)
    {
        var id = Guid.NewGuid();
        var ended = DateTime.UtcNow;
        await stack.WithDatabaseAsync(db =>
        {
            db.Tasks.Add(new TaskRecord
            {
                Id = id, UserId = AsaStack.DefaultUser, Status = "COMPLETED", RepoUrl = repository.Path,
                BugDescription = "add() subtracts instead of adding", BaseBranch = repository.DefaultBranch, CommitSha = repository.Head,
                CreatedAt = ended.AddMinutes(-3), UpdatedAt = ended, StartedAt = ended.AddMinutes(-2), EndedAt = ended,
                Fix = JsonFormatter.Default.Format(CompletedTaskSeed.Fix),
            });
            foreach (var cost in costs)
            {
                db.LlmUsage.Add(new LlmUsageRecord
                {
                    TaskId = id, UserId = AsaStack.DefaultUser, Model = "gpt-4o-mini", Purpose = "code_agent", Status = LlmCallStatus.Ok,
                    PromptTokens = 1000, CompletionTokens = 100, CostUsd = cost, CreatedAt = ended,
                });
            }
            return db.SaveChangesAsync();
        });
        return id;
    }
}
