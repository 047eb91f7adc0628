namespace Museum;

public enum TicketType { Infant, Child, Adult, Student, Senior }

/// <summary>A visitor at the desk: their age, and whether they showed a valid student card.</summary>
public sealed record Visitor(int Age, bool HasStudentCard = false)
{
    public TicketType Ticket
    {
        get
        {
            if (Age < 0 || Age > 130) throw new ArgumentOutOfRangeException(nameof(Age), Age, "not a plausible age");
            if (Age < 3) return TicketType.Infant;
            if (Age < 12) return TicketType.Child;
            if (Age >= 65) return TicketType.Senior;
            return HasStudentCard ? TicketType.Student : TicketType.Adult;
        }
    }
}
