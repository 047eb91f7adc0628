namespace Inventory;

// Stock of one product valued first-in, first-out: goods leave in the order their lots were received.
public class FifoStock
{
    private sealed class Lot(int quantity, decimal unitCost)
    {
        public int Quantity { get; set; } = quantity;
        public decimal UnitCost { get; } = unitCost;
    }

    private readonly Queue<Lot> lots = new();

    public int OnHand => lots.Sum(l => l.Quantity);

    public decimal Value => lots.Sum(l => l.Quantity * l.UnitCost);

    public void Receive(int quantity, decimal unitCost)
    {
        if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity));
        if (unitCost < 0) throw new ArgumentOutOfRangeException(nameof(unitCost));
        lots.Enqueue(new Lot(quantity, unitCost));
    }

    // Takes goods out of stock and returns their cost (the cost of goods sold).
    public decimal Issue(int quantity)
    {
        if (quantity <= 0) throw new ArgumentOutOfRangeException(nameof(quantity));
        if (quantity > OnHand) throw new InvalidOperationException($"Only {OnHand} on hand, {quantity} requested");
        var cost = 0m;
        var left = quantity;
        while (left > 0)
        {
            var lot = lots.Peek();
            var take = Math.Min(left, lot.Quantity);
            cost += take * lot.UnitCost;
            left -= take;
            if (take == lot.Quantity) lots.Dequeue();
            else lot.Quantity -= take;
        }
        return cost;
    }
}
