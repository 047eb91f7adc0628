import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class SortedSearchTest {
    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17};

    @Test
    public void findsValueInTheMiddle() {
        assertEquals(3, SortedSearch.indexOf(PRIMES, 7));
    }

    @Test
    public void findsFirstValue() {
        assertEquals(0, SortedSearch.indexOf(PRIMES, 2));
    }

    @Test
    public void missingSmallValueIsAbsent() {
        assertFalse(SortedSearch.contains(PRIMES, 1));
    }

    @Test
    public void valueAboveTheLargestIsAbsent() {
        assertEquals(-1, SortedSearch.indexOf(PRIMES, 20));
    }

    @Test
    public void countsValuesBelowKey() {
        assertEquals(4, SortedSearch.countBelow(PRIMES, 10));
    }
}
