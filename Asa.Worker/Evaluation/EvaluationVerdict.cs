namespace Asa.Worker.Evaluation;

/// <summary>What an evaluation result records about its ended task.</summary>
public sealed record EvaluationVerdict(bool Passed, bool? Correct, TimeSpan Duration, int Attempts, string Summary);
