using Billing;

public static class HeldBackTests
{
    public static void UpgradeOnFirstDayChargesFullDifference()
    {
        Assert.Equal(21.00m, Subscription.UpgradeCharge(new Plan("Basic", 9.00m), new Plan("Pro", 30.00m), 0, 30));
    }

    public static void DowngradeGivesACredit()
    {
        Assert.Equal(-10.50m, Subscription.UpgradeCharge(new Plan("Pro", 30.00m), new Plan("Basic", 9.00m), 15, 30));
    }

    public static void UpgradeInFebruaryIsRounded()
    {
        Assert.Equal(2.15m, Subscription.UpgradeCharge(new Plan("A", 5.00m), new Plan("B", 10.00m), 16, 28));
    }

    public static void UpgradeOnLastDayIsFree()
    {
        Assert.Equal(0.00m, Subscription.UpgradeCharge(new Plan("A", 5.00m), new Plan("B", 10.00m), 31, 31));
    }
}
