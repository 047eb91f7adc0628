import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class RomanTest {
    @Test
    public void formatsYear() {
        assertEquals("MCMXCIV", Roman.format(1994));
    }

    @Test
    public void parsesSubtractivePair() {
        assertEquals(9, Roman.parse("IX"));
    }

    @Test
    public void parsesRepeatedDigits() {
        assertEquals(3, Roman.parse("III"));
    }

    @Test
    public void parsesFourHundred() {
        assertEquals(400, Roman.parse("CD"));
    }

    @Test
    public void parsesYear() {
        assertEquals(1994, Roman.parse("MCMXCIV"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsUnknownDigit() {
        Roman.parse("XIZ");
    }
}
