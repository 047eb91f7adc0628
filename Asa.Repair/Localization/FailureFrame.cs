namespace Asa.Repair.Localization;

/// <summary>
/// One place a failure points at, as printed: the path may carry the sandbox's prefix, or (for JVM frames)
/// be built from the package and file name. Line is 1-based; Function is the bare name when the output gives one.
/// </summary>
public sealed record FailureFrame(string Path, int Line, string? Function);
