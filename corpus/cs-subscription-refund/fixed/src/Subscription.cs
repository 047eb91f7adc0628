namespace Billing;

public record Plan(string Name, decimal MonthlyPrice);

public static class Subscription
{
    // The share of an amount for the days used out of the days in the period, rounded to cents.
    public static decimal Prorate(decimal amount, int daysUsed, int daysInPeriod)
    {
        if (daysInPeriod <= 0) throw new ArgumentOutOfRangeException(nameof(daysInPeriod));
        if (daysUsed < 0 || daysUsed > daysInPeriod) throw new ArgumentOutOfRangeException(nameof(daysUsed));
        return Math.Round(amount * daysUsed / daysInPeriod, 2, MidpointRounding.AwayFromZero);
    }

    // What a customer who cancels gets back for the unused days of the month already paid.
    public static decimal CancellationRefund(Plan plan, int daysUsed, int daysInMonth)
    {
        var unused = daysInMonth - daysUsed;
        return Prorate(plan.MonthlyPrice, unused, daysInMonth);
    }

    // The charge when switching plans mid-month: the new plan for the remaining days minus the old plan's unused days.
    public static decimal UpgradeCharge(Plan from, Plan to, int daysUsed, int daysInMonth)
    {
        var remaining = daysInMonth - daysUsed;
        var credit = Prorate(from.MonthlyPrice, remaining, daysInMonth);
        var charge = Prorate(to.MonthlyPrice, remaining, daysInMonth);
        return charge - credit;
    }
}
