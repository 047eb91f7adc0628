using Sorting;

public static class InsertionSortTests
{
    public static void AlreadySortedStaysSorted()
    {
        Assert.SequenceEqual(new[] { 1, 2, 3, 4 }, InsertionSort.Sorted(new[] { 1, 2, 3, 4 }));
    }

    public static void IsSortedDetectsDisorder()
    {
        Assert.True(InsertionSort.IsSorted(new[] { 1, 1, 2 }));
        Assert.False(InsertionSort.IsSorted(new[] { 2, 1, 3 }));
    }

    public static void SortsNumbers()
    {
        Assert.SequenceEqual(new[] { 1, 3, 4, 8, 9 }, InsertionSort.Sorted(new[] { 9, 4, 8, 3, 1 }));
    }

    public static void SortsWithCustomComparison()
    {
        var words = new[] { "pear", "fig", "banana", "kiwi" };
        InsertionSort.Sort(words, (a, b) => a.Length.CompareTo(b.Length));
        Assert.SequenceEqual(new[] { "fig", "pear", "kiwi", "banana" }, words);
    }
}
