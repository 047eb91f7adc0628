import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SavingsPlanHeldBackTest {
    @Test
    public void noYearsKeepsTheDeposit() {
        assertEquals(250.00, new SavingsPlan(3).balanceAfter(250, 0), 1e-9);
    }

    @Test
    public void zeroRateKeepsTheDeposit() {
        assertEquals(500.00, new SavingsPlan(0).balanceAfter(500, 10), 1e-9);
    }

    @Test
    public void tenYearsAtFourPercent() {
        assertEquals(1480.24, new SavingsPlan(4).balanceAfter(1000, 10), 1e-9);
    }

    @Test
    public void doublingAtSevenPercentTakesElevenYears() {
        assertEquals(11, new SavingsPlan(7).yearsToReach(100, 200));
    }
}
