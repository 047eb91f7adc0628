package billing;

import java.util.ArrayList;
import java.util.List;

/** An invoice in cents: lines with a VAT rate, and the payments received so far. */
public class Invoice {
    public enum Status { OPEN, PARTIALLY_PAID, PAID }

    private final int vatPercent;
    private final List<Long> lineAmounts = new ArrayList<>();
    private long paid;

    public Invoice(int vatPercent) {
        this.vatPercent = vatPercent;
    }

    public void addLine(long unitCents, int quantity) {
        lineAmounts.add(unitCents * quantity);
    }

    public void pay(long cents) {
        if (cents <= 0) {
            throw new IllegalArgumentException("payment must be positive");
        }
        paid += cents;
    }

    public long net() {
        long sum = 0;
        for (long amount : lineAmounts) {
            sum += amount;
        }
        return sum;
    }

    /** VAT rounded half up to the cent. */
    public long vat() {
        return (net() * vatPercent + 50) / 100;
    }

    public long total() {
        return net() + vat();
    }

    public long balance() {
        return total() - paid;
    }

    public Status status() {
        if (paid == 0) {
            return Status.OPEN;
        }
        if (paid > total()) {
            return Status.PAID;
        }
        return Status.PARTIALLY_PAID;
    }
}
