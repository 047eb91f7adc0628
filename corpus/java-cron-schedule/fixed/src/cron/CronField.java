package cron;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/** The values one field of a cron expression allows: "*", "5", "1-5", "*&#47;15", "0-30/10", "MON,WED,FRI" and lists of these. */
final class CronField {
    private final String spec;
    private final BitSet values;

    private CronField(String spec, BitSet values) {
        this.spec = spec;
        this.values = values;
    }

    /**
     * Parses one field whose values run from min to max. Names, when given, stand for min, min + 1, ... in order
     * (e.g. SUN for 0 in the day-of-week field, JAN for 1 in the month field).
     */
    static CronField parse(String spec, int min, int max, List<String> names) {
        BitSet values = new BitSet(max + 1);
        for (String part : spec.split(",", -1)) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty item in '" + spec + "'");
            }
            addPart(values, part, min, max, names);
        }
        return new CronField(spec, values);
    }

    private static void addPart(BitSet values, String part, int min, int max, List<String> names) {
        int slash = part.indexOf('/');
        String range = slash < 0 ? part : part.substring(0, slash);
        if (slash < 0 && !range.equals("*") && !range.contains("-")) {
            values.set(value(range, min, max, names));
            return;
        }
        int step = 1;
        if (slash >= 0) {
            step = number(part.substring(slash + 1), part);
            if (step < 1) {
                throw new IllegalArgumentException("step must be at least 1: '" + part + "'");
            }
        }
        int low;
        int high;
        if (range.equals("*")) {
            low = min;
            high = max;
        } else if (range.contains("-")) {
            int dash = range.indexOf('-');
            low = value(range.substring(0, dash), min, max, names);
            high = value(range.substring(dash + 1), min, max, names);
            if (low > high) {
                throw new IllegalArgumentException("range runs backwards: '" + range + "'");
            }
        } else {
            // "10/5" means every fifth value from 10 up to the end of the field
            low = value(range, min, max, names);
            high = max;
        }
        for (int v = low; v <= high; v += step) {
            values.set(v);
        }
    }

    private static int value(String text, int min, int max, List<String> names) {
        int index = names.indexOf(text.toUpperCase(Locale.ROOT));
        int value = index >= 0 ? min + index : number(text, text);
        if (value < min || value > max) {
            throw new IllegalArgumentException(text + " is outside " + min + "-" + max);
        }
        return value;
    }

    private static int number(String text, String context) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + text + "' in '" + context + "'", e);
        }
    }

    boolean allows(int value) {
        return values.get(value);
    }

    /** True for "*" and "*&#47;n": cron only combines the two day fields with OR when neither is a wildcard. */
    boolean isWildcard() {
        return spec.startsWith("*");
    }

    @Override
    public String toString() {
        return spec;
    }
}
