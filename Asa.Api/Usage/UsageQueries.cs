using Asa.Api.Access;
using Asa.Core.Data;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Microsoft.EntityFrameworkCore;

namespace Asa.Api.Usage;

/// <summary>Model usage and tasks by outcome per UTC day and user, from <c>llm_usage</c> and <c>tasks</c>.</summary>
public sealed class UsageQueries(AsaDbContext db)
{
    private static readonly string Completed = TaskState.Completed.ToName();
    private static readonly string Failed = TaskState.Failed.ToName();
    private static readonly string Cancelled = TaskState.Cancelled.ToName();

    public async Task<IReadOnlyList<UsageDay>> PerDayAsync(Caller caller, DateOnly since, CancellationToken cancellationToken)
    {
        var from = since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var calls = db.LlmUsage.AsNoTracking().Where(u => u.CreatedAt >= from);
        var tasks = db.Tasks.AsNoTracking().Where(t => t.CreatedAt >= from);
        if (!caller.IsAdmin)
        {
            calls = calls.Where(u => u.UserId == caller.UserId);
            tasks = tasks.Where(t => t.UserId == caller.UserId);
        }

        var model = await calls
            .GroupBy(u => new { u.CreatedAt.Date, u.UserId })
            .Select(g => new
            {
                g.Key.Date,
                g.Key.UserId,
                Prompt = g.Sum(u => (long)u.PromptTokens),
                Completion = g.Sum(u => (long)u.CompletionTokens),
                Cost = g.Sum(u => u.CostUsd),
                Calls = g.LongCount(u => u.Status != LlmCallStatus.Cached),
            })
            .ToListAsync(cancellationToken);
        var outcomes = await tasks
            .GroupBy(t => new { t.CreatedAt.Date, t.UserId })
            .Select(g => new
            {
                g.Key.Date,
                g.Key.UserId,
                Submitted = g.LongCount(),
                Completed = g.LongCount(t => t.Status == Completed),
                Failed = g.LongCount(t => t.Status == Failed),
                Cancelled = g.LongCount(t => t.Status == Cancelled),
            })
            .ToListAsync(cancellationToken);

        var days = new SortedDictionary<(DateTime Date, string UserId), UsageTotals>();
        UsageTotals At(DateTime date, string user) =>
            days.TryGetValue((date, user), out var totals) ? totals : days[(date, user)] = new UsageTotals();
        foreach (var row in model)
        {
            var totals = At(row.Date, row.UserId);
            totals.PromptTokens = row.Prompt;
            totals.CompletionTokens = row.Completion;
            totals.CostUsd = (double)row.Cost;
            totals.ModelCalls = row.Calls;
        }
        foreach (var row in outcomes)
        {
            var totals = At(row.Date, row.UserId);
            totals.TasksSubmitted = row.Submitted;
            totals.TasksCompleted = row.Completed;
            totals.TasksFailed = row.Failed;
            totals.TasksCancelled = row.Cancelled;
        }
        return days.Select(day => new UsageDay
        {
            Date = DateOnly.FromDateTime(day.Key.Date).ToString("yyyy-MM-dd"),
            UserId = day.Key.UserId,
            Usage = day.Value,
        }).ToList();
    }
}
