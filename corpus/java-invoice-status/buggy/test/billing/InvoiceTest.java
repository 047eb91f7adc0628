package billing;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class InvoiceTest {
    private static Invoice sample() {
        Invoice invoice = new Invoice(20);
        invoice.addLine(1250, 2);
        invoice.addLine(500, 3);
        return invoice;
    }

    @Test
    public void totalIncludesVat() {
        assertEquals(4000, sample().net());
        assertEquals(800, sample().vat());
        assertEquals(4800, sample().total());
    }

    @Test
    public void newInvoiceIsOpen() {
        assertEquals(Invoice.Status.OPEN, sample().status());
    }

    @Test
    public void partPaymentLeavesBalance() {
        Invoice invoice = sample();
        invoice.pay(1000);
        assertEquals(Invoice.Status.PARTIALLY_PAID, invoice.status());
        assertEquals(3800, invoice.balance());
    }

    @Test
    public void exactPaymentMarksInvoicePaid() {
        Invoice invoice = sample();
        invoice.pay(4800);
        assertEquals(0, invoice.balance());
        assertEquals(Invoice.Status.PAID, invoice.status());
    }
}
