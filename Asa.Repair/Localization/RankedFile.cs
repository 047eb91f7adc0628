namespace Asa.Repair.Localization;

/// <summary>
/// A file likely to hold the bug: its path relative to the checkout root, how strongly the evidence points at it,
/// whether it is a test, the lines the evidence names (stack frames deepest first, then the definitions of named
/// symbols) and why it ranks, strongest reason first.
/// </summary>
public sealed record RankedFile(string Path, double Score, bool IsTest, IReadOnlyList<int> ImplicatedLines, IReadOnlyList<string> Reasons);
