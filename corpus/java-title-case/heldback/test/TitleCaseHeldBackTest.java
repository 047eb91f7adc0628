import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TitleCaseHeldBackTest {
    @Test
    public void smallWordAtTheEndIsCapitalized() {
        assertEquals("Something to Hold On", TitleCase.convert("something to hold on"));
    }

    @Test
    public void extraSpacesAndUpperCaseAreNormalized() {
        assertEquals("A Tale of Two Cities", TitleCase.convert("  a TALE   of two CITIES "));
    }

    @Test
    public void apostropheWordKeepsTheRest() {
        assertEquals("O'neil", TitleCase.capitalize("o'neil"));
    }
}
