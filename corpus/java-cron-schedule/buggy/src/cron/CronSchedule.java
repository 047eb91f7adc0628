package cron;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A five-field cron expression (minute, hour, day of month, month, day of week) and the times it fires at. */
public final class CronSchedule {
    private static final List<String> MONTH_NAMES =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAY_NAMES = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private final String expression;
    private final CronField minutes;
    private final CronField hours;
    private final CronField daysOfMonth;
    private final CronField months;
    private final CronField daysOfWeek;

    private CronSchedule(String expression, String[] fields) {
        this.expression = expression;
        this.minutes = CronField.parse(fields[0], 0, 59, List.of());
        this.hours = CronField.parse(fields[1], 0, 23, List.of());
        this.daysOfMonth = CronField.parse(fields[2], 1, 31, List.of());
        this.months = CronField.parse(fields[3], 1, 12, MONTH_NAMES);
        // 0 and 7 are both Sunday
        this.daysOfWeek = CronField.parse(fields[4], 0, 7, DAY_NAMES);
    }

    public static CronSchedule parse(String expression) {
        String[] fields = expression.trim().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("expected 5 fields, found " + fields.length + ": '" + expression + "'");
        }
        return new CronSchedule(expression.trim(), fields);
    }

    /** The first time strictly after the given one at which the schedule fires. */
    public LocalDateTime next(LocalDateTime after) {
        LocalDateTime time = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        // long enough for "0 0 29 2 *" from any starting point
        LocalDateTime giveUp = time.plusYears(8);
        while (time.isBefore(giveUp)) {
            if (!months.allows(time.getMonthValue())) {
                time = time.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay();
            } else if (!dayMatches(time.toLocalDate())) {
                time = time.toLocalDate().plusDays(1).atStartOfDay();
            } else if (!hours.allows(time.getHour())) {
                time = time.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.allows(time.getMinute())) {
                time = time.plusMinutes(1);
            } else {
                return time;
            }
        }
        throw new IllegalStateException("'" + expression + "' never fires");
    }

    /** The next count times the schedule fires after the given one, earliest first. */
    public List<LocalDateTime> upcoming(LocalDateTime after, int count) {
        List<LocalDateTime> times = new ArrayList<>(count);
        LocalDateTime time = after;
        for (int i = 0; i < count; i++) {
            time = next(time);
            times.add(time);
        }
        return times;
    }

    private boolean dayMatches(LocalDate date) {
        boolean dayOfMonth = daysOfMonth.allows(date.getDayOfMonth());
        int weekday = date.getDayOfWeek().getValue() % 7;
        boolean dayOfWeek = daysOfWeek.allows(weekday) || (weekday == 0 && daysOfWeek.allows(7));
        if (daysOfMonth.isWildcard() || daysOfWeek.isWildcard()) {
            return dayOfMonth && dayOfWeek;
        }
        return dayOfMonth || dayOfWeek;
    }

    @Override
    public String toString() {
        return expression;
    }
}
