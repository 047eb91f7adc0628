using Billing;

public static class SubscriptionTests
{
    private static readonly Plan Basic = new("Basic", 9.00m);
    private static readonly Plan Pro = new("Pro", 30.00m);

    public static void ProrateHalfMonth()
    {
        Assert.Equal(15.00m, Subscription.Prorate(30.00m, 15, 30));
    }

    public static void RefundForUnusedDays()
    {
        Assert.Equal(6.00m, Subscription.CancellationRefund(Basic, 10, 30));
    }

    public static void RefundIsZeroAtMonthEnd()
    {
        Assert.Equal(0.00m, Subscription.CancellationRefund(Pro, 31, 31));
    }

    public static void UpgradeChargesTheDifferenceForRemainingDays()
    {
        Assert.Equal(14.00m, Subscription.UpgradeCharge(Basic, Pro, 10, 30));
    }
}
