using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

/// <summary>A candidate edit that replaces one piece of text in a file, for tests that judge what an edit does.</summary>
internal static class ReplacementEdit
{
    public static CandidateEdit Of(string path, string original, string from, string to)
    {
        Assert.Contains(from, original, StringComparison.Ordinal);
        var changed = original.Replace(from, to, StringComparison.Ordinal);
        return new CandidateEdit(path, 1, "variable", $"'{from}' to '{to}'", original, changed, 1, 1);
    }
}
