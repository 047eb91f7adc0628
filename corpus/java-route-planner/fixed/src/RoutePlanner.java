import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/** Shortest routes on a {@link RoadMap}. */
public final class RoutePlanner {
    private static final int UNREACHED = Integer.MAX_VALUE;

    /** A town waiting in the queue with the distance it was queued at. */
    private record Stop(int town, int km) {}

    private final RoadMap map;

    public RoutePlanner(RoadMap map) {
        this.map = map;
    }

    /** The length of the shortest route in km, or -1 when there is none. */
    public int distance(String from, String to) {
        int[] previous = new int[map.townCount()];
        int[] km = search(from, previous);
        int target = map.find(to);
        if (km == null || target < 0 || km[target] == UNREACHED) {
            return -1;
        }
        return km[target];
    }

    /** The towns along the shortest route, both ends included; empty when there is none. */
    public List<String> route(String from, String to) {
        int[] previous = new int[map.townCount()];
        int[] km = search(from, previous);
        int target = map.find(to);
        if (km == null || target < 0 || km[target] == UNREACHED) {
            return List.of();
        }
        List<String> towns = new ArrayList<>();
        for (int town = target; town != -1; town = previous[town]) {
            towns.add(map.name(town));
        }
        Collections.reverse(towns);
        return towns;
    }

    /** Dijkstra's search from {@code from}: the distance to every town, and each town's predecessor in {@code previous}. */
    private int[] search(String from, int[] previous) {
        int start = map.find(from);
        if (start < 0) {
            return null;
        }
        int[] km = new int[map.townCount()];
        Arrays.fill(km, UNREACHED);
        Arrays.fill(previous, -1);
        km[start] = 0;
        Set<Integer> settled = new HashSet<>();
        PriorityQueue<Stop> queue = new PriorityQueue<>(Comparator.comparingInt(Stop::km));
        queue.add(new Stop(start, 0));
        while (!queue.isEmpty()) {
            int town = queue.poll().town();
            if (!settled.add(town)) {
                continue;
            }
            for (RoadMap.Road road : map.roadsFrom(town)) {
                if (settled.contains(road.to())) {
                    continue;
                }
                int through = km[town] + road.km();
                if (through < km[road.to()]) {
                    km[road.to()] = through;
                    previous[road.to()] = town;
                    queue.add(new Stop(road.to(), through));
                }
            }
        }
        return km;
    }
}
