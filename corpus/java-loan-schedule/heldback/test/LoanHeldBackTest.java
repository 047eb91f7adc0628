import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;

public class LoanHeldBackTest {
    private static Loan loan(String principal, String ratePercent, int months) {
        return new Loan(new BigDecimal(principal), new BigDecimal(ratePercent), months);
    }

    @Test
    public void thirtyYearMortgage() {
        Loan mortgage = loan("200000", "4.5", 360);
        assertEquals(new BigDecimal("1013.37"), mortgage.monthlyPayment());
        assertEquals(new BigDecimal("750.00"), mortgage.schedule().get(0).interest());
        assertEquals(new BigDecimal("164813.83"), mortgage.totalInterest());
    }

    @Test
    public void twoYearLoanAtTwelvePercent() {
        Loan car = loan("5000", "12", 24);
        assertEquals(new BigDecimal("235.37"), car.monthlyPayment());
        List<Instalment> rows = car.schedule();
        assertEquals(new BigDecimal("235.29"), rows.get(23).payment());
        assertEquals(new BigDecimal("648.80"), car.totalInterest());
    }

    @Test
    public void oddRateOverSixMonths() {
        Loan loan = loan("2500", "7.9", 6);
        assertEquals(new BigDecimal("426.32"), loan.monthlyPayment());
        assertEquals(new BigDecimal("16.46"), loan.schedule().get(0).interest());
        assertEquals(new BigDecimal("57.92"), loan.totalInterest());
    }

    @Test
    public void principalPartsAddUpToTheLoan() {
        BigDecimal repaid = BigDecimal.ZERO;
        for (Instalment row : loan("10000", "6", 12).schedule()) {
            repaid = repaid.add(row.principal());
            assertEquals(row.payment(), row.interest().add(row.principal()));
        }
        assertEquals(new BigDecimal("10000.00"), repaid);
    }

    @Test
    public void totalInterestAtSixPercent() {
        assertEquals(new BigDecimal("327.96"), loan("10000", "6", 12).totalInterest());
    }
}
