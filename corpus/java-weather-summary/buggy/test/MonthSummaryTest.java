import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import org.junit.Test;

public class MonthSummaryTest {
    private static final String MARCH = """
        2025-03-01,8.0,-2.0,0.0
        2025-03-02,11.5,1.0,4.2
        2025-03-03,15.0,5.0,12.8
        2025-03-04,9.5,-0.5,0.0
        """;

    private static final String JULY = """
        2025-07-01,24.0,13.0,0.0
        2025-07-02,29.5,16.0,0.0
        2025-07-03,22.0,11.5,6.5
        """;

    private static final String JANUARY = """
        2025-01-01,-1.0,-8.0,0.0
        2025-01-02,-3.5,-11.0,1.5
        2025-01-03,-6.0,-14.5,0.0
        """;

    @Test
    public void readsALineOfTheExport() {
        assertEquals(new DayReading(LocalDate.of(2025, 1, 31), 4.5, -1.0, 2.3), DayReading.parse("2025-01-31,4.5,-1.0,2.3"));
    }

    @Test
    public void aLowAboveTheHighIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DayReading.parse("2025-01-31,1.0,3.0,0.0"));
    }

    @Test
    public void extremesOfAMonthAroundFreezing() {
        MonthSummary march = MonthSummary.of(MARCH);
        assertEquals(-2.0, march.lowest(), 0.0);
        assertEquals(15.0, march.highest(), 0.0);
        assertEquals(11.0, march.meanHigh(), 0.0);
    }

    @Test
    public void rainAndFrost() {
        MonthSummary march = MonthSummary.of(MARCH);
        assertEquals(17.0, march.totalRainMm(), 0.0);
        assertEquals(LocalDate.of(2025, 3, 3), march.wettestDay());
        assertEquals(2, march.frostDays());
    }

    @Test
    public void lowestOfASummerMonth() {
        assertEquals(11.5, MonthSummary.of(JULY).lowest(), 0.0);
    }

    @Test
    public void highestOfAWinterMonth() {
        assertEquals(-1.0, MonthSummary.of(JANUARY).highest(), 0.0);
    }
}
