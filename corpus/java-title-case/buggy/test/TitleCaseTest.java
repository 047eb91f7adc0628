import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TitleCaseTest {
    @Test
    public void emptyWordStaysEmpty() {
        assertEquals("", TitleCase.capitalize(""));
    }

    @Test
    public void singleLetterWord() {
        assertEquals("I", TitleCase.capitalize("i"));
    }

    @Test
    public void capitalizesInitials() {
        assertEquals("J R R Tolkien", TitleCase.convert("j r r tolkien"));
    }

    @Test
    public void initialsStayCapitalized() {
        assertEquals("X Y Z", TitleCase.convert("x y z"));
    }

    @Test
    public void keepsSmallWordsLowerInside() {
        assertEquals("The Lord of the Rings", TitleCase.convert("the lord of the rings"));
    }
}
