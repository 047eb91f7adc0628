namespace Tail;

/// <summary>A fixed-size buffer that keeps the newest items, overwriting the oldest one when full.</summary>
public sealed class RingBuffer<T>
{
    private readonly T[] items;

    // Where the oldest item lives; the items run from there, wrapping round the end of the array.
    private int start;

    public RingBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        items = new T[capacity];
    }

    public int Capacity => items.Length;

    public int Count { get; private set; }

    /// <summary>The index-th item, counting from the oldest.</summary>
    public T this[int index]
    {
        get
        {
            if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"{Count} items");
            return items[(start + index) % items.Length];
        }
    }

    /// <summary>Adds an item; returns true when the buffer was full and its oldest item was dropped for it.</summary>
    public bool Add(T item)
    {
        items[(start + Count) % items.Length] = item;
        if (Count == items.Length)
        {
            start = (start + 1) % items.Length;
            return true;
        }
        Count++;
        return false;
    }

    public T RemoveOldest()
    {
        if (Count == 0) throw new InvalidOperationException("the buffer is empty");
        var oldest = items[start];
        items[start] = default!;
        start = (start + 1) % items.Length;
        Count--;
        return oldest;
    }

    /// <summary>The items from the oldest to the newest.</summary>
    public T[] ToArray()
    {
        var result = new T[Count];
        var beforeWrap = Math.Min(Count, items.Length - start);
        Array.Copy(items, start, result, 0, beforeWrap);
        Array.Copy(items, beforeWrap, result, 0, Count - beforeWrap);
        return result;
    }
}
