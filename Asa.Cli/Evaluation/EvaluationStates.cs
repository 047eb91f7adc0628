namespace Asa.Cli.Evaluation;

/// <summary>The states of a case's result in a run, as <c>EvaluationResult.state</c> spells them.</summary>
public static class EvaluationStates
{
    public const string Running = "running";
    public const string Checking = "checking";
    public const string Recorded = "recorded";
    public const string NotAdmitted = "not admitted";
}
