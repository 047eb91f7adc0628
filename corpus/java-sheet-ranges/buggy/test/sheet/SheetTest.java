package sheet;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class SheetTest {
    @Test
    public void parsesRelativeAndAbsoluteAddresses() {
        assertEquals(new CellRef(2, 7), CellRef.parse("B7"));
        assertEquals(new CellRef(27, 120), CellRef.parse("$aa$120"));
        assertEquals(52, CellRef.columnNumber("AZ"));
    }

    @Test
    public void addressIsWrittenBack() {
        assertEquals("B7", CellRef.parse("$B7").toString());
        assertEquals("Z1", new CellRef(26, 1).toString());
    }

    @Test
    public void rangeListsItsCellsRowByRow() {
        assertEquals(
                List.of(CellRef.parse("A1"), CellRef.parse("B1"), CellRef.parse("A2"), CellRef.parse("B2")),
                CellRange.parse("A1:B2").cells());
    }

    @Test
    public void rangeGivenFromTheOtherCornerIsTheSame() {
        assertEquals("A1:C3", CellRange.parse("C3:A1").toString());
    }

    @Test
    public void sumSkipsText() {
        Sheet sheet = new Sheet().set("A1", "Rent").set("B1", "950").set("B2", "120.5").set("B3", "n/a");
        assertEquals(1070.5, sheet.sum("B1:B3"), 1e-9);
        assertEquals(1070.5, sheet.sum("A1:B3"), 1e-9);
    }

    @Test
    public void usedRangeOfAWideTable() {
        Sheet sheet = new Sheet().set("A1", "Region").set("AC1", "Total").set("AC3", "8200");
        assertEquals(Optional.of("A1:AC3"), sheet.usedRange());
        assertEquals(Optional.empty(), new Sheet().usedRange());
    }

    @Test(expected = IllegalArgumentException.class)
    public void rowBeforeColumnIsRejected() {
        CellRef.parse("7B");
    }
}
