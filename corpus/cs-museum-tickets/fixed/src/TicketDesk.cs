namespace Museum;

/// <summary>Prices a visit in cents: a price per ticket type, a group discount, and a family ticket when it is cheaper.</summary>
public sealed class TicketDesk
{
    /// <summary>Parties with at least this many paying visitors are a group.</summary>
    public const int GroupSize = 10;
    public const int GroupDiscountPercent = 10;
    public const int FamilyTicketCents = 4500;

    private static readonly Dictionary<TicketType, int> Prices = new()
    {
        [TicketType.Infant] = 0,
        [TicketType.Child] = 900,
        [TicketType.Adult] = 1800,
        [TicketType.Student] = 1200,
        [TicketType.Senior] = 1200,
    };

    public static int PriceOf(TicketType ticket) => Prices[ticket];

    /// <summary>Infants are free and do not count towards a group; a group pays its tickets less the group discount.</summary>
    public int Total(IReadOnlyCollection<Visitor> visitors)
    {
        if (visitors.Count == 0) return 0;
        var tickets = visitors.Select(v => v.Ticket).ToList();
        var sum = tickets.Sum(PriceOf);
        var paying = tickets.Count(t => t != TicketType.Infant);
        if (paying >= GroupSize)
        {
            sum -= RoundedPercent(sum, GroupDiscountPercent);
        }
        return Math.Min(sum, FamilyPrice(tickets) ?? int.MaxValue);
    }

    /// <summary>
    /// A family ticket covers one or two adults (or students) with one to three children; infants come free with it.
    /// Null when the party is not a family.
    /// </summary>
    public static int? FamilyPrice(IReadOnlyList<TicketType> tickets)
    {
        var grownUps = tickets.Count(t => t is TicketType.Adult or TicketType.Student);
        var children = tickets.Count(t => t == TicketType.Child);
        var others = tickets.Count(t => t == TicketType.Senior);
        if (grownUps is < 1 or > 2 || children is < 1 or > 3 || others > 0) return null;
        return FamilyTicketCents;
    }

    // Half a cent and more rounds up, the way the till does.
    private static int RoundedPercent(int cents, int percent) => (cents * percent + 50) / 100;

    /// <summary>The receipt line of a total, e.g. "Total: 162.00".</summary>
    public static string Receipt(int cents) => $"Total: {cents / 100}.{cents % 100:00}";
}
