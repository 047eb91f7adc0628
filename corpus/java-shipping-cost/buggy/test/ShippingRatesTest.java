import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ShippingRatesTest {
    private final ShippingRates rates = new ShippingRates(400, 150, 10000);

    @Test
    public void lightParcelCostsOneKilo() {
        assertEquals(550, rates.price(350, 2500));
    }

    @Test
    public void startedKiloIsCharged() {
        assertEquals(3, ShippingRates.chargedKilos(2300));
    }

    @Test
    public void bigOrderShipsFree() {
        assertEquals(0, rates.price(5000, 12000));
    }

    @Test
    public void parcelOfOneKiloAndOneGramCostsTwoKilos() {
        assertEquals(700, rates.price(1001, 2500));
    }

    @Test(expected = IllegalArgumentException.class)
    public void heavyParcelIsRefused() {
        rates.price(30001, 2500);
    }
}
