using Splitting;

public static class SplitTests
{
    public static void AnEvenBillIsSharedEqually()
    {
        var shares = BillSplitter.Split(90.00m, ["ana", "ben", "cat"]);
        Assert.SequenceEqual([30.00m, 30.00m, 30.00m], shares.Values);
    }

    public static void AnUnevenBillStillAddsUp()
    {
        var shares = BillSplitter.Split(100.00m, ["ana", "ben", "cat"]);
        Assert.Equal(33.34m, shares["ana"]);
        Assert.Equal(33.33m, shares["ben"]);
        Assert.Equal(33.33m, shares["cat"]);
    }

    public static void FractionsOfACentAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BillSplitter.Split(10.005m, ["ana", "ben"]));
        Assert.Throws<ArgumentException>(() => BillSplitter.Split(10.00m, []));
    }

    public static void ThePayerIsOwedTheOthersShares()
    {
        var balances = BillSplitter.Balances([new Expense("ana", 60.00m, ["ana", "ben", "cat"])]);
        Assert.Equal(40.00m, balances["ana"]);
        Assert.Equal(-20.00m, balances["ben"]);
        Assert.Equal(-20.00m, balances["cat"]);
    }

    public static void SettlingUpAfterAWeekend()
    {
        Expense[] expenses =
        [
            new("ana", 120.00m, ["ana", "ben", "cat"]),
            new("ben", 30.00m, ["ana", "ben", "cat"]),
            new("cat", 16.00m, ["ben", "cat"]),
        ];
        Assert.SequenceEqual([new Transfer("cat", "ana", 42.00m), new Transfer("ben", "ana", 28.00m)], BillSplitter.Settle(expenses));
    }
}
