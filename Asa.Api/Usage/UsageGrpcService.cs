using System.Globalization;
using Asa.Api.Grpc;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Api.Usage;

/// <summary>Usage per day: the caller's own, or everyone's for an admin.</summary>
public sealed class UsageGrpcService(UsageQueries usage, TimeProvider clock) : UsageService.UsageServiceBase
{
    private const int DefaultDays = 30;
    private const int MaxDays = 366;

    public override async Task<GetUsageResponse> GetUsage(GetUsageRequest request, ServerCallContext context)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = today.AddDays(-DefaultDays);
        if (request.Since.Length > 0)
        {
            if (!DateOnly.TryParseExact(request.Since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out since))
            {
                throw FieldErrors.Single("since", $"'{request.Since}' is not a date as YYYY-MM-DD");
            }
            if (since > today || since < today.AddDays(-MaxDays))
            {
                throw FieldErrors.Single("since", $"must be between {today.AddDays(-MaxDays):yyyy-MM-dd} and today, {today:yyyy-MM-dd}");
            }
        }

        var days = await usage.PerDayAsync(CallerIdentity.Of(context), since, context.CancellationToken);
        var totals = new UsageTotals();
        foreach (var day in days.Select(d => d.Usage))
        {
            totals.PromptTokens += day.PromptTokens;
            totals.CompletionTokens += day.CompletionTokens;
            totals.CostUsd += day.CostUsd;
            totals.ModelCalls += day.ModelCalls;
            totals.TasksSubmitted += day.TasksSubmitted;
            totals.TasksCompleted += day.TasksCompleted;
            totals.TasksFailed += day.TasksFailed;
            totals.TasksCancelled += day.TasksCancelled;
        }
        return new GetUsageResponse { Days = { days }, Totals = totals };
    }
}
