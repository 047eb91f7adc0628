namespace Pricing;

// Units up to and including UpTo (after the previous tier) cost UnitPrice each.
public record Tier(int UpTo, decimal UnitPrice);

// Graduated usage pricing: each unit is charged at the price of the tier it falls in, plus a monthly fee, never below the minimum charge.
public class UsagePricing
{
    private readonly IReadOnlyList<Tier> tiers;
    private readonly decimal monthlyFee;
    private readonly decimal minimumCharge;

    public UsagePricing(IReadOnlyList<Tier> tiers, decimal monthlyFee, decimal minimumCharge)
    {
        if (tiers.Count == 0) throw new ArgumentException("At least one tier is needed", nameof(tiers));
        for (var i = 1; i < tiers.Count; i++)
        {
            if (tiers[i].UpTo <= tiers[i - 1].UpTo) throw new ArgumentException("Tiers must grow", nameof(tiers));
        }
        this.tiers = tiers;
        this.monthlyFee = monthlyFee;
        this.minimumCharge = minimumCharge;
    }

    public decimal UsagePrice(int units)
    {
        if (units < 0) throw new ArgumentOutOfRangeException(nameof(units));
        if (units > tiers[^1].UpTo) throw new ArgumentOutOfRangeException(nameof(units), "Above the last tier");
        var total = 0m;
        var previous = 0;
        foreach (var tier in tiers)
        {
            if (units <= previous) break;
            var inTier = Math.Min(units, tier.UpTo) - previous;
            total += units * tier.UnitPrice;
            previous = tier.UpTo;
        }
        return total;
    }

    public decimal MonthlyBill(int units) => Math.Min(monthlyFee + UsagePrice(units), minimumCharge);
}
