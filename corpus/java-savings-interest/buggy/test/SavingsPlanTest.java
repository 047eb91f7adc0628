import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SavingsPlanTest {
    @Test
    public void centsAreRounded() {
        assertEquals(10.13, SavingsPlan.roundCents(10.126), 1e-9);
    }

    @Test
    public void oneYearAddsTheRate() {
        assertEquals(1050.00, new SavingsPlan(5).balanceAfter(1000, 1), 1e-9);
    }

    @Test
    public void interestCompoundsOverThreeYears() {
        assertEquals(1157.63, new SavingsPlan(5).balanceAfter(1000, 3), 1e-9);
    }

    @Test
    public void interestEarnedOverTwoYears() {
        assertEquals(40.40, new SavingsPlan(2).interestEarned(1000, 2), 1e-9);
    }

    @Test(expected = IllegalArgumentException.class)
    public void negativeRateIsRejected() {
        new SavingsPlan(-1);
    }
}
