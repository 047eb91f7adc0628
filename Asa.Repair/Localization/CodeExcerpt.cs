namespace Asa.Repair.Localization;

/// <summary>
/// Lines StartLine..EndLine (1-based, inclusive) of one file exactly as they are on disk. TotalLines is the file's
/// length, so the model can tell an excerpt from the whole; 0 when unknown.
/// </summary>
public sealed record CodeExcerpt(string Path, int StartLine, int EndLine, string Text, bool WholeFile)
{
    public int TotalLines { get; init; }
}
