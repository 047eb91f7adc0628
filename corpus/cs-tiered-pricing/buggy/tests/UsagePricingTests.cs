using Pricing;

public static class UsagePricingTests
{
    private static readonly UsagePricing Pricing = new(new[] { new Tier(100, 0.10m), new Tier(1000, 0.08m), new Tier(1_000_000, 0.05m) }, 5.00m, 12.00m);

    public static void NoUsageCostsNothing()
    {
        Assert.Equal(0m, Pricing.UsagePrice(0));
    }

    public static void UnitsInTheFirstTier()
    {
        Assert.Equal(4.00m, Pricing.UsagePrice(40));
    }

    public static void TiersMustGrow()
    {
        Assert.Throws<ArgumentException>(() => new UsagePricing(new[] { new Tier(100, 1m), new Tier(50, 1m) }, 0m, 0m));
    }

    public static void UnitsAcrossTwoTiers()
    {
        Assert.Equal(22.00m, Pricing.UsagePrice(250));
    }

    public static void QuietMonthPaysTheMinimum()
    {
        Assert.Equal(12.00m, Pricing.MonthlyBill(10));
    }

    public static void BusyMonthPaysFeeAndUsage()
    {
        Assert.Equal(27.00m, Pricing.MonthlyBill(250));
    }
}
