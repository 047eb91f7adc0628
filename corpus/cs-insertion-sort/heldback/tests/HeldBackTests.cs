using Sorting;

public static class HeldBackTests
{
    public static void EmptyAndSingleArrays()
    {
        Assert.SequenceEqual(Array.Empty<int>(), InsertionSort.Sorted(Array.Empty<int>()));
        Assert.SequenceEqual(new[] { 7 }, InsertionSort.Sorted(new[] { 7 }));
    }

    public static void SmallestValueLast()
    {
        Assert.SequenceEqual(new[] { 0, 5, 6 }, InsertionSort.Sorted(new[] { 5, 6, 0 }));
    }

    public static void TwoElementsSwapped()
    {
        Assert.SequenceEqual(new[] { 1, 2 }, InsertionSort.Sorted(new[] { 2, 1 }));
    }

    public static void DescendingOrderComparison()
    {
        var values = new[] { 3, 9, 1, 12 };
        InsertionSort.Sort(values, (a, b) => b.CompareTo(a));
        Assert.SequenceEqual(new[] { 12, 9, 3, 1 }, values);
    }

    public static void InputIsNotChanged()
    {
        var input = new[] { 3, 1, 2 };
        InsertionSort.Sorted(input);
        Assert.SequenceEqual(new[] { 3, 1, 2 }, input);
    }
}
