/** A savings account with yearly compound interest; amounts are rounded to the cent. */
public final class SavingsPlan {
    private final double annualRatePercent;

    public SavingsPlan(double annualRatePercent) {
        if (annualRatePercent < 0) {
            throw new IllegalArgumentException("negative rate");
        }
        this.annualRatePercent = annualRatePercent;
    }

    /** The balance after the given whole years when interest is added once a year. */
    public double balanceAfter(double deposit, int years) {
        double factor = Math.pow(1 + annualRatePercent / 100, years);
        return roundCents(deposit * factor);
    }

    /** The interest earned over the given years. */
    public double interestEarned(double deposit, int years) {
        return roundCents(balanceAfter(deposit, years) - deposit);
    }

    /** The first whole year in which the balance reaches the target. */
    public int yearsToReach(double deposit, double target) {
        int years = 0;
        while (balanceAfter(deposit, years) < target) {
            years++;
            if (years > 1000) {
                throw new IllegalArgumentException("target is never reached");
            }
        }
        return years;
    }

    static double roundCents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }
}
