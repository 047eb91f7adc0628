namespace Asa.Repair.Localization;

/// <summary>A file the lexical index returned for a query, with its BM25 score.</summary>
public sealed record LexicalMatch(string Path, double Score);
