package stock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class ReorderPlannerTest {
    @Test
    public void availableSubtractsReservations() {
        assertEquals(7, new Item("A1", 10, 3, 0, 5, 10, false).available());
    }

    @Test
    public void wellStockedItemIsNotReordered() {
        assertFalse(ReorderPlanner.needsReorder(new Item("A1", 50, 5, 0, 10, 20, false)));
    }

    @Test
    public void lowItemIsReordered() {
        assertTrue(ReorderPlanner.needsReorder(new Item("B2", 6, 2, 0, 5, 20, false)));
    }

    @Test
    public void planOrdersOnlyLowItems() {
        List<Item> items = List.of(new Item("A1", 50, 5, 0, 10, 20, false), new Item("B2", 3, 0, 0, 5, 20, false));
        assertEquals(Map.of("B2", 20), ReorderPlanner.plan(items));
    }
}
