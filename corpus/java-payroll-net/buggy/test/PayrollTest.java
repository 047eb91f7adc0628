import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class PayrollTest {
    private final Payroll payroll = new Payroll(20, 5);

    @Test
    public void standardWeek() {
        assertEquals(80000, payroll.gross(2000, 160));
    }

    @Test
    public void overtimeIsPaidTimeAndAHalf() {
        assertEquals(86000, payroll.gross(2000, 168));
    }

    @Test
    public void pensionIsAShareOfGross() {
        assertEquals(4000, payroll.pension(80000));
    }

    @Test
    public void netPayDeductsPensionAndTax() {
        assertEquals(60800, payroll.net(2000, 160));
    }
}
