namespace Asa.Repair.Engine;

/// <summary>How many items two versions of a sequence start with, and how many of the rest they end with.</summary>
public static class CommonEnds
{
    public static (int Prefix, int Suffix) Of<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, IEqualityComparer<T> comparer)
    {
        var prefix = 0;
        while (prefix < before.Count && prefix < after.Count && comparer.Equals(before[prefix], after[prefix]))
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < before.Count - prefix && suffix < after.Count - prefix
               && comparer.Equals(before[before.Count - suffix - 1], after[after.Count - suffix - 1]))
        {
            suffix++;
        }
        return (prefix, suffix);
    }
}
