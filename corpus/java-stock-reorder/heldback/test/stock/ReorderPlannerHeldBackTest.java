package stock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ReorderPlannerHeldBackTest {
    @Test
    public void discontinuedItemIsNeverReordered() {
        assertFalse(ReorderPlanner.needsReorder(new Item("Z9", 0, 0, 0, 5, 10, true)));
    }

    @Test
    public void stockAlreadyOnOrderCounts() {
        assertFalse(ReorderPlanner.needsReorder(new Item("C3", 2, 0, 10, 5, 10, false)));
        assertTrue(ReorderPlanner.needsReorder(new Item("C3", 2, 0, 3, 5, 10, false)));
    }

    @Test
    public void planOrdersSeveralBatchesWhenFarBelow() {
        List<Item> items = List.of(new Item("D4", 1, 1, 0, 25, 10, false), new Item("Z9", 0, 0, 0, 5, 10, true), new Item("E5", 5, 0, 0, 5, 4, false));
        assertEquals(Map.of("D4", 30, "E5", 4), ReorderPlanner.plan(items));
    }
}
