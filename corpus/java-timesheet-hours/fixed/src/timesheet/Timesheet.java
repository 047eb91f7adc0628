package timesheet;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/** A week of time entries for one employee: the minutes worked, the minutes paid, and the days over the legal limit. */
public final class Timesheet {
    /** A day with more than six hours of work includes an unpaid break of thirty minutes. */
    static final int BREAK_AFTER_MINUTES = 6 * 60;
    static final int BREAK_MINUTES = 30;
    /** No more than ten hours of work a day. */
    static final int DAILY_LIMIT_MINUTES = 10 * 60;

    private final List<TimeEntry> entries = new ArrayList<>();

    public Timesheet add(String line) {
        entries.add(TimeEntry.parse(line));
        return this;
    }

    public int workedMinutes(DayOfWeek day) {
        int total = 0;
        for (TimeEntry entry : entries) {
            if (entry.day() == day) {
                total += entry.minutes();
            }
        }
        return total;
    }

    public int paidMinutes(DayOfWeek day) {
        int worked = workedMinutes(day);
        if (worked > BREAK_AFTER_MINUTES) {
            return worked - BREAK_MINUTES;
        }
        return worked;
    }

    public int paidMinutesInWeek() {
        int total = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            total += paidMinutes(day);
        }
        return total;
    }

    /** The days whose paid time is over the daily limit, Monday first. */
    public List<DayOfWeek> daysOverLimit() {
        List<DayOfWeek> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (paidMinutes(day) > DAILY_LIMIT_MINUTES) {
                days.add(day);
            }
        }
        return days;
    }

    /** Paid time as hours and minutes, e.g. "38:30". */
    public static String format(int minutes) {
        return String.format("%d:%02d", minutes / 60, minutes % 60);
    }
}
