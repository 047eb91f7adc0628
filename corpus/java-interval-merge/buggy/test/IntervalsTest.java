import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class IntervalsTest {
    private static Intervals.Interval iv(int start, int end) {
        return new Intervals.Interval(start, end);
    }

    @Test
    public void overlappingSortedIntervalsAreJoined() {
        assertEquals(List.of(iv(1, 6), iv(8, 10)), Intervals.merge(List.of(iv(1, 4), iv(3, 6), iv(8, 10))));
    }

    @Test
    public void touchingIntervalsAreJoined() {
        assertEquals(List.of(iv(1, 6)), Intervals.merge(List.of(iv(1, 3), iv(4, 6))));
    }

    @Test
    public void unsortedIntervalsAreMerged() {
        assertEquals(List.of(iv(1, 5), iv(10, 12)), Intervals.merge(List.of(iv(10, 12), iv(4, 5), iv(1, 4))));
    }

    @Test(expected = IllegalArgumentException.class)
    public void reversedIntervalIsRejected() {
        iv(5, 2);
    }
}
