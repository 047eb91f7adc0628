namespace Asa.Repair.Verification;

/// <summary>The repository's whole test suite, when the task's test command selects part of it, and its run before the fix.</summary>
public sealed record WholeSuiteBaseline(string Command, TestSuiteRun Before);
