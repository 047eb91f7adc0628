package picking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns a wave of customer orders into one pick list for a picker walking the warehouse. */
public final class PickList {
    public record OrderLine(String orderId, String sku, int quantity) {
    }

    public record Pick(Location location, String sku, int quantity, List<String> orderIds) {
    }

    /**
     * The order pickers walk the bins in: aisle by aisle, up the odd aisles (bay 1 first) and back down the even
     * ones, so that no aisle is walked twice; within a bay from the floor up.
     */
    public static final Comparator<Pick> WALKING_ORDER = Comparator
            .comparingInt((Pick pick) -> pick.location().aisle())
            .thenComparingInt(pick -> pick.location().aisle() % 2 == 1 ? pick.location().bay() : -pick.location().bay())
            .thenComparingInt(pick -> pick.location().level())
            .thenComparing(Pick::sku);

    private final Map<String, Location> binOf;

    public PickList(Map<String, Location> binOf) {
        this.binOf = Map.copyOf(binOf);
    }

    /** One pick per SKU with the quantity summed over every order in the wave, in walking order. */
    public List<Pick> build(List<OrderLine> wave) {
        Map<String, Integer> quantities = new HashMap<>();
        Map<String, Set<String>> orders = new HashMap<>();
        for (OrderLine line : wave) {
            if (line.quantity() <= 0) {
                throw new IllegalArgumentException("order " + line.orderId() + " has a line without quantity");
            }
            if (!binOf.containsKey(line.sku())) {
                throw new IllegalArgumentException("no bin for SKU " + line.sku());
            }
            quantities.put(line.sku(), line.quantity());
            orders.computeIfAbsent(line.sku(), sku -> new TreeSet<>()).add(line.orderId());
        }
        List<Pick> picks = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
            String sku = entry.getKey();
            picks.add(new Pick(binOf.get(sku), sku, entry.getValue(), List.copyOf(orders.get(sku))));
        }
        picks.sort(WALKING_ORDER);
        return picks;
    }

    /** The SKUs of the wave that the stock on hand cannot cover, with how many units are missing. */
    public Map<String, Integer> shortages(List<OrderLine> wave, Map<String, Integer> onHand) {
        Map<String, Integer> missing = new HashMap<>();
        for (Pick pick : build(wave)) {
            int available = onHand.getOrDefault(pick.sku(), 0);
            if (pick.quantity() > available) {
                missing.put(pick.sku(), pick.quantity() - available);
            }
        }
        return missing;
    }
}
