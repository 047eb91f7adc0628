namespace Asa.Repair.Edits;

/// <summary>One change the model asks for in one file, as parsed from its reply.</summary>
public abstract record FileEdit(string Path);

/// <summary>Replace the one place where <see cref="Search"/> occurs exactly; an empty search on a missing file creates it.</summary>
public sealed record SearchReplaceEdit(string Path, string Search, string Replace) : FileEdit(Path);

/// <summary>
/// A line-range patch against the file as it was shown: replace or delete lines StartLine..EndLine (1-based, inclusive),
/// or insert <see cref="Text"/> after line StartLine (0 inserts at the top; EndLine equals StartLine).
/// </summary>
public sealed record LineRangeEdit(string Path, LineEditKind Kind, int StartLine, int EndLine, string Text) : FileEdit(Path);

public enum LineEditKind
{
    Replace,
    Insert,
    Delete,
}
