import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import org.junit.Test;

public class LibraryTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

    @Test
    public void aBookIsDueAfterThreeWeeks() {
        assertEquals(LocalDate.of(2025, 3, 22), new Library().lend("ana", "Dune", MARCH_1).dueOn());
    }

    @Test
    public void aBookBackOnTimeCostsNothing() {
        Library library = new Library();
        Loan loan = library.lend("ana", "Dune", MARCH_1);
        library.giveBack("Dune", LocalDate.of(2025, 3, 22));
        assertEquals(0, library.fineCents(loan, LocalDate.of(2025, 4, 30)));
    }

    @Test
    public void aLateBookIsFinedByTheDayUpToTheCap() {
        Library library = new Library();
        Loan late = library.lend("ana", "Dune", MARCH_1);
        Loan veryLate = library.lend("ana", "Emma", MARCH_1);
        library.giveBack("Dune", LocalDate.of(2025, 3, 26));
        library.giveBack("Emma", LocalDate.of(2025, 6, 1));
        assertEquals(100, library.fineCents(late, LocalDate.of(2025, 6, 1)));
        assertEquals(1000, library.fineCents(veryLate, LocalDate.of(2025, 6, 1)));
    }

    @Test
    public void aBookStillOutIsFinedUntilToday() {
        Library library = new Library();
        Loan loan = library.lend("ben", "Ulysses", MARCH_1);
        assertEquals(250, library.fineCents(loan, LocalDate.of(2025, 4, 1)));
    }

    @Test
    public void lateReturnsCountsTheBooksBroughtBackLate() {
        Library library = new Library();
        library.lend("ana", "Dune", MARCH_1);
        library.lend("ana", "Emma", MARCH_1);
        library.lend("ana", "Ulysses", MARCH_1);
        library.giveBack("Dune", LocalDate.of(2025, 3, 30));
        library.giveBack("Emma", LocalDate.of(2025, 3, 10));
        assertEquals(1, library.lateReturns("ana"));
    }

    @Test
    public void aBookCannotBeLentTwice() {
        Library library = new Library();
        library.lend("ana", "Dune", MARCH_1);
        assertThrows(IllegalStateException.class, () -> library.lend("ben", "Dune", MARCH_1));
    }
}
