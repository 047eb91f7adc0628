package sensors;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ConverterTest {
    private static final double DELTA = 1e-9;

    @Test
    public void readingIsParsedWithOrWithoutSpace() {
        assertEquals(new Reading(21.5, Unit.CELSIUS), Reading.parse("21.5 \u00b0C"));
        assertEquals(new Reading(1013, Unit.HECTOPASCAL), Reading.parse("1013hPa"));
        assertEquals(new Reading(-3, Unit.FAHRENHEIT), Reading.parse(" -3 F "));
    }

    @Test
    public void pressureConversion() {
        assertEquals(101.325, Converter.convert(1013.25, Unit.HECTOPASCAL, Unit.KILOPASCAL), DELTA);
        assertEquals(14.696, Converter.convert(1.01325, Unit.BAR, Unit.PSI), 1e-3);
    }

    @Test
    public void celsiusToKelvin() {
        assertEquals(294.65, Converter.convert(21.5, Unit.CELSIUS, Unit.KELVIN), DELTA);
    }

    @Test
    public void celsiusToFahrenheit() {
        assertEquals("70.7 \u00b0F", Reading.parse("21.5 \u00b0C").to(Unit.FAHRENHEIT).format(1));
    }

    @Test(expected = IllegalArgumentException.class)
    public void differentDimensionsAreRefused() {
        Converter.convert(12, Unit.KNOTS, Unit.HECTOPASCAL);
    }

    @Test(expected = IllegalArgumentException.class)
    public void temperatureBelowAbsoluteZeroIsRefused() {
        Converter.convert(-300, Unit.CELSIUS, Unit.KELVIN);
    }
}
