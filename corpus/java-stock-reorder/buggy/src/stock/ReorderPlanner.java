package stock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decides which products to reorder from the supplier. */
public final class ReorderPlanner {
    private ReorderPlanner() {
    }

    /** Whether the item should be reordered: it is still sold and its projected stock is at or below its reorder point. */
    public static boolean needsReorder(Item item) {
        int projected = item.available() + item.onOrder();
        return item.discontinued() && projected <= item.reorderPoint();
    }

    /** The quantity to order per SKU, in the order of the items; a multiple of the reorder quantity big enough to lift the projected stock above the reorder point. */
    public static Map<String, Integer> plan(List<Item> items) {
        Map<String, Integer> orders = new LinkedHashMap<>();
        for (Item item : items) {
            if (!needsReorder(item)) {
                continue;
            }
            int projected = item.available() + item.onOrder();
            int quantity = item.reorderQuantity();
            while (projected + quantity <= item.reorderPoint()) {
                quantity += item.reorderQuantity();
            }
            orders.put(item.sku(), quantity);
        }
        return orders;
    }
}
