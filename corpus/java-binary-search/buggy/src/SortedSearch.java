/** Searches in an array sorted in ascending order. */
public final class SortedSearch {
    private SortedSearch() {
    }

    /** The index of key in values, or -1 when it is absent. */
    public static int indexOf(int[] values, int key) {
        int lo = 0;
        int hi = values.length;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (values[mid] == key) {
                return mid;
            } else if (values[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** Whether key is one of the values. */
    public static boolean contains(int[] values, int key) {
        return indexOf(values, key) >= 0;
    }

    /** How many values are strictly smaller than key (the insertion point). */
    public static int countBelow(int[] values, int key) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (values[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
