using Museum;

public static class TicketDeskTests
{
    private static readonly TicketDesk Desk = new();

    private static List<Visitor> Many(int count, int age) => Enumerable.Range(0, count).Select(_ => new Visitor(age)).ToList();

    public static void InfantsAreFree()
    {
        Assert.Equal(0, Desk.Total(new[] { new Visitor(1) }));
    }

    public static void AgeAndStudentCardPickTheTicket()
    {
        Assert.Equal(TicketType.Infant, new Visitor(2).Ticket);
        Assert.Equal(TicketType.Child, new Visitor(3).Ticket);
        Assert.Equal(TicketType.Child, new Visitor(11).Ticket);
        Assert.Equal(TicketType.Adult, new Visitor(12).Ticket);
        Assert.Equal(TicketType.Student, new Visitor(23, HasStudentCard: true).Ticket);
        Assert.Equal(TicketType.Senior, new Visitor(65, HasStudentCard: true).Ticket);
    }

    public static void FamilyTicketIsUsedWhenCheaper()
    {
        var family = new[] { new Visitor(40), new Visitor(38), new Visitor(9), new Visitor(6) };
        Assert.Equal(4500, Desk.Total(family));
    }

    public static void LargeGroupGetsTheDiscount()
    {
        Assert.Equal(19440, Desk.Total(Many(12, 30)));
    }

    public static void ReceiptShowsEurosAndCents()
    {
        Assert.Equal("Total: 194.40", TicketDesk.Receipt(19440));
        Assert.Equal("Total: 0.05", TicketDesk.Receipt(5));
    }

    public static void SchoolClassOfTenGetsTheDiscount()
    {
        var schoolClass = Many(9, 8);
        schoolClass.Add(new Visitor(45));
        Assert.Equal(8910, Desk.Total(schoolClass));
    }
}
