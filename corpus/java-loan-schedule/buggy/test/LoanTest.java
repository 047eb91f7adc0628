import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;

public class LoanTest {
    private static Loan loan(String principal, String ratePercent, int months) {
        return new Loan(new BigDecimal(principal), new BigDecimal(ratePercent), months);
    }

    @Test
    public void interestFreeLoanIsSplitEvenly() {
        assertEquals(new BigDecimal("100.00"), loan("1200", "0", 12).monthlyPayment());
        assertEquals(new BigDecimal("0.00"), loan("1200", "0", 12).totalInterest());
    }

    @Test
    public void lastInstalmentTakesTheRoundingRest() {
        List<Instalment> rows = loan("1000", "0", 3).schedule();
        assertEquals(new BigDecimal("333.33"), rows.get(0).payment());
        assertEquals(new BigDecimal("333.34"), rows.get(2).payment());
        assertEquals(new BigDecimal("0.00"), rows.get(2).balanceAfter());
    }

    @Test
    public void scheduleHasOneRowPerMonthAndEndsAtZero() {
        List<Instalment> rows = loan("10000", "6", 12).schedule();
        assertEquals(12, rows.size());
        assertEquals(12, rows.get(11).month());
        assertEquals(new BigDecimal("0.00"), rows.get(11).balanceAfter());
    }

    @Test
    public void monthlyPaymentAtSixPercent() {
        assertEquals(new BigDecimal("860.66"), loan("10000", "6", 12).monthlyPayment());
    }

    @Test
    public void firstMonthsInterest() {
        Instalment first = loan("10000", "6", 12).schedule().get(0);
        assertEquals(new BigDecimal("50.00"), first.interest());
        assertEquals(new BigDecimal("810.66"), first.principal());
    }

    @Test
    public void aLoanNeedsAtLeastOneMonth() {
        assertThrows(IllegalArgumentException.class, () -> loan("500", "5", 0));
    }
}
