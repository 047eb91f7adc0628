namespace Sorting;

public static class InsertionSort
{
    // Sorts the array in place, stable, using the comparison given (ascending by default).
    public static void Sort<T>(T[] items, Comparison<T>? compare = null)
    {
        compare ??= Comparer<T>.Default.Compare;
        for (var i = 1; i < items.Length; i++)
        {
            var current = items[i];
            var j = i - 1;
            while (j >= 0 && compare(items[j], current) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = current;
        }
    }

    // A sorted copy; the input is left alone.
    public static T[] Sorted<T>(IEnumerable<T> items, Comparison<T>? compare = null)
    {
        var copy = items.ToArray();
        Sort(copy, compare);
        return copy;
    }

    public static bool IsSorted<T>(IReadOnlyList<T> items, Comparison<T>? compare = null)
    {
        compare ??= Comparer<T>.Default.Compare;
        for (var i = 1; i < items.Count; i++)
        {
            if (compare(items[i - 1], items[i]) > 0) return false;
        }
        return true;
    }
}
