package cron;

import static org.junit.Assert.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.Test;

public class CronScheduleHeldBackTest {
    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    public void rangeIncludesTheLastMinuteOfTheHour() {
        CronSchedule schedule = CronSchedule.parse("50-59 * * * *");
        assertEquals(at("2024-03-14T10:59"), schedule.next(at("2024-03-14T10:58")));
    }

    @Test
    public void rangeIncludesTheLastHourOfTheDay() {
        CronSchedule schedule = CronSchedule.parse("0 22-23 * * *");
        assertEquals(at("2024-03-14T23:00"), schedule.next(at("2024-03-14T22:30")));
    }

    @Test
    public void everyMinuteRollsOverIntoTheNewYear() {
        CronSchedule schedule = CronSchedule.parse("* * * * *");
        assertEquals(
                List.of(at("2024-12-31T23:59"), at("2025-01-01T00:00")),
                schedule.upcoming(at("2024-12-31T23:58"), 2));
    }

    @Test
    public void yearlyInDecember() {
        CronSchedule schedule = CronSchedule.parse("0 7 25 12 *");
        assertEquals(at("2024-12-25T07:00"), schedule.next(at("2024-06-01T00:00")));
    }

    @Test
    public void weekendRangeEndingWithSevenIncludesSunday() {
        CronSchedule schedule = CronSchedule.parse("0 10 * * 5-7");
        assertEquals(
                List.of(at("2024-03-16T10:00"), at("2024-03-17T10:00"), at("2024-03-22T10:00")),
                schedule.upcoming(at("2024-03-15T11:00"), 3));
    }

    @Test
    public void steppedRangeIncludesItsEnd() {
        CronSchedule schedule = CronSchedule.parse("0-30/10 9 * * *");
        assertEquals(
                List.of(at("2024-03-14T09:00"), at("2024-03-14T09:10"), at("2024-03-14T09:20"),
                        at("2024-03-14T09:30"), at("2024-03-15T09:00")),
                schedule.upcoming(at("2024-03-14T08:00"), 5));
    }

    @Test
    public void monthNameRange() {
        CronSchedule schedule = CronSchedule.parse("0 0 1 jan-mar *");
        assertEquals(
                List.of(at("2024-03-01T00:00"), at("2025-01-01T00:00"), at("2025-02-01T00:00")),
                schedule.upcoming(at("2024-02-15T12:00"), 3));
    }

    @Test
    public void leapDayWaitsForTheNextLeapYear() {
        CronSchedule schedule = CronSchedule.parse("0 0 29 2 *");
        assertEquals(at("2028-02-29T00:00"), schedule.next(at("2024-03-01T00:00")));
    }

    @Test(expected = IllegalArgumentException.class)
    public void backwardsRangeIsRejected() {
        CronSchedule.parse("0 17-9 * * *");
    }
}
