namespace Asa.Core.Tasks;

/// <summary>The phases a task runs commands in, as stored in <c>test_runs.phase</c> and shown to clients.</summary>
public static class TestPhases
{
    public const string Setup = "setup";
    public const string BeforeFix = "before_fix";
    public const string AfterFix = "after_fix";
}
