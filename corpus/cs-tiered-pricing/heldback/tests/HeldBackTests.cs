using Pricing;

public static class HeldBackTests
{
    private static readonly UsagePricing Pricing = new(new[] { new Tier(100, 0.10m), new Tier(1000, 0.08m), new Tier(1_000_000, 0.05m) }, 5.00m, 12.00m);

    public static void AllThreeTiers()
    {
        Assert.Equal(10.00m + 72.00m + 100.00m, Pricing.UsagePrice(3000));
    }

    public static void ExactlyAtATierBoundary()
    {
        Assert.Equal(10.00m, Pricing.UsagePrice(100));
        Assert.Equal(10.08m, Pricing.UsagePrice(101));
    }

    public static void BillsAroundTheMinimum()
    {
        Assert.Equal(12.00m, Pricing.MonthlyBill(0));
        Assert.Equal(12.00m, Pricing.MonthlyBill(70));
        Assert.Equal(15.00m, Pricing.MonthlyBill(100));
    }

    public static void SingleTierIsFlatPricing()
    {
        var flat = new UsagePricing(new[] { new Tier(500, 0.25m) }, 0m, 0m);
        Assert.Equal(125.00m, flat.MonthlyBill(500));
    }
}
