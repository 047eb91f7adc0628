import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class RoutePlannerHeldBackTest {
    private static RoadMap region() {
        RoadMap map = new RoadMap();
        map.addRoad("Port", "Quay", 2);
        map.addRoad("Port", "Ridge", 9);
        map.addRoad("Quay", "Ridge", 3);
        map.addRoad("Quay", "Stow", 8);
        map.addRoad("Ridge", "Stow", 2);
        map.addRoad("Stow", "Tarn", 3);
        map.addRoad("Ridge", "Tarn", 7);
        map.addRoad("Port", "Vale", 1);
        map.addRoad("Vale", "Wick", 20);
        map.addRoad("Tarn", "Wick", 1);
        return map;
    }

    @Test
    public void aTownIsNoDistanceFromItself() {
        RoutePlanner planner = new RoutePlanner(region());
        assertEquals(0, planner.distance("Stow", "Stow"));
        assertEquals(List.of("Stow"), planner.route("Stow", "Stow"));
    }

    @Test
    public void distancesFromPortToEveryTown() {
        RoutePlanner planner = new RoutePlanner(region());
        assertEquals(2, planner.distance("Port", "Quay"));
        assertEquals(5, planner.distance("Port", "Ridge"));
        assertEquals(7, planner.distance("Port", "Stow"));
        assertEquals(10, planner.distance("Port", "Tarn"));
        assertEquals(1, planner.distance("Port", "Vale"));
        assertEquals(11, planner.distance("Port", "Wick"));
    }

    @Test
    public void routeAcrossTheRegion() {
        assertEquals(List.of("Port", "Quay", "Ridge", "Stow", "Tarn", "Wick"), new RoutePlanner(region()).route("Port", "Wick"));
    }

    @Test
    public void routeBackIsTheSameLength() {
        RoutePlanner planner = new RoutePlanner(region());
        assertEquals(11, planner.distance("Wick", "Port"));
        assertEquals(List.of("Wick", "Tarn", "Stow", "Ridge", "Quay", "Port"), planner.route("Wick", "Port"));
    }

    @Test
    public void manyShortRoadsBeatOneLongOne() {
        RoadMap map = new RoadMap();
        map.addRoad("A", "E", 10);
        map.addRoad("A", "B", 3);
        map.addRoad("B", "C", 3);
        map.addRoad("C", "D", 2);
        map.addRoad("D", "E", 1);
        assertEquals(9, new RoutePlanner(map).distance("A", "E"));
    }

    @Test
    public void aLongRoadFollowedByAShortOneCanStillWin() {
        RoadMap map = new RoadMap();
        map.addRoad("Hub", "Mid", 1);
        map.addRoad("Mid", "South", 7);
        map.addRoad("South", "Summit", 1);
        map.addRoad("Hub", "North", 4);
        map.addRoad("North", "Summit", 6);
        map.addRoad("Summit", "Peak", 1);
        RoutePlanner planner = new RoutePlanner(map);
        assertEquals(9, planner.distance("Hub", "Summit"));
        assertEquals(10, planner.distance("Hub", "Peak"));
        assertEquals(List.of("Hub", "Mid", "South", "Summit"), planner.route("Hub", "Summit"));
        assertEquals(List.of("Summit", "South", "Mid", "Hub"), planner.route("Summit", "Hub"));
    }

    @Test
    public void aZeroLengthRoadIsUsable() {
        RoadMap map = new RoadMap();
        map.addRoad("Upper", "Lower", 0);
        map.addRoad("Lower", "Mill", 4);
        assertEquals(4, new RoutePlanner(map).distance("Upper", "Mill"));
    }
}
