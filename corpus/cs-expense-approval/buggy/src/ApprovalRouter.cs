namespace Expenses;

public enum ExpenseCategory { Travel, Meals, Equipment, Training }

/// <summary>An expense claim: what the employee spent, on what, and when.</summary>
public sealed record Claim(string EmployeeId, ExpenseCategory Category, long AmountCents, DateOnly SpentOn);

/// <summary>Decides who has to approve each expense claim.</summary>
public sealed class ApprovalRouter(OrgChart chart)
{
    public const string FinanceDesk = "finance";
    public const string AutoApproved = "auto";

    /// <summary>Meals below this amount are approved without anyone looking at them.</summary>
    public const long AutoApproveMealsCents = 2_500;

    /// <summary>Claims filed more than this many days after the spending go to finance whatever the amount.</summary>
    public const int LateClaimDays = 90;

    /// <summary>
    /// The approver's id: <see cref="AutoApproved"/> for small meals, <see cref="FinanceDesk"/> for late claims,
    /// otherwise the nearest manager up the chain whose limit covers the amount, or finance when nobody's does.
    /// </summary>
    public string ApproverFor(Claim claim, DateOnly filedOn)
    {
        if (claim.AmountCents <= 0)
            throw new ArgumentOutOfRangeException(nameof(claim), claim.AmountCents, "a claim must be for a positive amount");
        if (claim.Category == ExpenseCategory.Meals && claim.AmountCents < AutoApproveMealsCents) return AutoApproved;
        if (filedOn.DayNumber - claim.SpentOn.DayNumber > LateClaimDays) return FinanceDesk;

        var submitter = chart.Find(claim.EmployeeId);
        var approver = chart.ManagerOf(submitter);
        while (approver.ApprovalLimitCents < claim.AmountCents)
        {
            approver = chart.ManagerOf(approver);
        }
        return approver?.Id ?? FinanceDesk;
    }

    /// <summary>The claims waiting for each approver, in the order they were filed.</summary>
    public IReadOnlyDictionary<string, List<Claim>> Queues(IEnumerable<Claim> claims, DateOnly filedOn)
    {
        var queues = new SortedDictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var approver = ApproverFor(claim, filedOn);
            if (!queues.TryGetValue(approver, out var queue)) queues[approver] = queue = [];
            queue.Add(claim);
        }
        return queues;
    }
}
