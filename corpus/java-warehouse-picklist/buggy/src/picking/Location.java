package picking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A bin in the warehouse: aisle, bay along the aisle, and shelf level (1 = floor). Written "07-12-3". */
public record Location(int aisle, int bay, int level) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{2})-(\\d{2})-(\\d)");

    public Location {
        if (aisle < 1 || bay < 1 || level < 1) {
            throw new IllegalArgumentException("aisle, bay and level start at 1");
        }
    }

    public static Location parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a bin location: " + text);
        }
        return new Location(
                Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
    }

    @Override
    public String toString() {
        return String.format("%02d-%02d-%d", aisle, bay, level);
    }
}
