import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class RomanHeldBackTest {
    @Test
    public void parsesLowerCase() {
        assertEquals(2024, Roman.parse("mmxxiv"));
    }

    @Test
    public void parsesHundreds() {
        assertEquals(300, Roman.parse("CCC"));
        assertEquals(490, Roman.parse("CDXC"));
    }

    @Test
    public void parseUndoesFormat() {
        for (int n = 1; n <= 3999; n++) {
            assertEquals(n, Roman.parse(Roman.format(n)));
        }
    }
}
