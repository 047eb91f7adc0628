package recon;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;

public class ReconcilerTest {
    private final Reconciler reconciler = new Reconciler(3);

    @Test
    public void paymentOnTheSameDayMatches() {
        Reconciliation result = reconciler.reconcile(
                List.of(Transaction.parseStatementLine("2024-03-04;ACME LTD INV-1042;-120.00")),
                List.of(Transaction.of("2024-03-04", "INV-1042", "-120.00")));
        assertEquals(1, result.matches().size());
        assertTrue(result.isComplete());
    }

    @Test
    public void bankMayBookAFewDaysLater() {
        Reconciliation result = reconciler.reconcile(
                List.of(Transaction.parseStatementLine("2024-03-04;TRANSFER FROM BOLT GMBH;450.00")),
                List.of(Transaction.of("2024-03-01", "INV-7", "450.00")));
        assertTrue(result.isComplete());
    }

    @Test
    public void datesTooFarApartStayOpen() {
        Transaction line = Transaction.parseStatementLine("2024-03-08;TRANSFER FROM BOLT GMBH;450.00");
        Transaction entry = Transaction.of("2024-03-01", "INV-7", "450.00");
        Reconciliation result = reconciler.reconcile(List.of(line), List.of(entry));
        assertFalse(result.isComplete());
        assertEquals(List.of(line), result.unmatchedBank());
        assertEquals(List.of(entry), result.unmatchedLedger());
    }

    @Test
    public void referenceDecidesBetweenEqualAmounts() {
        Transaction named = Transaction.of("2024-03-01", "INV-11", "-80.00");
        Transaction other = Transaction.of("2024-03-03", "INV-12", "-80.00");
        Reconciliation result = reconciler.reconcile(
                List.of(Transaction.parseStatementLine("2024-03-03;CARD PAYMENT INV-11;-80.00")), List.of(other, named));
        assertEquals(named, result.matches().get(0).ledger());
        assertEquals(List.of(other), result.unmatchedLedger());
    }

    @Test
    public void ledgerExportWithoutTrailingZeros() {
        // the accounting package exports 1250.00 as "1250" and 45.50 as "-45.5"
        Reconciliation result = reconciler.reconcile(
                List.of(
                        Transaction.parseStatementLine("2024-03-05;NORTHWIND INV-2001;1,250.00"),
                        Transaction.parseStatementLine("2024-03-06;OFFICE SUPPLIES;-45.50")),
                List.of(Transaction.of("2024-03-04", "INV-2001", "1250"), Transaction.of("2024-03-06", "PO-88", "-45.5")));
        assertEquals(2, result.matches().size());
        assertEquals(0, result.unexplained().compareTo(BigDecimal.ZERO));
    }

    @Test(expected = IllegalArgumentException.class)
    public void statementLineWithoutAmountIsRejected() {
        Transaction.parseStatementLine("2024-03-04;ACME LTD INV-1042");
    }
}
