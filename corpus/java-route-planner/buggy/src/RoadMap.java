import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Towns joined by two-way roads, each road with its length in whole kilometres. */
public final class RoadMap {
    /** One direction of a road, from the town that owns the list to {@code to}. */
    public record Road(int to, int km) {}

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<List<Road>> roads = new ArrayList<>();

    public void addRoad(String from, String to, int km) {
        if (km < 0) {
            throw new IllegalArgumentException("a road cannot be " + km + " km long");
        }
        int a = townIndex(from);
        int b = townIndex(to);
        roads.get(a).add(new Road(b, km));
        roads.get(b).add(new Road(a, km));
    }

    public int townCount() {
        return names.size();
    }

    public String name(int town) {
        return names.get(town);
    }

    /** The index of a town already on the map, or -1. */
    public int find(String name) {
        return indexes.getOrDefault(name, -1);
    }

    public List<Road> roadsFrom(int town) {
        return Collections.unmodifiableList(roads.get(town));
    }

    private int townIndex(String name) {
        Integer known = indexes.get(name);
        if (known != null) {
            return known;
        }
        names.add(name);
        roads.add(new ArrayList<>());
        indexes.put(name, names.size() - 1);
        return names.size() - 1;
    }
}
