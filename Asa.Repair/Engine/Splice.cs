namespace Asa.Repair.Engine;

/// <summary>
/// A changed text as the region of the original it replaces: the characters from <see cref="Start"/> up to
/// <see cref="End"/> give way to <see cref="Replacement"/>; the common prefix and suffix stay out of it.
/// </summary>
public sealed record Splice(int Start, int End, string Replacement)
{
    public static Splice Between(string original, string changed)
    {
        var limit = Math.Min(original.Length, changed.Length);
        var start = original.AsSpan().CommonPrefixLength(changed);
        // A surrogate pair stays whole, so each part of the splice is text of its own (and encodes as the whole would).
        if (start > 0 && char.IsHighSurrogate(original[start - 1]))
        {
            start--;
        }
        var suffix = 0;
        while (suffix < limit - start && original[^(suffix + 1)] == changed[^(suffix + 1)])
        {
            suffix++;
        }
        if (suffix > 0 && char.IsLowSurrogate(original[^suffix]))
        {
            suffix--;
        }
        return new Splice(start, original.Length - suffix, changed[start..^suffix]);
    }

    public string ApplyTo(string original) => string.Concat(original.AsSpan(0, Start), Replacement, original.AsSpan(End));
}
