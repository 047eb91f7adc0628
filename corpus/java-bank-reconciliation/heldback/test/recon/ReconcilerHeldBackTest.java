package recon;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class ReconcilerHeldBackTest {
    @Test
    public void invoiceTotalComputedFromQuantityAndPrice() {
        // 2.5 hours at 48.00 is 120.000
        Transaction invoice = new Transaction(
                LocalDate.parse("2024-04-02"), "INV-3", new BigDecimal("2.5").multiply(new BigDecimal("48.00")));
        Reconciliation result = new Reconciler(2).reconcile(
                List.of(Transaction.parseStatementLine("2024-04-03;J SMITH INV-3;120.00")), List.of(invoice));
        assertTrue(result.isComplete());
    }

    @Test
    public void sameDayOnlyWithZeroTolerance() {
        Reconciliation result = new Reconciler(0).reconcile(
                List.of(
                        Transaction.parseStatementLine("2024-04-02;RENT APRIL;-75.00"),
                        Transaction.parseStatementLine("2024-04-03;PARKING;-12.00")),
                List.of(Transaction.of("2024-04-02", "RENT", "-75"), Transaction.of("2024-04-02", "PARKING", "-12")));
        assertEquals(1, result.matches().size());
        assertEquals("RENT", result.matches().get(0).ledger().text());
        assertEquals(0, result.unexplained().compareTo(BigDecimal.ZERO));
    }

    @Test
    public void eachLedgerEntryPairsOnce() {
        Transaction first = Transaction.of("2024-04-01", "SUB-1", "-9.9");
        Transaction second = Transaction.of("2024-04-02", "SUB-2", "-9.90");
        Reconciliation result = new Reconciler(3).reconcile(
                List.of(
                        Transaction.parseStatementLine("2024-04-02;STREAMING;-9.90"),
                        Transaction.parseStatementLine("2024-04-03;STREAMING;-9.90"),
                        Transaction.parseStatementLine("2024-04-04;STREAMING;-9.90")),
                List.of(first, second));
        assertEquals(2, result.matches().size());
        assertEquals(1, result.unmatchedBank().size());
        assertEquals(LocalDate.parse("2024-04-04"), result.unmatchedBank().get(0).date());
        assertTrue(result.unmatchedLedger().isEmpty());
    }

    @Test
    public void monthEndStatement() {
        Transaction unbooked = Transaction.of("2024-04-28", "INV-2210", "310");
        Reconciliation result = new Reconciler(3).reconcile(
                List.of(
                        Transaction.parseStatementLine("2024-04-30;BANK FEE;-4.50"),
                        Transaction.parseStatementLine("2024-04-29;NORTHWIND INV-2207;2,400.00"),
                        Transaction.parseStatementLine("2024-04-26;SALARY APRIL;-3,100.00")),
                List.of(
                        Transaction.of("2024-04-26", "SALARY", "-3100"),
                        Transaction.of("2024-04-27", "INV-2207", "2400.0"),
                        unbooked));
        assertEquals(2, result.matches().size());
        assertEquals("SALARY", result.matches().get(0).ledger().text());
        assertEquals(List.of(unbooked), result.unmatchedLedger());
        assertEquals(0, result.unexplained().compareTo(new BigDecimal("-314.50")));
    }

    @Test(expected = IllegalArgumentException.class)
    public void negativeToleranceIsRejected() {
        new Reconciler(-1);
    }
}
