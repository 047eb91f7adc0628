import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class MonthSummaryHeldBackTest {
    @Test
    public void aSingleWarmDay() {
        MonthSummary summary = MonthSummary.of(List.of(new DayReading(LocalDate.of(2025, 8, 1), 31.0, 19.5, 0.0)));
        assertEquals(19.5, summary.lowest(), 0.0);
        assertEquals(31.0, summary.highest(), 0.0);
        assertEquals(31.0, summary.meanHigh(), 0.0);
        assertEquals(0, summary.frostDays());
    }

    @Test
    public void aSingleFreezingDay() {
        MonthSummary summary = MonthSummary.of(List.of(new DayReading(LocalDate.of(2025, 2, 1), -4.0, -9.0, 0.8)));
        assertEquals(-9.0, summary.lowest(), 0.0);
        assertEquals(-4.0, summary.highest(), 0.0);
        assertEquals(1, summary.frostDays());
        assertEquals(LocalDate.of(2025, 2, 1), summary.wettestDay());
    }

    @Test
    public void aMildAutumnMonth() {
        MonthSummary october = MonthSummary.of("""
            2025-10-01,17.0,9.0,3.0
            2025-10-02,14.5,6.5,3.0

            2025-10-03,12.0,4.0,0.4
            2025-10-04,13.0,7.5,0.0
            """);
        assertEquals(4.0, october.lowest(), 0.0);
        assertEquals(17.0, october.highest(), 0.0);
        assertEquals(14.1, october.meanHigh(), 0.0);
        assertEquals(6.4, october.totalRainMm(), 0.0);
        assertEquals(LocalDate.of(2025, 10, 1), october.wettestDay());
    }

    @Test
    public void aHardWinterMonth() {
        MonthSummary december = MonthSummary.of("""
            2025-12-01,-0.5,-3.0,0.0
            2025-12-02,-2.0,-7.5,2.0
            2025-12-03,-4.5,-12.0,0.0
            """);
        assertEquals(-12.0, december.lowest(), 0.0);
        assertEquals(-0.5, december.highest(), 0.0);
        assertEquals(-2.3, december.meanHigh(), 0.0);
        assertEquals(3, december.frostDays());
    }

    @Test
    public void aLowOfExactlyZeroIsNoFrost() {
        MonthSummary summary = MonthSummary.of(List.of(
            new DayReading(LocalDate.of(2025, 4, 1), 6.0, 0.0, 0.0),
            new DayReading(LocalDate.of(2025, 4, 2), 7.0, 2.0, 0.0)));
        assertEquals(0.0, summary.lowest(), 0.0);
        assertEquals(0, summary.frostDays());
    }
}
