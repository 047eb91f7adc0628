package sheet;

import java.util.ArrayList;
import java.util.List;

/** A rectangle of cells, "A1:C3"; a single address is a range of one cell. */
public record CellRange(CellRef first, CellRef last) {
    public CellRange {
        // keep the top-left corner in first whichever corners were given
        CellRef topLeft = new CellRef(Math.min(first.column(), last.column()), Math.min(first.row(), last.row()));
        CellRef bottomRight = new CellRef(Math.max(first.column(), last.column()), Math.max(first.row(), last.row()));
        first = topLeft;
        last = bottomRight;
    }

    public static CellRange parse(String text) {
        String[] corners = text.split(":", -1);
        if (corners.length == 1) {
            CellRef cell = CellRef.parse(corners[0]);
            return new CellRange(cell, cell);
        }
        if (corners.length != 2) {
            throw new IllegalArgumentException("not a range: '" + text + "'");
        }
        return new CellRange(CellRef.parse(corners[0]), CellRef.parse(corners[1]));
    }

    public int width() {
        return last.column() - first.column() + 1;
    }

    public int height() {
        return last.row() - first.row() + 1;
    }

    public boolean contains(CellRef cell) {
        return cell.column() >= first.column() && cell.column() <= last.column()
                && cell.row() >= first.row() && cell.row() <= last.row();
    }

    /** The cells row by row, left to right. */
    public List<CellRef> cells() {
        List<CellRef> cells = new ArrayList<>(width() * height());
        for (int row = first.row(); row <= last.row(); row++) {
            for (int column = first.column(); column <= last.column(); column++) {
                cells.add(new CellRef(column, row));
            }
        }
        return cells;
    }

    /** The smallest range holding both this one and the cell. */
    public CellRange extendTo(CellRef cell) {
        return new CellRange(
                new CellRef(Math.min(first.column(), cell.column()), Math.min(first.row(), cell.row())),
                new CellRef(Math.max(last.column(), cell.column()), Math.max(last.row(), cell.row())));
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ":" + last;
    }
}
