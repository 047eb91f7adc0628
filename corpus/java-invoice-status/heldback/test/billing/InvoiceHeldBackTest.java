package billing;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class InvoiceHeldBackTest {
    @Test
    public void paymentsInInstalmentsAddUp() {
        Invoice invoice = new Invoice(10);
        invoice.addLine(999, 1);
        assertEquals(100, invoice.vat());
        invoice.pay(500);
        invoice.pay(599);
        assertEquals(Invoice.Status.PAID, invoice.status());
    }

    @Test
    public void overpaymentIsPaid() {
        Invoice invoice = new Invoice(0);
        invoice.addLine(300, 1);
        invoice.pay(400);
        assertEquals(Invoice.Status.PAID, invoice.status());
        assertEquals(-100, invoice.balance());
    }

    @Test
    public void oneCentShortIsPartiallyPaid() {
        Invoice invoice = new Invoice(0);
        invoice.addLine(300, 1);
        invoice.pay(299);
        assertEquals(Invoice.Status.PARTIALLY_PAID, invoice.status());
    }
}
