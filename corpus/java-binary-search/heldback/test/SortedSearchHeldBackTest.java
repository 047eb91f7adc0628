import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class SortedSearchHeldBackTest {
    @Test
    public void findsLastValue() {
        assertEquals(4, SortedSearch.indexOf(new int[] {1, 4, 9, 16, 25}, 25));
    }

    @Test
    public void emptyArrayHasNothing() {
        assertEquals(-1, SortedSearch.indexOf(new int[0], 3));
    }

    @Test
    public void singleElementAboveIsAbsent() {
        assertFalse(SortedSearch.contains(new int[] {5}, 6));
    }

    @Test
    public void everyValueIsFound() {
        int[] values = {-8, -3, 0, 2, 2, 9, 40, 41};
        for (int v : new int[] {-8, -3, 0, 9, 40, 41}) {
            assertEquals(v, values[SortedSearch.indexOf(values, v)]);
        }
        assertTrue(SortedSearch.contains(values, 2));
        assertFalse(SortedSearch.contains(values, 42));
    }
}
