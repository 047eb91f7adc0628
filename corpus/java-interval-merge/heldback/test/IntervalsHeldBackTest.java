import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class IntervalsHeldBackTest {
    private static Intervals.Interval iv(int start, int end) {
        return new Intervals.Interval(start, end);
    }

    @Test
    public void emptyListStaysEmpty() {
        assertEquals(List.of(), Intervals.merge(List.of()));
    }

    @Test
    public void containedIntervalDisappears() {
        assertEquals(List.of(iv(0, 20)), Intervals.merge(List.of(iv(5, 6), iv(0, 20), iv(19, 20))));
    }

    @Test
    public void coveredLengthCountsOverlapsOnce() {
        assertEquals(12, Intervals.coveredLength(List.of(iv(20, 24), iv(3, 7), iv(5, 8), iv(30, 30))));
    }

    @Test
    public void inputIsNotModified() {
        List<Intervals.Interval> input = new java.util.ArrayList<>(List.of(iv(9, 9), iv(1, 2)));
        assertEquals(List.of(iv(1, 2), iv(9, 9)), Intervals.merge(input));
        assertEquals(List.of(iv(9, 9), iv(1, 2)), input);
    }
}
