namespace Asa.Repair.Engine;

/// <summary>
/// A checker's verdicts: on each unchanged file by its place among the batch's files, and on each candidate by its
/// place in the batch, each with the parser's message when it is not <see cref="SyntaxVerdict.Parses"/>.
/// </summary>
public sealed record SyntaxBatchResult(
    IReadOnlyDictionary<int, (SyntaxVerdict Verdict, string Message)> Files,
    IReadOnlyDictionary<int, (SyntaxVerdict Verdict, string Message)> Candidates);
