import java.time.LocalDate;
import java.util.List;

/** The figures printed at the foot of a month's weather sheet. */
public record MonthSummary(double lowest, double highest, double meanHigh, double totalRainMm, LocalDate wettestDay, int frostDays) {
    public static MonthSummary of(List<DayReading> days) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a month needs at least one reading");
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        double sumOfHighs = 0;
        double rain = 0;
        int frostDays = 0;
        DayReading wettest = days.get(0);
        for (DayReading day : days) {
            lowest = Math.min(lowest, day.low());
            highest = Math.max(highest, day.high());
            sumOfHighs += day.high();
            rain += day.rainMm();
            if (day.rainMm() > wettest.rainMm()) {
                wettest = day;
            }
            if (day.low() < 0) {
                frostDays++;
            }
        }
        return new MonthSummary(lowest, highest, round(sumOfHighs / days.size()), round(rain), wettest.date(), frostDays);
    }

    public static MonthSummary of(String export) {
        return of(export.lines().filter(line -> !line.isBlank()).map(DayReading::parse).toList());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
