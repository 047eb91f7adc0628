package recon;

import java.math.BigDecimal;
import java.util.List;

/** What reconciling a statement against the ledger found. */
public record Reconciliation(List<Match> matches, List<Transaction> unmatchedBank, List<Transaction> unmatchedLedger) {
    public record Match(Transaction bank, Transaction ledger) {}

    public boolean isComplete() {
        return unmatchedBank.isEmpty() && unmatchedLedger.isEmpty();
    }

    /** The bank's unmatched money minus the ledger's: what the bookkeeper still has to explain. */
    public BigDecimal unexplained() {
        return total(unmatchedBank).subtract(total(unmatchedLedger));
    }

    private static BigDecimal total(List<Transaction> transactions) {
        return transactions.stream().map(Transaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
