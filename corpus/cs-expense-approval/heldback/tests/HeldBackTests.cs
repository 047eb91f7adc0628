using Expenses;

public static class HeldBackTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    private static readonly ApprovalRouter Router = new(new OrgChart(
    [
        new Employee("ceo", "Ada", null, 5_000_000),
        new Employee("vp-eng", "Grace", "ceo", 1_000_000),
        new Employee("lead", "Linus", "vp-eng", 200_000),
        new Employee("dev", "Margaret", "lead", 0),
        new Employee("contractor", "Ken", null, 0),
    ]));

    private static Claim Spent(string who, ExpenseCategory category, long cents) => new(who, category, cents, Today.AddDays(-3));

    public static void ClaimAboveEveryLimitGoesToFinance()
    {
        Assert.Equal(ApprovalRouter.FinanceDesk, Router.ApproverFor(Spent("dev", ExpenseCategory.Equipment, 6_000_000), Today));
    }

    public static void ClaimTheCeoCanApproveStopsAtTheCeo()
    {
        Assert.Equal("ceo", Router.ApproverFor(Spent("dev", ExpenseCategory.Equipment, 5_000_000), Today));
    }

    public static void ContractorWithoutAManagerGoesToFinance()
    {
        Assert.Equal(ApprovalRouter.FinanceDesk, Router.ApproverFor(Spent("contractor", ExpenseCategory.Travel, 3_000), Today));
    }

    public static void NobodyApprovesTheirOwnClaim()
    {
        Assert.Equal("vp-eng", Router.ApproverFor(Spent("lead", ExpenseCategory.Training, 150_000), Today));
    }

    public static void MealAtTheLimitNeedsAManager()
    {
        Assert.Equal("lead", Router.ApproverFor(Spent("dev", ExpenseCategory.Meals, 2_500), Today));
    }

    public static void NinetyDaysIsNotYetLate()
    {
        var claim = new Claim("dev", ExpenseCategory.Travel, 12_000, Today.AddDays(-90));
        Assert.Equal("lead", Router.ApproverFor(claim, Today));
    }

    public static void QueuesIncludeFinance()
    {
        var claims = new[]
        {
            Spent("ceo", ExpenseCategory.Travel, 180_000),
            Spent("dev", ExpenseCategory.Travel, 45_000),
            Spent("vp-eng", ExpenseCategory.Equipment, 2_000_000),
            Spent("contractor", ExpenseCategory.Meals, 1_000),
        };
        var queues = Router.Queues(claims, Today);
        Assert.SequenceEqual(["auto", "ceo", "finance", "lead"], queues.Keys);
        Assert.SequenceEqual([180_000L], queues["finance"].Select(c => c.AmountCents));
    }
}
