namespace Asa.Repair;

/// <summary>The steps of a repair, each a status the task shows while the repair is in it.</summary>
public enum RepairStep
{
    GeneratingFix,
    ValidatingSecurity,
    ApplyingFix,
    TestingAfterFix,
}
