package diff;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class LineDiffHeldBackTest {
    private static List<String> side(List<Edit> edits, Edit.Kind dropped) {
        List<String> lines = new ArrayList<>();
        for (Edit edit : edits) {
            if (edit.kind() != dropped) {
                lines.add(edit.line());
            }
        }
        return lines;
    }

    @Test
    public void fromAnEmptyText() {
        List<Edit> edits = LineDiff.diff("", "x\ny\n");
        assertEquals(List.of(Edit.insert("x"), Edit.insert("y")), edits);
        assertEquals("+2 -0", LineDiff.summary(edits));
    }

    @Test
    public void toAnEmptyText() {
        assertEquals(List.of(Edit.delete("x"), Edit.delete("y")), LineDiff.diff("x\ny", ""));
    }

    @Test
    public void changedLastLine() {
        assertEquals(" a\n-b\n+c\n", LineDiff.render(LineDiff.diff("a\nb", "a\nc")));
    }

    @Test
    public void everyLineReplaced() {
        assertEquals(List.of(Edit.delete("a"), Edit.delete("b"), Edit.insert("c"), Edit.insert("d")),
                LineDiff.diff("a\nb", "c\nd"));
    }

    @Test
    public void theEditsRebuildBothTextsAndKeepALongestCommonSubsequence() {
        List<String> before = List.of("a", "b", "c", "a", "b", "b", "a");
        List<String> after = List.of("c", "b", "a", "b", "a", "c", "d");
        List<Edit> edits = LineDiff.diff(before, after);
        assertEquals(before, side(edits, Edit.Kind.INSERT));
        assertEquals(after, side(edits, Edit.Kind.DELETE));
        assertEquals(4, edits.stream().filter(e -> e.kind() == Edit.Kind.KEEP).count());
    }

    @Test
    public void editedSourceFile() {
        String before = "import a;\nimport b;\n\nclass A {\n}\n";
        String after = "import b;\nimport c;\n\nclass A {\n    int x;\n}\n// end\n";
        assertEquals("-import a;\n import b;\n+import c;\n \n class A {\n+    int x;\n }\n+// end\n",
                LineDiff.render(LineDiff.diff(before, after)));
    }
}
