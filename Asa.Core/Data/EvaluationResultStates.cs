namespace Asa.Core.Data;

/// <summary>Where an evaluation result is: waiting for its task, being checked, done, or never started.</summary>
public static class EvaluationResultStates
{
    public const string Running = "running";
    public const string Checking = "checking";
    public const string Recorded = "recorded";
    public const string NotAdmitted = "not admitted";
}
