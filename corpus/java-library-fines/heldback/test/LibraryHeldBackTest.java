import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;

public class LibraryHeldBackTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

    @Test
    public void aMemberWithBooksOutAndNoFinesMayBorrow() {
        Library library = new Library();
        library.lend("cy", "Dune", MARCH_1);
        library.lend("cy", "Emma", MARCH_1);
        assertTrue(library.mayBorrow("cy", LocalDate.of(2025, 3, 15)));
    }

    @Test
    public void aBookStillOutIsNotALateReturn() {
        Library library = new Library();
        library.lend("cy", "Dune", MARCH_1);
        library.lend("cy", "Emma", MARCH_1);
        library.giveBack("Emma", LocalDate.of(2025, 3, 23));
        assertEquals(1, library.lateReturns("cy"));
        assertEquals(0, library.lateReturns("nobody"));
    }

    @Test
    public void threeLateReturnsBlockBorrowing() {
        Library library = new Library();
        for (String title : new String[] {"Dune", "Emma", "Ulysses"}) {
            library.lend("dee", title, MARCH_1);
            library.giveBack(title, LocalDate.of(2025, 3, 23));
        }
        library.lend("dee", "Walden", LocalDate.of(2025, 4, 1));
        assertEquals(3, library.lateReturns("dee"));
        assertFalse(library.mayBorrow("dee", LocalDate.of(2025, 4, 2)));
    }

    @Test
    public void unpaidFinesOnABookStillOutBlockBorrowing() {
        Library library = new Library();
        library.lend("eli", "Dune", MARCH_1);
        assertTrue(library.mayBorrow("eli", LocalDate.of(2025, 4, 10)));
        assertEquals(500, library.finesOwed("eli", LocalDate.of(2025, 4, 11)));
        assertFalse(library.mayBorrow("eli", LocalDate.of(2025, 4, 11)));
    }

    @Test
    public void fiveBooksOutBlockBorrowing() {
        Library library = new Library();
        for (String title : new String[] {"A", "B", "C", "D", "E"}) {
            library.lend("fay", title, MARCH_1);
        }
        assertFalse(library.mayBorrow("fay", LocalDate.of(2025, 3, 2)));
        library.giveBack("C", LocalDate.of(2025, 3, 5));
        assertTrue(library.mayBorrow("fay", LocalDate.of(2025, 3, 6)));
    }
}
