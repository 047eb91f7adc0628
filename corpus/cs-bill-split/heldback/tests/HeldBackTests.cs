using Splitting;

public static class HeldBackTests
{
    public static void LeftoverCentsGoToThePeopleListedFirst()
    {
        Assert.SequenceEqual([0.02m, 0.02m, 0.01m], BillSplitter.Split(0.05m, ["ana", "ben", "cat"]).Values);
        Assert.SequenceEqual([0.01m, 0.00m], BillSplitter.Split(0.01m, ["ben", "ana"]).Values);
        Assert.SequenceEqual([2.50m, 2.50m, 2.50m, 2.50m], BillSplitter.Split(10.00m, ["a", "b", "c", "d"]).Values);
    }

    public static void SharesAlwaysAddUpToTheBill()
    {
        string[] group = ["a", "b", "c", "d", "e", "f", "g"];
        foreach (var amount in new[] { 0.00m, 0.06m, 1.00m, 19.99m, 250.01m, 1000.00m })
        {
            for (var size = 1; size <= group.Length; size++)
            {
                var shares = BillSplitter.Split(amount, group[..size]);
                Assert.Equal(amount, shares.Values.Sum());
                Assert.True(shares.Values.Max() - shares.Values.Min() <= 0.01m, $"shares of {amount} among {size} differ by at most a cent");
            }
        }
    }

    public static void BalancesCancelOut()
    {
        var balances = BillSplitter.Balances([new Expense("ana", 100.00m, ["ana", "ben", "cat"]), new Expense("ben", 7.00m, ["ana", "ben", "cat"])]);
        Assert.Equal(0m, balances.Values.Sum());
        Assert.Equal(64.32m, balances["ana"]);
    }

    public static void EveryCentIsSettled()
    {
        var transfers = BillSplitter.Settle([new Expense("cat", 10.00m, ["ana", "ben", "cat"])]);
        Assert.SequenceEqual([new Transfer("ana", "cat", 3.34m), new Transfer("ben", "cat", 3.33m)], transfers);
    }

    public static void APayerWhoDidNotShareIsPaidBackInFull()
    {
        var transfers = BillSplitter.Settle([new Expense("dan", 50.00m, ["ana", "ben", "cat"])]);
        Assert.Equal(50.00m, transfers.Sum(t => t.Amount));
        Assert.True(transfers.All(t => t.To == "dan"), "everyone pays dan");
    }
}
