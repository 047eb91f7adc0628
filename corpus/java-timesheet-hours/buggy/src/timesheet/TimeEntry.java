package timesheet;

import java.time.DayOfWeek;

/** One stretch of work on a day, from a clock time to a clock time; a night shift may run past midnight. */
public final class TimeEntry {
    private static final int MINUTES_PER_DAY = 24 * 60;

    private final DayOfWeek day;
    private final int startMinute;
    private final int endMinute;

    public TimeEntry(DayOfWeek day, String start, String end) {
        this.day = day;
        this.startMinute = minuteOfDay(start);
        this.endMinute = minuteOfDay(end);
    }

    /** Reads lines such as "TUE 22:00-06:00"; the day is its English name or its first three letters. */
    public static TimeEntry parse(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected '<day> <start>-<end>': " + line);
        }
        String[] times = parts[1].split("-");
        if (times.length != 2) {
            throw new IllegalArgumentException("expected '<start>-<end>': " + parts[1]);
        }
        return new TimeEntry(dayNamed(parts[0]), times[0], times[1]);
    }

    private static DayOfWeek dayNamed(String name) {
        String upper = name.toUpperCase();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (upper.length() >= 3 && day.name().startsWith(upper)) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown day: " + name);
    }

    static int minuteOfDay(String clock) {
        String[] hoursAndMinutes = clock.split(":");
        if (hoursAndMinutes.length != 2) {
            throw new IllegalArgumentException("not a clock time: " + clock);
        }
        int hours = Integer.parseInt(hoursAndMinutes[0]);
        int minutes = Integer.parseInt(hoursAndMinutes[1]);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
            throw new IllegalArgumentException("not a clock time: " + clock);
        }
        return hours * 60 + minutes;
    }

    public DayOfWeek day() {
        return day;
    }

    public int minutes() {
        int worked = endMinute - startMinute;
        return worked < 0 ? worked + MINUTES_PER_DAY : worked;
    }
}
