package picking;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import picking.PickList.OrderLine;
import picking.PickList.Pick;

public class PickListHeldBackTest {
    private static final Map<String, Location> BINS = Map.of(
            "CABLE-USB", Location.parse("04-05-1"),
            "CABLE-HDMI", Location.parse("04-05-3"),
            "PLUG", Location.parse("05-11-2"),
            "LAMP", Location.parse("05-02-2"),
            "ADAPTER", Location.parse("04-09-1"));

    private static final PickList PICK_LIST = new PickList(BINS);

    @Test
    public void quantitiesAreSummedOverEveryOrderOfTheWave() {
        List<Pick> picks = PICK_LIST.build(List.of(
                new OrderLine("B-3", "PLUG", 1),
                new OrderLine("B-1", "CABLE-USB", 2),
                new OrderLine("B-2", "PLUG", 4),
                new OrderLine("B-1", "PLUG", 2),
                new OrderLine("B-2", "CABLE-HDMI", 1),
                new OrderLine("B-3", "CABLE-USB", 1)));
        assertEquals(List.of(
                new Pick(Location.parse("04-05-1"), "CABLE-USB", 3, List.of("B-1", "B-3")),
                new Pick(Location.parse("04-05-3"), "CABLE-HDMI", 1, List.of("B-2")),
                new Pick(Location.parse("05-11-2"), "PLUG", 7, List.of("B-1", "B-2", "B-3"))), picks);
    }

    @Test
    public void twoLinesOfOneOrderAreAddedUp() {
        List<Pick> picks = PICK_LIST.build(List.of(new OrderLine("B-9", "LAMP", 1), new OrderLine("B-9", "LAMP", 1)));
        assertEquals(List.of(new Pick(Location.parse("05-02-2"), "LAMP", 2, List.of("B-9"))), picks);
    }

    @Test
    public void shortagesAreMeasuredAgainstTheWholeWave() {
        List<OrderLine> wave = List.of(
                new OrderLine("C-1", "LAMP", 3),
                new OrderLine("C-2", "LAMP", 2),
                new OrderLine("C-2", "CABLE-USB", 1),
                new OrderLine("C-3", "PLUG", 6));
        Map<String, Integer> onHand = Map.of("LAMP", 4, "CABLE-USB", 10, "PLUG", 6);
        assertEquals(Map.of("LAMP", 1), PICK_LIST.shortages(wave, onHand));
    }

    @Test
    public void skuWithNoStockIsShortByTheWholeQuantity() {
        List<OrderLine> wave = List.of(new OrderLine("D-1", "CABLE-HDMI", 2), new OrderLine("D-2", "CABLE-HDMI", 2));
        assertEquals(Map.of("CABLE-HDMI", 4), PICK_LIST.shortages(wave, Map.of()));
    }

    @Test
    public void evenAisleIsWalkedBackwards() {
        List<Pick> picks = PICK_LIST.build(List.of(
                new OrderLine("E-1", "PLUG", 1),
                new OrderLine("E-1", "CABLE-USB", 1),
                new OrderLine("E-2", "ADAPTER", 1),
                new OrderLine("E-2", "LAMP", 1)));
        assertEquals(List.of("ADAPTER", "CABLE-USB", "LAMP", "PLUG"), picks.stream().map(Pick::sku).toList());
    }

    @Test(expected = IllegalArgumentException.class)
    public void lineWithoutQuantityIsRejected() {
        PICK_LIST.build(List.of(new OrderLine("F-1", "LAMP", 0)));
    }
}
