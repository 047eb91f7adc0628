import java.time.LocalDate;

/** One book lent to one member; {@code returnedOn} stays null while the book is out. */
public final class Loan {
    private final String member;
    private final String title;
    private final LocalDate dueOn;
    private LocalDate returnedOn;

    public Loan(String member, String title, LocalDate dueOn) {
        this.member = member;
        this.title = title;
        this.dueOn = dueOn;
    }

    public String member() {
        return member;
    }

    public String title() {
        return title;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate returnedOn() {
        return returnedOn;
    }

    public boolean isOut() {
        return returnedOn == null;
    }

    void markReturned(LocalDate date) {
        returnedOn = date;
    }
}
