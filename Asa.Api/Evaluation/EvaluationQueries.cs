using System.Text.Json;
using Asa.Api.Grpc;
using Asa.Core.Data;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Asa.Api.Evaluation;

/// <summary>Reads evaluation cases, runs and results in their API shapes; a result running now shows its task's current status.</summary>
public sealed class EvaluationQueries(AsaDbContext db)
{
    public async Task<IReadOnlyList<EvaluationCaseRecord>> CasesAsync(string? category, string? difficulty, CancellationToken cancellationToken)
    {
        var query = db.EvaluationCases.AsNoTracking();
        if (category is { Length: > 0 })
        {
            query = query.Where(c => c.Category == category);
        }
        if (difficulty is { Length: > 0 })
        {
            query = query.Where(c => c.Difficulty == difficulty);
        }
        return await query.OrderBy(c => c.Name).ToListAsync(cancellationToken);
    }

    public async Task<EvaluationRun> RunAsync(string runId, bool withResults, CancellationToken cancellationToken)
    {
        var record = await db.EvaluationRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Evaluation run {runId} was not found."));
        var results = await ResultsAsync(runId, cancellationToken);
        var run = MapRun(record, results.Count, results.Count(EvaluationReports.IsRecorded));
        if (withResults)
        {
            run.Results.AddRange(results);
        }
        return run;
    }

    public async Task<IReadOnlyList<EvaluationRun>> RunsAsync(int count, CancellationToken cancellationToken)
    {
        var records = await db.EvaluationRuns.AsNoTracking().OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Take(count).ToListAsync(cancellationToken);
        var ids = records.Select(r => r.Id).ToList();
        var counts = await db.EvaluationResults.AsNoTracking().Where(r => ids.Contains(r.RunId))
            .GroupBy(r => r.RunId)
            .Select(g => new { RunId = g.Key, Cases = g.Count(), Recorded = g.Count(r => r.State == EvaluationResultStates.Recorded) })
            .ToDictionaryAsync(g => g.RunId, cancellationToken);
        return records.Select(record => counts.TryGetValue(record.Id, out var count)
            ? MapRun(record, count.Cases, count.Recorded)
            : MapRun(record, 0, 0)).ToList();
    }

    public async Task<EvaluationReport> ReportAsync(string runId, CancellationToken cancellationToken)
    {
        var run = await RunAsync(runId, withResults: true, cancellationToken);
        return EvaluationReports.Build(run, run.Results);
    }

    public async Task<IReadOnlyList<EvaluationResult>> ResultsAsync(string runId, CancellationToken cancellationToken)
    {
        var rows = await (
                from result in db.EvaluationResults.AsNoTracking()
                join evaluationCase in db.EvaluationCases.AsNoTracking() on result.CaseId equals evaluationCase.Id
                join task in db.Tasks.AsNoTracking() on result.TaskId equals task.Id into tasks
                from task in tasks.DefaultIfEmpty()
                where result.RunId == runId
                orderby evaluationCase.Name
                select new { Result = result, evaluationCase.Name, evaluationCase.Category, evaluationCase.Difficulty, LiveStatus = task == null ? null : task.Status })
            .ToListAsync(cancellationToken);
        return rows.Select(row => MapResult(row.Result, row.Name, row.Category, row.Difficulty, row.LiveStatus)).ToList();
    }

    public static EvaluationCase MapCase(EvaluationCaseRecord record, bool withFiles)
    {
        var files = record.CheckFiles is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(record.CheckFiles) ?? [];
        var mapped = new EvaluationCase
        {
            Name = record.Name,
            RepoUrl = record.RepoUrl,
            BugDescription = record.BugDescription,
            TestCommand = record.TestCommand ?? "",
            ExpectedBehavior = record.ExpectedBehavior ?? "",
            Difficulty = record.Difficulty ?? "",
            Category = record.Category ?? "",
            CheckCommand = record.CheckCommand ?? "",
            CheckFileCount = files.Count,
            CreatedAt = Timestamps.From(record.CreatedAt),
            UpdatedAt = Timestamps.From(record.UpdatedAt),
        };
        if (withFiles)
        {
            mapped.CheckFiles.Add(files);
        }
        return mapped;
    }

    public static EvaluationRun MapRun(EvaluationRunRecord record, int cases, int recorded)
    {
        var run = new EvaluationRun
        {
            RunId = record.Id,
            Label = record.Label ?? "",
            Fixer = record.Fixer ?? "",
            Model = record.Model ?? "",
            UserId = record.UserId,
            Category = record.Category ?? "",
            Difficulty = record.Difficulty ?? "",
            CreatedAt = Timestamps.From(record.CreatedAt),
            Cases = cases,
            Recorded = recorded,
        };
        if (record.FinishedAt is { } finished)
        {
            run.FinishedAt = Timestamps.From(finished);
        }
        return run;
    }

    public static EvaluationResult MapResult(EvaluationResultRecord record, string caseName, string? category, string? difficulty, string? liveTaskStatus)
    {
        var status = record.State == EvaluationResultStates.Recorded ? record.TaskStatus : liveTaskStatus;
        var result = new EvaluationResult
        {
            CaseName = caseName,
            Category = category ?? "",
            Difficulty = difficulty ?? "",
            TaskId = record.TaskId?.ToString() ?? "",
            State = record.State,
            TaskStatus = ProtoEnumNames<TaskState>.TryParse(status, out var parsed) ? parsed : TaskState.Unspecified,
            Passed = record.Passed,
            Duration = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(record.DurationMs)),
            CostUsd = (double)record.CostUsd,
            Attempts = record.Attempts,
            Summary = record.Summary ?? "",
            Notes = record.Notes ?? "",
        };
        if (record.Correct is { } correct)
        {
            result.Correct = correct;
        }
        if (record.RecordedAt is { } recordedAt)
        {
            result.RecordedAt = Timestamps.From(recordedAt);
        }
        return result;
    }
}
