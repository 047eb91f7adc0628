namespace Shop;

public record CartLine(string Sku, decimal UnitPrice, int Quantity);

public class Cart
{
    private readonly List<CartLine> lines = new();

    public void Add(string sku, decimal unitPrice, int quantity)
    {
        if (quantity <= 0) throw new ArgumentException("Quantity must be positive", nameof(quantity));
        lines.Add(new CartLine(sku, unitPrice, quantity));
    }

    public int ItemCount => lines.Sum(l => l.Quantity);

    public decimal Subtotal => lines.Sum(l => l.UnitPrice * l.Quantity);

    // A percentage coupon (0-100) taken off the subtotal, rounded to cents.
    public decimal TotalWithCoupon(decimal percent)
    {
        if (percent < 0 || percent > 100) throw new ArgumentOutOfRangeException(nameof(percent));
        var discount = Subtotal * percent / 100m;
        return Math.Round(Subtotal + discount, 2, MidpointRounding.AwayFromZero);
    }
}
