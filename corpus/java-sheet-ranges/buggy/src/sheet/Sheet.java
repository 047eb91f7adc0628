package sheet;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The cells of one worksheet that hold something: numbers and text. */
public final class Sheet {
    private final Map<CellRef, String> cells = new TreeMap<>();

    public Sheet set(String address, String value) {
        CellRef cell = CellRef.parse(address);
        if (value == null || value.isBlank()) {
            cells.remove(cell);
        } else {
            cells.put(cell, value.trim());
        }
        return this;
    }

    public Optional<String> get(String address) {
        return Optional.ofNullable(cells.get(CellRef.parse(address)));
    }

    /** Adds up the numbers in the range; text and empty cells count as nothing, like a spreadsheet's SUM. */
    public double sum(String range) {
        CellRange area = CellRange.parse(range);
        double total = 0;
        for (Map.Entry<CellRef, String> cell : cells.entrySet()) {
            if (area.contains(cell.getKey())) {
                total += number(cell.getValue());
            }
        }
        return total;
    }

    /** The smallest range holding every filled cell, as "A1:D20", or empty for an empty sheet. */
    public Optional<String> usedRange() {
        CellRange used = null;
        for (CellRef cell : cells.keySet()) {
            used = used == null ? new CellRange(cell, cell) : used.extendTo(cell);
        }
        return Optional.ofNullable(used).map(CellRange::toString);
    }

    private static double number(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
