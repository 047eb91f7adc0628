using Inventory;

public static class FifoStockTests
{
    private static FifoStock TwoLots()
    {
        var stock = new FifoStock();
        stock.Receive(10, 2.00m);
        stock.Receive(5, 3.00m);
        return stock;
    }

    public static void ReceivingAddsStock()
    {
        var stock = TwoLots();
        Assert.Equal(15, stock.OnHand);
        Assert.Equal(35.00m, stock.Value);
    }

    public static void IssuingAWholeLotUsesItsCost()
    {
        var stock = TwoLots();
        Assert.Equal(20.00m, stock.Issue(10));
        Assert.Equal(5, stock.OnHand);
    }

    public static void CannotIssueMoreThanOnHand()
    {
        Assert.Throws<InvalidOperationException>(() => TwoLots().Issue(16));
    }

    public static void PartialIssueLowersStock()
    {
        var stock = TwoLots();
        Assert.Equal(8.00m, stock.Issue(4));
        Assert.Equal(11, stock.OnHand);
        Assert.Equal(27.00m, stock.Value);
    }
}
