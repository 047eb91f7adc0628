namespace Parking;

/// <summary>A car park with a fixed number of spaces: tickets on the way in, payment on the way out.</summary>
public sealed class Garage(int spaces, ParkingMeter meter)
{
    private readonly Dictionary<int, DateTime> openTickets = new();
    private int nextTicket = 1;

    public int Occupied => openTickets.Count;

    public decimal Takings { get; private set; }

    public int Enter(DateTime at)
    {
        if (openTickets.Count >= spaces)
        {
            throw new InvalidOperationException("the car park is full");
        }
        var ticket = nextTicket++;
        openTickets[ticket] = at;
        return ticket;
    }

    public decimal Leave(int ticket, DateTime at)
    {
        if (!openTickets.Remove(ticket, out var entry))
        {
            throw new KeyNotFoundException($"ticket {ticket} is not in use");
        }
        var fee = meter.Fee(entry, at);
        Takings += fee;
        return fee;
    }
}
