package sheet;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cell address such as "B7" or "AA120": a column (1 for A) and a row (1 for the first row). */
public record CellRef(int column, int row) implements Comparable<CellRef> {
    private static final Pattern ADDRESS = Pattern.compile("\\$?([A-Z]{1,3})\\$?([1-9][0-9]{0,6})");

    public CellRef {
        if (column < 1 || row < 1) {
            throw new IllegalArgumentException("column and row start at 1: " + column + ", " + row);
        }
    }

    /** Reads "B7", "b7" or the absolute forms "$B$7", "$B7" and "B$7". */
    public static CellRef parse(String address) {
        Matcher m = ADDRESS.matcher(address.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a cell address: '" + address + "'");
        }
        return new CellRef(columnNumber(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** A = 1, Z = 26, AA = 27, AZ = 52, BA = 53, ... */
    public static int columnNumber(String letters) {
        int number = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c < 'A' || c > 'Z') {
                throw new IllegalArgumentException("not a column: '" + letters + "'");
            }
            number = number * 26 + (c - 'A' + 1);
        }
        return number;
    }

    /** The letters of a column number: the inverse of {@link #columnNumber}. */
    public static String columnName(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("columns start at 1: " + number);
        }
        StringBuilder name = new StringBuilder();
        int rest = number;
        while (rest > 0) {
            int digit = (rest - 1) % 26;
            name.append((char) ('A' + digit));
            rest = (rest - 1) / 26;
        }
        return name.reverse().toString();
    }

    @Override
    public int compareTo(CellRef other) {
        return row != other.row ? Integer.compare(row, other.row) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return columnName(column) + row;
    }
}
