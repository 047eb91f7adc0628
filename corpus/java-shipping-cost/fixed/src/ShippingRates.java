/** Parcel shipping prices in cents. Every started kilogram is charged; parcels above the limit are refused. */
public final class ShippingRates {
    public static final int MAX_GRAMS = 30000;

    private final int baseCents;
    private final int perKiloCents;
    private final int freeAboveCents;

    public ShippingRates(int baseCents, int perKiloCents, int freeAboveCents) {
        this.baseCents = baseCents;
        this.perKiloCents = perKiloCents;
        this.freeAboveCents = freeAboveCents;
    }

    /** The kilograms charged for a parcel: every started kilogram counts. */
    public static int chargedKilos(int grams) {
        if (grams <= 0 || grams > MAX_GRAMS) {
            throw new IllegalArgumentException("weight out of range: " + grams);
        }
        return (grams + 999) / 1000;
    }

    /** The shipping price of a parcel for an order worth orderCents. */
    public int price(int grams, int orderCents) {
        int kilos = chargedKilos(grams);
        if (orderCents >= freeAboveCents) {
            return 0;
        }
        return baseCents + kilos * perKiloCents;
    }
}
