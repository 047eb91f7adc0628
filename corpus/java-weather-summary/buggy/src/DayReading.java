import java.time.LocalDate;

/** One day at the weather station: the day's highest and lowest temperature in °C and its rainfall in mm. */
public record DayReading(LocalDate date, double high, double low, double rainMm) {
    public DayReading {
        if (low > high) {
            throw new IllegalArgumentException(date + ": low " + low + " is above high " + high);
        }
        if (rainMm < 0) {
            throw new IllegalArgumentException(date + ": negative rainfall");
        }
    }

    /** Reads a line of the station's export, "2025-01-31,4.5,-1.0,2.3". */
    public static DayReading parse(String line) {
        String[] fields = line.trim().split(",");
        if (fields.length != 4) {
            throw new IllegalArgumentException("expected date,high,low,rain but got: " + line);
        }
        return new DayReading(LocalDate.parse(fields[0]), Double.parseDouble(fields[1]),
            Double.parseDouble(fields[2]), Double.parseDouble(fields[3]));
    }
}
