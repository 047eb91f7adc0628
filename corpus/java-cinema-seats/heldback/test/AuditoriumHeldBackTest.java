import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class AuditoriumHeldBackTest {
    @Test
    public void aGroupCanFillAWholeRow() {
        Auditorium screen = new Auditorium(2, 5);
        assertEquals(List.of("B1", "B2", "B3", "B4", "B5"), screen.bookTogether(5));
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5"), screen.bookTogether(5));
        assertEquals(0, screen.freeSeats());
    }

    @Test
    public void theLastSeatOfARowIsOfferedToASinglePerson() {
        Auditorium screen = new Auditorium(2, 3);
        for (String seat : List.of("A1", "A2", "B1", "B2")) {
            screen.markTaken(seat);
        }
        assertEquals(List.of("B3"), screen.bookTogether(1));
        assertEquals(List.of("A3"), screen.bookTogether(1));
        assertEquals(List.of(), screen.bookTogether(1));
    }

    @Test
    public void groupsFillTheAuditoriumFromTheBack() {
        Auditorium screen = new Auditorium(2, 4);
        assertEquals(List.of("B1", "B2", "B3"), screen.bookTogether(3));
        assertEquals(List.of("A1", "A2"), screen.bookTogether(2));
        assertEquals(List.of("B4"), screen.bookTogether(1));
        assertEquals(List.of("A3", "A4"), screen.bookTogether(2));
        assertEquals(0, screen.freeSeats());
    }

    @Test
    public void aGroupThatFitsNowhereBooksNothing() {
        Auditorium screen = new Auditorium(2, 4);
        screen.markTaken("A2");
        screen.markTaken("B3");
        assertEquals(List.of(), screen.bookTogether(3));
        assertEquals(6, screen.freeSeats());
        assertEquals(List.of("B1", "B2"), screen.bookTogether(2));
    }

    @Test
    public void aGapInTheMiddleIsUsedWhenItFits() {
        Auditorium screen = new Auditorium(1, 7);
        for (String seat : List.of("A1", "A4", "A7")) {
            screen.markTaken(seat);
        }
        assertEquals(List.of("A2", "A3"), screen.bookTogether(2));
        assertEquals(List.of("A5", "A6"), screen.bookTogether(2));
    }
}
