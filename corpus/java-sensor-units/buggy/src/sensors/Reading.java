package sensors;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One measurement as a station sends it, e.g. "21.5 \u00b0C", "1013hPa" or "-3 F". */
public record Reading(double value, Unit unit) {
    private static final Pattern FORMAT = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*(\\S+)\\s*");

    public static Reading parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a reading: " + text);
        }
        return new Reading(Double.parseDouble(matcher.group(1)), Unit.fromSymbol(matcher.group(2)));
    }

    public Reading to(Unit target) {
        return new Reading(Converter.convert(value, unit, target), target);
    }

    /** The value rounded to the given number of decimals, then the unit's symbol: "70.7 \u00b0F". */
    public String format(int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f %s", value, unit.symbol());
    }
}
