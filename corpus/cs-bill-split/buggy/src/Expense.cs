namespace Splitting;

/// <summary>Something one person paid for that several people (maybe including the payer) share equally.</summary>
public sealed record Expense(string PaidBy, decimal Amount, IReadOnlyList<string> SharedBy);

/// <summary>Money one person owes another to settle up.</summary>
public sealed record Transfer(string From, string To, decimal Amount);
