namespace Asa.Repair;

/// <summary>A sandbox limit that stopped a run.</summary>
public enum RunLimit
{
    Time,
    Memory,
    Output,
    Processes,
}
