using Asa.Api.Access;
using Asa.Core.Data;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Microsoft.EntityFrameworkCore;

namespace Asa.Api.Tasks;

/// <summary>Reads tasks and their events; a user only ever sees their own tasks, an admin everyone's.</summary>
public sealed class TaskQueries(AsaDbContext db)
{
    public Task<TaskRecord?> FindAsync(Caller caller, Guid taskId, CancellationToken cancellationToken) =>
        VisibleTo(caller).SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);

    public async Task<(IReadOnlyList<TaskRecord> Tasks, TaskPageCursor? Next)> ListAsync(
        Caller caller, TaskState? status, int pageSize, TaskPageCursor? after, CancellationToken cancellationToken)
    {
        var query = VisibleTo(caller);
        if (status is { } wanted)
        {
            var name = wanted.ToName();
            query = query.Where(t => t.Status == name);
        }
        if (after is { } cursor)
        {
            query = query.Where(t => t.CreatedAt < cursor.CreatedAt || (t.CreatedAt == cursor.CreatedAt && t.Id < cursor.TaskId));
        }
        var page = await query
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        if (page.Count <= pageSize)
        {
            return (page, null);
        }
        var last = page[pageSize - 1];
        return (page[..pageSize], new TaskPageCursor(last.CreatedAt, last.Id));
    }

    public async Task<IReadOnlyList<TestRunRecord>> TestRunsOfAsync(Guid taskId, CancellationToken cancellationToken) =>
        await db.TestRuns.AsNoTracking().Where(r => r.TaskId == taskId).OrderBy(r => r.RanAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>The prompt files the task's model calls were built from, oldest first.</summary>
    public async Task<IReadOnlyList<PromptVersionRecord>> PromptVersionsOfAsync(Guid taskId, CancellationToken cancellationToken) =>
        await db.PromptVersions.AsNoTracking()
            .Where(p => db.LlmUsage.Any(u => u.TaskId == taskId && u.PromptVersionId == p.Id))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The model usage of each task that has any, by task.</summary>
    public async Task<IReadOnlyDictionary<Guid, TaskCost>> CostsOfAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken cancellationToken)
    {
        var rows = await db.LlmUsage.AsNoTracking()
            .Where(u => taskIds.Contains(u.TaskId))
            .GroupBy(u => u.TaskId)
            .Select(g => new
            {
                TaskId = g.Key,
                Prompt = g.Sum(u => (long)u.PromptTokens),
                Completion = g.Sum(u => (long)u.CompletionTokens),
                Cost = g.Sum(u => u.CostUsd),
                Calls = g.LongCount(u => u.Status != LlmCallStatus.Cached),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.TaskId, r => new TaskCost
        {
            PromptTokens = r.Prompt, CompletionTokens = r.Completion, CostUsd = (double)r.Cost, ModelCalls = r.Calls,
        });
    }

    private IQueryable<TaskRecord> VisibleTo(Caller caller) =>
        caller.IsAdmin ? db.Tasks.AsNoTracking() : db.Tasks.AsNoTracking().Where(t => t.UserId == caller.UserId);

    public async Task<IReadOnlyList<TaskEventRecord>> EventsAfterAsync(Guid taskId, long afterSeq, CancellationToken cancellationToken) =>
        await db.TaskEvents.AsNoTracking()
            .Where(e => e.TaskId == taskId && e.Seq > afterSeq)
            .OrderBy(e => e.Seq)
            .ToListAsync(cancellationToken);
}
