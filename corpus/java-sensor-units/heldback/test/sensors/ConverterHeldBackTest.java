package sensors;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ConverterHeldBackTest {
    private static final double DELTA = 1e-9;

    @Test
    public void fahrenheitToCelsius() {
        assertEquals(100, Converter.convert(212, Unit.FAHRENHEIT, Unit.CELSIUS), DELTA);
        assertEquals(-17.7777777778, Converter.convert(0, Unit.FAHRENHEIT, Unit.CELSIUS), 1e-9);
    }

    @Test
    public void minusFortyIsTheSameInBothScales() {
        assertEquals(-40, Converter.convert(-40, Unit.CELSIUS, Unit.FAHRENHEIT), DELTA);
        assertEquals(-40, Converter.convert(-40, Unit.FAHRENHEIT, Unit.CELSIUS), DELTA);
    }

    @Test
    public void kelvinToOtherScales() {
        assertEquals(0, Converter.convert(273.15, Unit.KELVIN, Unit.CELSIUS), DELTA);
        assertEquals(-459.67, Converter.convert(0, Unit.KELVIN, Unit.FAHRENHEIT), 1e-9);
        assertEquals(255.3722222222, Converter.convert(0, Unit.FAHRENHEIT, Unit.KELVIN), 1e-9);
    }

    @Test
    public void sameUnitKeepsTheValue() {
        assertEquals(18.25, Converter.convert(18.25, Unit.CELSIUS, Unit.CELSIUS), DELTA);
        assertEquals(7, Converter.convert(7, Unit.KNOTS, Unit.KNOTS), DELTA);
    }

    @Test
    public void roundTripThroughAnotherScale() {
        Reading reading = Reading.parse("-12.4 degC");
        assertEquals(-12.4, reading.to(Unit.FAHRENHEIT).to(Unit.KELVIN).to(Unit.CELSIUS).value(), 1e-9);
    }

    @Test
    public void windSpeeds() {
        assertEquals("18.5 km/h", Reading.parse("10 kt").to(Unit.KILOMETRES_PER_HOUR).format(1));
        assertEquals("22.4 mph", Reading.parse("10 m/s").to(Unit.MILES_PER_HOUR).format(1));
    }

    @Test
    public void stationReportInFahrenheit() {
        assertEquals("-4.0 \u00b0F", Reading.parse("-20 C").to(Unit.FAHRENHEIT).format(1));
        assertEquals("37.0 \u00b0C", Reading.parse("98.6 \u00b0F").to(Unit.CELSIUS).format(1));
    }

    @Test(expected = IllegalArgumentException.class)
    public void fahrenheitBelowAbsoluteZeroIsRefused() {
        Converter.convert(-460, Unit.FAHRENHEIT, Unit.CELSIUS);
    }
}
