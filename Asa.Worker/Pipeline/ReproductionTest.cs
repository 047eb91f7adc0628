namespace Asa.Worker.Pipeline;

/// <summary>A test written for the bug that was seen to fail while the bug is present, and how it failed.</summary>
public sealed record ReproductionTest(string Path, string Content, string Command, string ExpectedFailure, string FailureOutput);
