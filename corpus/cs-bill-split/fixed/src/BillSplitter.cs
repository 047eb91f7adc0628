namespace Splitting;

public static class BillSplitter
{
    /// <summary>
    /// Equal shares of <paramref name="amount"/> in whole cents. The shares add up to the amount exactly; when it does
    /// not divide evenly, the people listed first pay one cent more.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> Split(decimal amount, IReadOnlyList<string> people)
    {
        if (people.Count == 0)
        {
            throw new ArgumentException("nobody to share the bill", nameof(people));
        }
        if (amount < 0 || decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "an amount is positive and in whole cents");
        }
        var cents = (long)(amount * 100);
        var baseShare = cents / people.Count;
        var shares = people.ToDictionary(person => person, _ => baseShare);
        var leftoverCents = cents - baseShare * people.Count;
        for (var i = 0; i < leftoverCents; i++)
        {
            shares[people[i]]++;
        }
        return shares.ToDictionary(pair => pair.Key, pair => pair.Value / 100m);
    }

    /// <summary>What each person paid minus what they owe; positive balances are owed money.</summary>
    public static IReadOnlyDictionary<string, decimal> Balances(IEnumerable<Expense> expenses)
    {
        var balances = new Dictionary<string, decimal>();
        foreach (var expense in expenses)
        {
            balances[expense.PaidBy] = balances.GetValueOrDefault(expense.PaidBy) + expense.Amount;
            foreach (var (person, share) in Split(expense.Amount, expense.SharedBy))
            {
                balances[person] = balances.GetValueOrDefault(person) - share;
            }
        }
        return balances;
    }

    /// <summary>Transfers that settle every balance: the biggest debtor pays the biggest creditor until all are even.</summary>
    public static IReadOnlyList<Transfer> Settle(IEnumerable<Expense> expenses)
    {
        var balances = Balances(expenses);
        var creditors = Ranked(balances.Where(pair => pair.Value > 0).Select(pair => (pair.Key, pair.Value)));
        var debtors = Ranked(balances.Where(pair => pair.Value < 0).Select(pair => (pair.Key, -pair.Value)));
        var transfers = new List<Transfer>();
        int c = 0, d = 0;
        while (c < creditors.Count && d < debtors.Count)
        {
            var amount = Math.Min(creditors[c].Amount, debtors[d].Amount);
            transfers.Add(new Transfer(debtors[d].Person, creditors[c].Person, amount));
            creditors[c] = (creditors[c].Person, creditors[c].Amount - amount);
            debtors[d] = (debtors[d].Person, debtors[d].Amount - amount);
            if (creditors[c].Amount == 0) c++;
            if (debtors[d].Amount == 0) d++;
        }
        return transfers;
    }

    private static List<(string Person, decimal Amount)> Ranked(IEnumerable<(string Person, decimal Amount)> people) =>
        people.OrderByDescending(p => p.Amount).ThenBy(p => p.Person, StringComparer.Ordinal).ToList();
}
