namespace Asa.Repair.Engine;

/// <summary>A value as one word of a POSIX shell command: in single quotes, each of its own single quotes closed, escaped and reopened.</summary>
internal static class ShellQuote
{
    public static string Word(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
