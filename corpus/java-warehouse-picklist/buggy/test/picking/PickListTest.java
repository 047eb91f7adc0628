package picking;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import picking.PickList.OrderLine;
import picking.PickList.Pick;

public class PickListTest {
    private static final Map<String, Location> BINS = Map.of(
            "MUG-RED", Location.parse("01-03-1"),
            "MUG-BLUE", Location.parse("01-07-2"),
            "TEA-GREEN", Location.parse("02-02-1"),
            "TEA-BLACK", Location.parse("02-09-4"),
            "SPOON", Location.parse("03-01-1"));

    @Test
    public void locationIsParsedAndPrinted() {
        Location location = Location.parse(" 07-12-3 ");
        assertEquals(new Location(7, 12, 3), location);
        assertEquals("07-12-3", location.toString());
    }

    @Test(expected = IllegalArgumentException.class)
    public void malformedLocationIsRejected() {
        Location.parse("7-12-3");
    }

    @Test
    public void picksFollowTheWalkingRoute() {
        List<Pick> picks = new PickList(BINS).build(List.of(
                new OrderLine("A-100", "SPOON", 4),
                new OrderLine("A-100", "TEA-GREEN", 1),
                new OrderLine("A-101", "MUG-BLUE", 1),
                new OrderLine("A-101", "TEA-BLACK", 2),
                new OrderLine("A-102", "MUG-RED", 3)));
        assertEquals(List.of("MUG-RED", "MUG-BLUE", "TEA-BLACK", "TEA-GREEN", "SPOON"),
                picks.stream().map(Pick::sku).toList());
    }

    @Test(expected = IllegalArgumentException.class)
    public void skuWithoutBinIsRejected() {
        new PickList(BINS).build(List.of(new OrderLine("A-100", "KETTLE", 1)));
    }

    @Test
    public void skuOrderedTwiceIsPickedOnce() {
        List<Pick> picks = new PickList(BINS).build(List.of(
                new OrderLine("A-200", "MUG-RED", 2),
                new OrderLine("A-201", "MUG-RED", 5)));
        assertEquals(List.of(new Pick(Location.parse("01-03-1"), "MUG-RED", 7, List.of("A-200", "A-201"))), picks);
    }
}
