import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ShippingRatesHeldBackTest {
    @Test
    public void wholeKilosAreNotRoundedUp() {
        assertEquals(1, ShippingRates.chargedKilos(1000));
        assertEquals(4, ShippingRates.chargedKilos(4000));
        assertEquals(30, ShippingRates.chargedKilos(30000));
    }

    @Test
    public void oneGramOverAKiloCountsTheNextKilo() {
        assertEquals(5, ShippingRates.chargedKilos(4001));
        assertEquals(1, ShippingRates.chargedKilos(1));
    }

    @Test
    public void priceJustBelowFreeShipping() {
        assertEquals(100 + 2 * 200, new ShippingRates(100, 200, 5000).price(1500, 4999));
    }
}
