package diff;

import java.util.ArrayList;
import java.util.List;

/** A line-by-line diff of two texts that keeps their longest common subsequence of lines. */
public final class LineDiff {
    private LineDiff() {
    }

    public static List<Edit> diff(String before, String after) {
        return diff(before.lines().toList(), after.lines().toList());
    }

    /**
     * The edits that turn before into after. Where a line could be either deleted or inserted first, the deletion
     * comes first, the way patch tools print a changed line.
     */
    public static List<Edit> diff(List<String> before, List<String> after) {
        int[][] common = commonSuffixLengths(before, after);
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() && j < after.size()) {
            if (before.get(i).equals(after.get(j))) {
                edits.add(Edit.keep(before.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                edits.add(Edit.delete(before.get(i)));
                i++;
            } else {
                edits.add(Edit.insert(after.get(j)));
                j++;
            }
        }
        while (i < before.size()) {
            edits.add(Edit.delete(before.get(i)));
            i++;
        }
        while (j < after.size()) {
            edits.add(Edit.insert(after.get(j)));
            j++;
        }
        return edits;
    }

    /** common[i][j] is the length of the longest common subsequence of before from line i and after from line j. */
    private static int[][] commonSuffixLengths(List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }

    /** The diff as text, one edit a line, each marked with ' ', '-' or '+'. */
    public static String render(List<Edit> edits) {
        StringBuilder text = new StringBuilder();
        for (Edit edit : edits) {
            text.append(edit).append('\n');
        }
        return text.toString();
    }

    /** A one-line summary such as "+2 -1", or "no changes". */
    public static String summary(List<Edit> edits) {
        long inserted = edits.stream().filter(e -> e.kind() == Edit.Kind.INSERT).count();
        long deleted = edits.stream().filter(e -> e.kind() == Edit.Kind.DELETE).count();
        return inserted == 0 && deleted == 0 ? "no changes" : "+" + inserted + " -" + deleted;
    }
}
