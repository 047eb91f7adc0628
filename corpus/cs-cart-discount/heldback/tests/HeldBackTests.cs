using Shop;

public static class HeldBackTests
{
    public static void FullCouponMakesCartFree()
    {
        var cart = new Cart();
        cart.Add("book", 12.99m, 3);
        Assert.Equal(0.00m, cart.TotalWithCoupon(100));
    }

    public static void CouponIsRoundedToCents()
    {
        var cart = new Cart();
        cart.Add("tea", 3.33m, 1);
        Assert.Equal(2.50m, cart.TotalWithCoupon(25));
    }

    public static void CouponAboveHundredIsRejected()
    {
        var cart = new Cart();
        cart.Add("tea", 3.00m, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => cart.TotalWithCoupon(120));
    }
}
