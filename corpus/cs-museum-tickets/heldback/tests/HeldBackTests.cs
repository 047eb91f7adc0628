using Museum;

public static class HeldBackTests
{
    private static readonly TicketDesk Desk = new();

    private static List<Visitor> Many(int count, int age, bool student = false) =>
        Enumerable.Range(0, count).Select(_ => new Visitor(age, student)).ToList();

    public static void NinePayingVisitorsAreNotAGroup()
    {
        Assert.Equal(16200, Desk.Total(Many(9, 30)));
    }

    public static void InfantsDoNotMakeAGroup()
    {
        var party = Many(9, 30).Concat(Many(2, 1)).ToList();
        Assert.Equal(16200, Desk.Total(party));
    }

    public static void TenSeniorsWithAnInfantAreAGroup()
    {
        var party = Many(10, 70).Concat(Many(1, 0)).ToList();
        Assert.Equal(10800, Desk.Total(party));
    }

    public static void TenStudentsAreAGroup()
    {
        Assert.Equal(10800, Desk.Total(Many(10, 21, student: true)));
    }

    public static void FamilyOfFiveWithABaby()
    {
        var family = new[] { new Visitor(41), new Visitor(39), new Visitor(10), new Visitor(7), new Visitor(4), new Visitor(1) };
        Assert.Equal(4500, Desk.Total(family));
    }

    public static void NobodyCostsNothing()
    {
        Assert.Equal(0, Desk.Total(Array.Empty<Visitor>()));
    }
}
