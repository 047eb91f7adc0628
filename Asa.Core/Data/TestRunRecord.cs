namespace Asa.Core.Data;

/// <summary>
/// A row of <c>test_runs</c>: one command a task ran in the sandbox (setup, the tests before the fix, after it),
/// how it ended and the end of its output. One row per task, phase and attempt; a stage that runs again
/// replaces its row.
/// </summary>
public sealed class TestRunRecord
{
    public long Id { get; set; }
    public Guid TaskId { get; set; }
    public required string Phase { get; set; }
    public int Attempt { get; set; } = 1;
    public required string Command { get; set; }
    public int ExitCode { get; set; }
    public bool Passed { get; set; }
    public List<string> LimitsHit { get; set; } = [];
    public long DurationMs { get; set; }
    public required string OutputTail { get; set; }
    public DateTime RanAt { get; set; }
}
