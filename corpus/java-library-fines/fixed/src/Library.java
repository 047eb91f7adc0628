import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Lending rules: three weeks a loan, 25 cents a day late (at most 10.00 a book), and who may still borrow. */
public final class Library {
    public static final int LOAN_DAYS = 21;
    public static final long FINE_PER_DAY_CENTS = 25;
    public static final long MAX_FINE_CENTS = 1000;
    public static final long BLOCKING_FINES_CENTS = 500;
    public static final int MAX_LATE_RETURNS = 3;
    public static final int MAX_BOOKS_OUT = 5;

    private final List<Loan> loans = new ArrayList<>();

    public Loan lend(String member, String title, LocalDate on) {
        for (Loan loan : loans) {
            if (loan.title().equals(title) && loan.isOut()) {
                throw new IllegalStateException(title + " is already lent out");
            }
        }
        Loan loan = new Loan(member, title, on.plusDays(LOAN_DAYS));
        loans.add(loan);
        return loan;
    }

    public void giveBack(String title, LocalDate on) {
        for (Loan loan : loans) {
            if (loan.title().equals(title) && loan.isOut()) {
                loan.markReturned(on);
                return;
            }
        }
        throw new IllegalStateException(title + " is not lent out");
    }

    /** The fine for one loan: days late until it came back, or until today while it is still out. */
    public long fineCents(Loan loan, LocalDate today) {
        LocalDate end = loan.isOut() ? today : loan.returnedOn();
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(loan.dueOn(), end));
        return Math.min(daysLate * FINE_PER_DAY_CENTS, MAX_FINE_CENTS);
    }

    public long finesOwed(String member, LocalDate today) {
        long total = 0;
        for (Loan loan : loansOf(member)) {
            total += fineCents(loan, today);
        }
        return total;
    }

    /** How many books the member brought back after their due date. */
    public int lateReturns(String member) {
        int late = 0;
        for (Loan loan : loansOf(member)) {
            if (loan.returnedOn() != null && loan.returnedOn().isAfter(loan.dueOn())) {
                late++;
            }
        }
        return late;
    }

    public boolean mayBorrow(String member, LocalDate today) {
        long booksOut = loansOf(member).stream().filter(Loan::isOut).count();
        return booksOut < MAX_BOOKS_OUT
            && finesOwed(member, today) < BLOCKING_FINES_CENTS
            && lateReturns(member) < MAX_LATE_RETURNS;
    }

    private List<Loan> loansOf(String member) {
        return loans.stream().filter(loan -> loan.member().equals(member)).toList();
    }
}
