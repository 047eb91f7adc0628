using Expenses;

public static class ApprovalRouterTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    private static readonly ApprovalRouter Router = new(new OrgChart(
    [
        new Employee("ceo", "Ada", null, 5_000_000),
        new Employee("vp-eng", "Grace", "ceo", 1_000_000),
        new Employee("lead", "Linus", "vp-eng", 200_000),
        new Employee("dev", "Margaret", "lead", 0),
    ]));

    private static Claim Spent(string who, ExpenseCategory category, long cents) => new(who, category, cents, Today.AddDays(-3));

    public static void SmallMealIsApprovedAutomatically()
    {
        Assert.Equal(ApprovalRouter.AutoApproved, Router.ApproverFor(Spent("dev", ExpenseCategory.Meals, 1_800), Today));
    }

    public static void TrainTicketGoesToTheTeamLead()
    {
        Assert.Equal("lead", Router.ApproverFor(Spent("dev", ExpenseCategory.Travel, 45_000), Today));
    }

    public static void LaptopAboveTheLeadsLimitGoesToTheVp()
    {
        Assert.Equal("vp-eng", Router.ApproverFor(Spent("dev", ExpenseCategory.Equipment, 320_000), Today));
    }

    public static void ClaimFiledFourMonthsLateGoesToFinance()
    {
        var late = new Claim("dev", ExpenseCategory.Travel, 12_000, new DateOnly(2025, 1, 2));
        Assert.Equal(ApprovalRouter.FinanceDesk, Router.ApproverFor(late, new DateOnly(2025, 4, 15)));
    }

    public static void NothingIsClaimedForFree()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Router.ApproverFor(Spent("dev", ExpenseCategory.Travel, 0), Today));
    }

    public static void QueuesGroupClaimsByApprover()
    {
        var claims = new[]
        {
            Spent("dev", ExpenseCategory.Travel, 45_000),
            Spent("dev", ExpenseCategory.Meals, 900),
            Spent("lead", ExpenseCategory.Training, 150_000),
            Spent("dev", ExpenseCategory.Meals, 7_000),
        };
        var queues = Router.Queues(claims, Today);
        Assert.SequenceEqual(["auto", "lead", "vp-eng"], queues.Keys);
        Assert.SequenceEqual([45_000L, 7_000L], queues["lead"].Select(c => c.AmountCents));
    }

    public static void CeoTravelGoesToFinance()
    {
        Assert.Equal(ApprovalRouter.FinanceDesk, Router.ApproverFor(Spent("ceo", ExpenseCategory.Travel, 180_000), Today));
    }
}
