using Inventory;

public static class HeldBackTests
{
    public static void IssuesSpanLots()
    {
        var stock = new FifoStock();
        stock.Receive(10, 2.00m);
        stock.Receive(5, 3.00m);
        Assert.Equal(12.00m, stock.Issue(6));
        Assert.Equal(14.00m, stock.Issue(6));
        Assert.Equal(9.00m, stock.Issue(3));
        Assert.Equal(0, stock.OnHand);
    }

    public static void RepeatedSmallIssuesEmptyTheLot()
    {
        var stock = new FifoStock();
        stock.Receive(3, 1.50m);
        stock.Issue(1);
        stock.Issue(1);
        Assert.Equal(1, stock.OnHand);
        Assert.Equal(1.50m, stock.Issue(1));
        Assert.Throws<InvalidOperationException>(() => stock.Issue(1));
    }

    public static void ValueAfterMixedTraffic()
    {
        var stock = new FifoStock();
        stock.Receive(4, 10.00m);
        stock.Issue(3);
        stock.Receive(2, 12.00m);
        Assert.Equal(3, stock.OnHand);
        Assert.Equal(34.00m, stock.Value);
    }
}
