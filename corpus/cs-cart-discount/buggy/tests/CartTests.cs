using Shop;

public static class CartTests
{
    public static void SubtotalAddsAllLines()
    {
        var cart = new Cart();
        cart.Add("pen", 1.50m, 4);
        cart.Add("pad", 3.25m, 2);
        Assert.Equal(12.50m, cart.Subtotal);
        Assert.Equal(6, cart.ItemCount);
    }

    public static void NoCouponKeepsSubtotal()
    {
        var cart = new Cart();
        cart.Add("pen", 2.00m, 5);
        Assert.Equal(10.00m, cart.TotalWithCoupon(0));
    }

    public static void TenPercentCouponLowersTotal()
    {
        var cart = new Cart();
        cart.Add("lamp", 40.00m, 1);
        cart.Add("bulb", 5.00m, 2);
        Assert.Equal(45.00m, cart.TotalWithCoupon(10));
    }

    public static void ZeroQuantityIsRejected()
    {
        var cart = new Cart();
        Assert.Throws<ArgumentException>(() => cart.Add("pen", 1.00m, 0));
    }
}
