namespace Asa.Tests.Infrastructure;

/// <summary>
/// The ASA back end with no model, for the embedded repair engine: it starts with no worker, so each test starts
/// one with the engine settings it is about (<see cref="EngineWorkerAsync"/>).
/// </summary>
public sealed class EngineStack() : AsaStack(new AsaStackOptions { Workers = 0 })
{
    /// <summary>Starts a worker with the engine on (Engine:Mode=Auto) and these settings; dispose it to kill it.</summary>
    public async Task<IAsyncDisposable> EngineWorkerAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var worker = await AddWorkerAsync(new Dictionary<string, string>
        {
            ["Engine__Mode"] = "Auto",
            ["Engine__TimeLimit"] = "00:04:00",
            ["Engine__Parallelism"] = "2",
        }.Concat(settings ?? new Dictionary<string, string>()).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Value));
        return new WorkerLease(this, worker);
    }

    private sealed class WorkerLease(AsaStack stack, ServiceProcess worker) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(stack.KillWorkerAsync(worker));
    }
}
