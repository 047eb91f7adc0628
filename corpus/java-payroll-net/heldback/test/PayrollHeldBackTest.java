import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class PayrollHeldBackTest {
    @Test
    public void noTaxNoPensionKeepsGross() {
        assertEquals(30000, new Payroll(0, 0).net(1500, 80));
    }

    @Test
    public void netWithOvertimeAndTax() {
        assertEquals(46875, new Payroll(25, 0).net(1000, 220));
    }

    @Test
    public void netWithPensionOnly() {
        assertEquals(9000, new Payroll(0, 10).net(1000, 40));
    }

    @Test
    public void netWithBoth() {
        assertEquals(7200, new Payroll(20, 10).net(1000, 40));
    }
}
