using Asa.Api.Grpc;
using Asa.Core.Data;
using Asa.Protos.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Asa.Api.Evaluation;

/// <summary>
/// The evaluation API. Cases, runs and reports are the team's: every caller may read and add to them; the tasks a run
/// submits belong to the caller who started it, like any other task.
/// </summary>
public sealed class EvaluationGrpcService(
    AsaDbContext db,
    EvaluationCaseValidator caseValidator,
    EvaluationRunStarter starter,
    EvaluationQueries queries,
    TimeProvider clock) : EvaluationService.EvaluationServiceBase
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;
    private const int MaxNotesLength = 2000;

    public override async Task<EvaluationCase> RegisterEvaluationCase(RegisterEvaluationCaseRequest request, ServerCallContext context)
    {
        if (request.EvaluationCase is null)
        {
            throw FieldErrors.Single("evaluation_case", "is required");
        }
        var candidate = caseValidator.Validate(request.EvaluationCase, CallerIdentity.Of(context).UserId, clock.GetUtcNow().UtcDateTime);
        var existing = await db.EvaluationCases.SingleOrDefaultAsync(c => c.Name == candidate.Name, context.CancellationToken);
        if (existing is null)
        {
            db.EvaluationCases.Add(candidate);
            existing = candidate;
        }
        else
        {
            // Replaced in place: results of earlier runs keep pointing at the case by its id.
            existing.RepoUrl = candidate.RepoUrl;
            existing.BugDescription = candidate.BugDescription;
            existing.TestCommand = candidate.TestCommand;
            existing.ExpectedBehavior = candidate.ExpectedBehavior;
            existing.Difficulty = candidate.Difficulty;
            existing.Category = candidate.Category;
            existing.CheckCommand = candidate.CheckCommand;
            existing.CheckFiles = candidate.CheckFiles;
            existing.UpdatedAt = candidate.UpdatedAt;
        }
        await db.SaveChangesAsync(context.CancellationToken);
        return EvaluationQueries.MapCase(existing, withFiles: true);
    }

    public override async Task<ListEvaluationCasesResponse> ListEvaluationCases(ListEvaluationCasesRequest request, ServerCallContext context)
    {
        var cases = await queries.CasesAsync(request.Category, request.Difficulty, context.CancellationToken);
        return new ListEvaluationCasesResponse { Cases = { cases.Select(c => EvaluationQueries.MapCase(c, withFiles: false)) } };
    }

    public override async Task<EvaluationRun> StartEvaluationRun(StartEvaluationRunRequest request, ServerCallContext context)
    {
        var runId = await starter.StartAsync(request, CallerIdentity.Of(context).UserId, context.CancellationToken);
        return await queries.RunAsync(runId, withResults: true, CancellationToken.None);
    }

    public override Task<EvaluationRun> GetEvaluationRun(GetEvaluationRunRequest request, ServerCallContext context) =>
        queries.RunAsync(RunIdOf(request.RunId, "run_id"), withResults: true, context.CancellationToken);

    public override async Task<ListEvaluationRunsResponse> ListEvaluationRuns(ListEvaluationRunsRequest request, ServerCallContext context)
    {
        if (request.PageSize is < 0 or > MaxPageSize)
        {
            throw FieldErrors.Single("page_size", $"must be between 1 and {MaxPageSize} (0 means {DefaultPageSize})");
        }
        var runs = await queries.RunsAsync(request.PageSize == 0 ? DefaultPageSize : request.PageSize, context.CancellationToken);
        return new ListEvaluationRunsResponse { Runs = { runs } };
    }

    public override Task<EvaluationReport> GetEvaluationReport(GetEvaluationReportRequest request, ServerCallContext context) =>
        queries.ReportAsync(RunIdOf(request.RunId, "run_id"), context.CancellationToken);

    public override async Task<EvaluationComparison> CompareEvaluationRuns(CompareEvaluationRunsRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        CheckRunId(errors, request.BaseRunId, "base_run_id");
        CheckRunId(errors, request.OtherRunId, "other_run_id");
        errors.ThrowIfAny();
        var baseReport = await queries.ReportAsync(request.BaseRunId, context.CancellationToken);
        var otherReport = await queries.ReportAsync(request.OtherRunId, context.CancellationToken);
        return EvaluationReports.Compare(baseReport, otherReport);
    }

    public override async Task<EvaluationResult> AnnotateEvaluationResult(AnnotateEvaluationResultRequest request, ServerCallContext context)
    {
        var errors = new FieldErrors();
        CheckRunId(errors, request.RunId, "run_id");
        if (request.CaseName.Length == 0)
        {
            errors.Add("case_name", "is required");
        }
        if (request.Notes.Length > MaxNotesLength)
        {
            errors.Add("notes", $"is {request.Notes.Length} characters; the limit is {MaxNotesLength:N0}");
        }
        errors.ThrowIfAny();

        var result = await (
                from row in db.EvaluationResults
                join evaluationCase in db.EvaluationCases on row.CaseId equals evaluationCase.Id
                where row.RunId == request.RunId && evaluationCase.Name == request.CaseName
                select row)
            .SingleOrDefaultAsync(context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound,
                $"Evaluation run {request.RunId} has no result for case '{request.CaseName}'."));
        result.Notes = request.Notes.Trim() is { Length: > 0 } notes ? notes : null;
        await db.SaveChangesAsync(context.CancellationToken);
        var results = await queries.ResultsAsync(request.RunId, context.CancellationToken);
        return results.Single(r => r.CaseName == request.CaseName);
    }

    private static string RunIdOf(string runId, string field)
    {
        var errors = new FieldErrors();
        CheckRunId(errors, runId, field);
        errors.ThrowIfAny();
        return runId;
    }

    private static void CheckRunId(FieldErrors errors, string runId, string field)
    {
        if (!Guid.TryParse(runId, out _))
        {
            errors.Add(field, runId.Length == 0 ? "is required" : $"'{runId}' is not an evaluation run id");
        }
    }
}
