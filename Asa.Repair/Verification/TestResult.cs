namespace Asa.Repair.Verification;

/// <summary>One test in a runner's report: how it ended, what its failure said, and where it lives when known (a path, or a dotted module or class name).</summary>
public sealed record TestResult(TestOutcome Outcome, string Message, string? Location);
