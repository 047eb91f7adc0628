namespace Asa.Core.Tasks;

/// <summary>The phases a task runs commands in, as stored in <c>test_runs.phase</c> and shown to clients.</summary>
public static class TestPhases
{
    public const string Setup = "setup";

    /// <summary>The user's tests before any change.</summary>
    public const string BeforeFix = "before_fix";

    /// <summary>A generated reproduction test before any change; it must fail. One attempt per test written.</summary>
    public const string Reproduction = "reproduction";

    /// <summary>The reproduction test with a candidate fix; it must pass. One attempt per candidate.</summary>
    public const string ReproductionAfterFix = "reproduction_after_fix";

    /// <summary>The user's tests with a candidate fix; they must pass. One attempt per candidate.</summary>
    public const string AfterFix = "after_fix";

    /// <summary>The repository's whole suite before any change, when the user's test command selects part of it.</summary>
    public const string SuiteBeforeFix = "suite_before_fix";

    /// <summary>The whole suite with a candidate fix; no test that passed before may fail. One attempt per candidate.</summary>
    public const string SuiteAfterFix = "suite_after_fix";
}
