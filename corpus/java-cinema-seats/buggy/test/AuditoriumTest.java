import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class AuditoriumTest {
    @Test
    public void labelsReadAndPrintTheSameWay() {
        assertEquals(new SeatLabel(2, 6), SeatLabel.parse("C7"));
        assertEquals("C7", SeatLabel.parse("C7").toString());
        assertThrows(IllegalArgumentException.class, () -> SeatLabel.parse("C0"));
    }

    @Test
    public void aGroupGetsTheLeftmostSeatsOfTheBackRow() {
        Auditorium screen = new Auditorium(3, 6);
        assertEquals(List.of("C1", "C2", "C3"), screen.bookTogether(3));
        assertTrue(screen.isTaken("C2"));
        assertEquals(15, screen.freeSeats());
    }

    @Test
    public void takenSeatsAreSkipped() {
        Auditorium screen = new Auditorium(3, 6);
        screen.markTaken("C1");
        screen.markTaken("C2");
        assertEquals(List.of("C3", "C4"), screen.bookTogether(2));
    }

    @Test
    public void aGroupCanSitAtTheEndOfARow() {
        Auditorium screen = new Auditorium(3, 6);
        for (String seat : List.of("C1", "C2", "C3", "C4")) {
            screen.markTaken(seat);
        }
        assertEquals(List.of("C5", "C6"), screen.bookTogether(2));
    }

    @Test
    public void aGroupLargerThanARowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Auditorium(3, 6).bookTogether(7));
    }

    @Test
    public void aSeatCannotBeTakenTwice() {
        Auditorium screen = new Auditorium(3, 6);
        screen.markTaken("B4");
        assertThrows(IllegalStateException.class, () -> screen.markTaken("B4"));
    }
}
