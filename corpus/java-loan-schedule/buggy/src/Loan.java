import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A fixed-rate loan repaid in equal monthly instalments; the last instalment settles whatever rounding left over. */
public final class Loan {
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final BigDecimal principal;
    private final BigDecimal annualRatePercent;
    private final int months;

    public Loan(BigDecimal principal, BigDecimal annualRatePercent, int months) {
        if (principal.signum() <= 0) {
            throw new IllegalArgumentException("the principal must be positive");
        }
        if (annualRatePercent.signum() < 0) {
            throw new IllegalArgumentException("the rate cannot be negative");
        }
        if (months < 1) {
            throw new IllegalArgumentException("a loan runs for at least one month");
        }
        this.principal = principal;
        this.annualRatePercent = annualRatePercent;
        this.months = months;
    }

    /** The interest rate for one month as a fraction, from the yearly rate in percent. */
    public BigDecimal monthlyRate() {
        return annualRatePercent.divide(BigDecimal.valueOf(100), PRECISION);
    }

    /** The regular monthly instalment, rounded to cents. */
    public BigDecimal monthlyPayment() {
        BigDecimal rate = monthlyRate();
        if (rate.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
        }
        BigDecimal growth = BigDecimal.ONE.add(rate).pow(months, PRECISION);
        BigDecimal payment = principal.multiply(rate).multiply(growth).divide(growth.subtract(BigDecimal.ONE), PRECISION);
        return payment.setScale(2, RoundingMode.HALF_UP);
    }

    /** Month by month: interest on the remaining balance, the rest of the instalment paid off the principal. */
    public List<Instalment> schedule() {
        BigDecimal rate = monthlyRate();
        BigDecimal payment = monthlyPayment();
        BigDecimal balance = principal.setScale(2, RoundingMode.HALF_UP);
        List<Instalment> rows = new ArrayList<>();
        for (int month = 1; month <= months; month++) {
            BigDecimal interest = balance.multiply(rate).setScale(2, RoundingMode.HALF_UP);
            BigDecimal repaid = month == months ? balance : payment.subtract(interest);
            balance = balance.subtract(repaid);
            rows.add(new Instalment(month, interest.add(repaid), interest, repaid, balance));
        }
        return rows;
    }

    /** Everything paid over the loan's life beyond the principal. */
    public BigDecimal totalInterest() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Instalment row : schedule()) {
            total = total.add(row.interest());
        }
        return total;
    }
}
