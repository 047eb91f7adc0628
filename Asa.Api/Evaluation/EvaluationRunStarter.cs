using Asa.Api.Grpc;
using Asa.Api.Tasks;
using Asa.Core.Data;
using Asa.Core.Errors;
using Asa.Protos.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Asa.Api.Evaluation;

/// <summary>
/// Starts a run: submits each selected case as a task of the caller, through the same validation and admission as any
/// submission (so the queue and daily limits hold), and records a result row per case that the workers fill in once the
/// task has ended. A case the admission refuses is recorded "not admitted" with the reason; if none is admitted, the run
/// is not kept and the refusal is the answer.
/// </summary>
public sealed class EvaluationRunStarter(
    AsaDbContext db,
    SubmitTaskValidator submissions,
    TaskAdmission admission,
    TimeProvider clock,
    ILogger<EvaluationRunStarter> logger)
{
    public const int MaxLabelLength = 200;

    public async Task<string> StartAsync(StartEvaluationRunRequest request, string userId, CancellationToken cancellationToken)
    {
        var cases = await SelectCasesAsync(request, cancellationToken);
        // The fixer and model are checked as a submission checks them, once, before anything is admitted.
        submissions.Validate(Submission(cases[0], request), userId);

        var run = new EvaluationRunRecord
        {
            Id = Guid.CreateVersion7().ToString(),
            UserId = userId,
            Label = NullIfEmpty(request.Label),
            Fixer = NullIfEmpty(request.Fixer),
            Model = NullIfEmpty(request.Model),
            Category = NullIfEmpty(request.Category),
            Difficulty = NullIfEmpty(request.Difficulty),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.EvaluationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        AsaException? refusal = null;
        var admitted = 0;
        foreach (var evaluationCase in cases)
        {
            var result = new EvaluationResultRecord
            {
                CaseId = evaluationCase.Id,
                RunId = run.Id,
                State = EvaluationResultStates.Running,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            try
            {
                var task = submissions.Validate(Submission(evaluationCase, request), userId);
                result.TaskId = (await admission.AdmitAsync(task, cancellationToken)).TaskId;
                admitted++;
            }
            catch (Exception exception) when (exception is AsaException or RpcException { StatusCode: StatusCode.InvalidArgument })
            {
                refusal = exception as AsaException ?? refusal;
                result.State = EvaluationResultStates.NotAdmitted;
                result.Summary = $"Not admitted: {(exception as RpcException)?.Status.Detail ?? exception.Message}";
                result.RecordedAt = result.CreatedAt;
            }
            db.EvaluationResults.Add(result);
            // Saved case by case: a task admitted is a result recorded, even if the caller goes away half-way.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        if (admitted == 0)
        {
            db.EvaluationRuns.Remove(run);
            await db.SaveChangesAsync(CancellationToken.None);
            throw refusal ?? AsaException.Permanent("No case of the run could be submitted.");
        }
        logger.LogInformation("Evaluation run {RunId} started by {UserId}: {Admitted} of {Cases} case(s) submitted", run.Id, userId, admitted, cases.Count);
        return run.Id;
    }

    private async Task<IReadOnlyList<EvaluationCaseRecord>> SelectCasesAsync(StartEvaluationRunRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (request.Label.Length > MaxLabelLength || request.Label.Any(char.IsControl))
        {
            errors.Add("label", $"must be at most {MaxLabelLength} characters, without control characters");
        }
        var names = request.CaseNames.Select(name => name.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var query = db.EvaluationCases.AsNoTracking();
        if (request.Category.Length > 0)
        {
            query = query.Where(c => c.Category == request.Category);
        }
        if (request.Difficulty.Length > 0)
        {
            query = query.Where(c => c.Difficulty == request.Difficulty);
        }
        if (names.Count > 0)
        {
            var known = await db.EvaluationCases.AsNoTracking().Where(c => names.Contains(c.Name)).Select(c => c.Name).ToListAsync(cancellationToken);
            foreach (var unknown in names.Except(known, StringComparer.Ordinal))
            {
                errors.Add("case_names", $"'{unknown}' is not a registered evaluation case");
            }
            query = query.Where(c => names.Contains(c.Name));
        }
        errors.ThrowIfAny();

        var cases = await query.OrderBy(c => c.Name).ToListAsync(cancellationToken);
        if (cases.Count == 0)
        {
            throw FieldErrors.Single(names.Count > 0 ? "case_names" : "category",
                $"no registered case matches (category '{request.Category}', difficulty '{request.Difficulty}', {names.Count} name(s)); register cases first");
        }
        return cases;
    }

    private static SubmitTaskRequest Submission(EvaluationCaseRecord evaluationCase, StartEvaluationRunRequest run)
    {
        var request = new SubmitTaskRequest { RepoUrl = evaluationCase.RepoUrl, BugDescription = evaluationCase.BugDescription };
        if (evaluationCase.TestCommand is { } testCommand)
        {
            request.TestCommand = testCommand;
        }
        if (run.Fixer.Length > 0)
        {
            request.Fixer = run.Fixer;
        }
        if (run.Model.Length > 0)
        {
            request.Model = run.Model;
        }
        return request;
    }

    private static string? NullIfEmpty(string value) => value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
