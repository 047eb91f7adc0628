import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Closed integer intervals [start, end]. */
public final class Intervals {
    public record Interval(int start, int end) {
        public Interval {
            if (end < start) {
                throw new IllegalArgumentException("end before start: " + start + ".." + end);
            }
        }

        public int length() {
            return end - start + 1;
        }
    }

    private Intervals() {
    }

    /** The union of the intervals as disjoint intervals in ascending order; touching intervals such as [1,3] and [4,6] are joined. */
    public static List<Interval> merge(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            if (merged.isEmpty()) {
                merged.add(next);
                continue;
            }
            Interval last = merged.get(merged.size() - 1);
            if (next.start() <= last.end() + 1) {
                merged.set(merged.size() - 1, new Interval(last.start(), Math.max(last.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** How many integers the intervals cover together, counting overlaps once. */
    public static int coveredLength(List<Interval> intervals) {
        int total = 0;
        for (Interval interval : merge(intervals)) {
            total += interval.length();
        }
        return total;
    }
}
