namespace Asa.Worker.Repair.Engine;

/// <summary>A line of a source file the evidence points at, how strongly, and why.</summary>
public sealed record SuspiciousLine(string Path, int Line, double Score, IReadOnlyList<string> Reasons)
{
    public override string ToString() => $"{Path}:{Line} ({Score:0.00})";
}
