package timesheet;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collections;
import org.junit.Test;

public class TimesheetHeldBackTest {
    @Test
    public void breakCountsAgainstTheWholeDay() {
        Timesheet sheet = new Timesheet().add("THU 08:00-12:00").add("THU 12:45-17:15");
        assertEquals(480, sheet.paidMinutes(DayOfWeek.THURSDAY));
    }

    @Test
    public void oneMinuteOverSixHoursTakesTheBreak() {
        Timesheet sheet = new Timesheet().add("FRI 08:00-14:01");
        assertEquals(331, sheet.paidMinutes(DayOfWeek.FRIDAY));
    }

    @Test
    public void workingWeekAndSaturdayMorningAddUp() {
        Timesheet sheet = new Timesheet();
        for (String day : new String[] {"MON", "TUE", "WED", "THU", "FRI"}) {
            sheet.add(day + " 08:00-16:30");
        }
        sheet.add("SAT 10:00-12:00");
        assertEquals(2520, sheet.paidMinutesInWeek());
        assertEquals("42:00", Timesheet.format(sheet.paidMinutesInWeek()));
    }

    @Test
    public void longDaysAreFlaggedAfterTheBreak() {
        Timesheet sheet = new Timesheet().add("MON 07:00-18:00").add("TUE 07:00-17:30").add("SUN 20:00-07:30");
        assertEquals(Arrays.asList(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), sheet.daysOverLimit());
    }

    @Test
    public void shortWeekHasNoLongDays() {
        Timesheet sheet = new Timesheet().add("WED 09:00-17:00");
        assertEquals(450, sheet.paidMinutesInWeek());
        assertEquals(Collections.emptyList(), sheet.daysOverLimit());
    }
}
