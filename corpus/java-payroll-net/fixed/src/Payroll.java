/** Weekly pay in cents for hourly staff: overtime above 40 hours at time and a half, a flat tax rate and a pension contribution. */
public final class Payroll {
    public static final int STANDARD_HOURS = 40;

    private final int taxPercent;
    private final int pensionPercent;

    public Payroll(int taxPercent, int pensionPercent) {
        this.taxPercent = taxPercent;
        this.pensionPercent = pensionPercent;
    }

    /** Gross pay in cents; hours are given in quarter hours to avoid fractions. */
    public long gross(long hourlyCents, int quarterHours) {
        int standardQuarters = Math.min(quarterHours, STANDARD_HOURS * 4);
        int overtimeQuarters = quarterHours - standardQuarters;
        return (hourlyCents * standardQuarters + hourlyCents * overtimeQuarters * 3 / 2) / 4;
    }

    /** Pension contribution, taken before tax. */
    public long pension(long grossCents) {
        return grossCents * pensionPercent / 100;
    }

    /** Take-home pay in cents. */
    public long net(long hourlyCents, int quarterHours) {
        long grossCents = gross(hourlyCents, quarterHours);
        long pensionCents = pension(grossCents);
        long taxable = grossCents - pensionCents;
        long tax = taxable * taxPercent / 100;
        long netCents = taxable - tax;
        return netCents;
    }
}
