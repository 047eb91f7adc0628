package diff;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class LineDiffTest {
    @Test
    public void identicalTextsHaveNoChanges() {
        List<Edit> edits = LineDiff.diff("one\ntwo\n", "one\ntwo\n");
        assertEquals(List.of(Edit.keep("one"), Edit.keep("two")), edits);
        assertEquals("no changes", LineDiff.summary(edits));
    }

    @Test
    public void changedLineInTheMiddle() {
        assertEquals(List.of(Edit.keep("a"), Edit.delete("b"), Edit.insert("x"), Edit.keep("c")),
                LineDiff.diff("a\nb\nc", "a\nx\nc"));
    }

    @Test
    public void insertedLineInTheMiddle() {
        assertEquals(List.of(Edit.keep("a"), Edit.insert("b"), Edit.keep("c")), LineDiff.diff("a\nc", "a\nb\nc"));
    }

    @Test
    public void removedLastLine() {
        List<Edit> edits = LineDiff.diff("a\nb\nc", "a\nb");
        assertEquals(List.of(Edit.keep("a"), Edit.keep("b"), Edit.delete("c")), edits);
        assertEquals("+0 -1", LineDiff.summary(edits));
    }

    @Test
    public void renderMarksEveryLine() {
        assertEquals(" a\n-b\n+x\n c\n", LineDiff.render(LineDiff.diff("a\nb\nc", "a\nx\nc")));
    }

    @Test
    public void appendedFooterIsAnInsertion() {
        List<Edit> edits = LineDiff.diff("title\nbody\n", "title\nbody\nfooter\n");
        assertEquals(List.of(Edit.keep("title"), Edit.keep("body"), Edit.insert("footer")), edits);
        assertEquals("+1 -0", LineDiff.summary(edits));
    }
}
