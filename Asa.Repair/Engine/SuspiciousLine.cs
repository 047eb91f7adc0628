namespace Asa.Repair.Engine;

/// <summary>
/// A line of a source file the evidence points at, how strongly, and why; <see cref="KnownToRun"/> when the failing
/// tests are known to execute it (measured, or named by the failure's stack frames).
/// </summary>
public sealed record SuspiciousLine(string Path, int Line, double Score, IReadOnlyList<string> Reasons, bool KnownToRun = false)
{
    public override string ToString() => $"{Path}:{Line} ({Score:0.00})";
}
