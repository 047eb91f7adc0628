package sheet;

import static org.junit.Assert.assertEquals;

import java.util.Optional;
import org.junit.Test;

public class SheetHeldBackTest {
    @Test
    public void columnNamesPastZ() {
        assertEquals("A", CellRef.columnName(1));
        assertEquals("AB", CellRef.columnName(28));
        assertEquals("AZ", CellRef.columnName(52));
        assertEquals("BA", CellRef.columnName(53));
        assertEquals("ZZ", CellRef.columnName(702));
        assertEquals("AAA", CellRef.columnName(703));
        assertEquals("XFD", CellRef.columnName(16384));
    }

    @Test
    public void columnNameAndNumberAreInverse() {
        for (int column = 1; column <= 18278; column++) {
            assertEquals(column, CellRef.columnNumber(CellRef.columnName(column)));
        }
    }

    @Test
    public void lastCellOfAWorksheet() {
        assertEquals("XFD1048576", CellRef.parse("$xfd$1048576").toString());
    }

    @Test
    public void rangeOfWideColumns() {
        CellRange range = CellRange.parse("AD12:AA10");
        assertEquals("AA10:AD12", range.toString());
        assertEquals(4, range.width());
        assertEquals(3, range.height());
    }

    @Test
    public void usedRangeGrowsWithEveryCell() {
        Sheet sheet = new Sheet().set("C5", "1");
        assertEquals(Optional.of("C5"), sheet.usedRange());
        sheet.set("BC2", "x").set("B9", "2");
        assertEquals(Optional.of("B2:BC9"), sheet.usedRange());
        sheet.set("BC2", " ");
        assertEquals(Optional.of("B5:C9"), sheet.usedRange());
    }
}
