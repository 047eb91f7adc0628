package timesheet;

import static org.junit.Assert.assertEquals;

import java.time.DayOfWeek;
import org.junit.Test;

public class TimesheetTest {
    @Test
    public void shortMorningIsPaidInFull() {
        Timesheet sheet = new Timesheet().add("MON 09:00-12:30");
        assertEquals(210, sheet.workedMinutes(DayOfWeek.MONDAY));
        assertEquals(210, sheet.paidMinutes(DayOfWeek.MONDAY));
    }

    @Test
    public void nightShiftRunsPastMidnight() {
        Timesheet sheet = new Timesheet().add("Tuesday 22:00-04:00");
        assertEquals(360, sheet.workedMinutes(DayOfWeek.TUESDAY));
        assertEquals(360, sheet.paidMinutes(DayOfWeek.TUESDAY));
    }

    @Test
    public void entriesOfOneDayAddUp() {
        Timesheet sheet = new Timesheet().add("WED 08:00-10:00").add("WED 14:00-16:15");
        assertEquals(255, sheet.workedMinutes(DayOfWeek.WEDNESDAY));
        assertEquals(0, sheet.workedMinutes(DayOfWeek.THURSDAY));
    }

    @Test(expected = IllegalArgumentException.class)
    public void clockTimeOutOfRangeIsRejected() {
        new Timesheet().add("THU 24:00-25:00");
    }

    @Test
    public void formatShowsHoursAndMinutes() {
        assertEquals("38:30", Timesheet.format(2310));
        assertEquals("0:05", Timesheet.format(5));
    }

    @Test
    public void fullDayIncludesHalfHourBreak() {
        Timesheet sheet = new Timesheet().add("MON 08:00-16:30");
        assertEquals(510, sheet.workedMinutes(DayOfWeek.MONDAY));
        assertEquals(480, sheet.paidMinutes(DayOfWeek.MONDAY));
    }
}
