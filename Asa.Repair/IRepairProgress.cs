namespace Asa.Repair;

/// <summary>
/// What a repair tells the task's watchers: the step it is in, what it did, and every command it ran. The worker
/// implements it over the task journal; every line carries a key, so a resumed repair does not log it twice.
/// </summary>
public interface IRepairProgress
{
    Task EnterAsync(RepairStep step, CancellationToken cancellationToken);

    Task LogAsync(RepairStep step, bool warning, string message, string dedupeKey, CancellationToken cancellationToken);

    /// <summary>Keeps a command run as a test run of the task, under its phase and the candidate's number.</summary>
    Task RecordRunAsync(string what, RunPhase phase, int candidate, string command, CommandRun run, CancellationToken cancellationToken);

    /// <summary>Keeps the account of the engine's search with the task.</summary>
    Task RecordSearchAsync(Engine.SearchSummary summary, CancellationToken cancellationToken);
}
