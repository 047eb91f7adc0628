package cron;

import static org.junit.Assert.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.Test;

public class CronScheduleTest {
    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    public void everyQuarterHour() {
        CronSchedule schedule = CronSchedule.parse("*/15 * * * *");
        assertEquals(at("2024-03-14T10:15"), schedule.next(at("2024-03-14T10:07")));
        assertEquals(at("2024-03-14T11:00"), schedule.next(at("2024-03-14T10:45")));
    }

    @Test
    public void dailyAtFixedTimeMovesToTomorrowOncePassed() {
        CronSchedule schedule = CronSchedule.parse("30 6 * * *");
        assertEquals(at("2024-03-11T06:30"), schedule.next(at("2024-03-10T07:00")));
    }

    @Test
    public void listOfHours() {
        CronSchedule schedule = CronSchedule.parse("0 8,12,18 * * *");
        assertEquals(
                List.of(at("2024-03-14T12:00"), at("2024-03-14T18:00"), at("2024-03-15T08:00")),
                schedule.upcoming(at("2024-03-14T11:00"), 3));
    }

    @Test
    public void weekdayMornings() {
        CronSchedule schedule = CronSchedule.parse("0 9 * * MON-FRI");
        // 2024-03-14 is a Thursday
        assertEquals(at("2024-03-15T09:00"), schedule.next(at("2024-03-14T10:00")));
        assertEquals(at("2024-03-18T09:00"), schedule.next(at("2024-03-16T09:00")));
    }

    @Test
    public void restrictedDayOfMonthAndDayOfWeekEitherMatch() {
        CronSchedule schedule = CronSchedule.parse("0 0 13 * FRI");
        assertEquals(
                List.of(at("2024-03-08T00:00"), at("2024-03-13T00:00"), at("2024-03-15T00:00")),
                schedule.upcoming(at("2024-03-01T00:00"), 3));
    }

    @Test(expected = IllegalArgumentException.class)
    public void minuteOutOfRangeIsRejected() {
        CronSchedule.parse("61 * * * *");
    }

    @Test(expected = IllegalArgumentException.class)
    public void missingFieldIsRejected() {
        CronSchedule.parse("0 9 * *");
    }
}
