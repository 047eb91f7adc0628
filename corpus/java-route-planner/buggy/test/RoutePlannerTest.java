import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.junit.Test;

public class RoutePlannerTest {
    private static RoadMap kent() {
        RoadMap map = new RoadMap();
        map.addRoad("Ashford", "Bexley", 4);
        map.addRoad("Ashford", "Crawley", 5);
        map.addRoad("Bexley", "Dover", 4);
        map.addRoad("Crawley", "Dover", 1);
        return map;
    }

    @Test
    public void distanceAlongASingleChain() {
        RoadMap map = new RoadMap();
        map.addRoad("Ely", "Fenton", 5);
        map.addRoad("Fenton", "Garth", 7);
        assertEquals(12, new RoutePlanner(map).distance("Ely", "Garth"));
        assertEquals(12, new RoutePlanner(map).distance("Garth", "Ely"));
    }

    @Test
    public void routeToANeighbour() {
        assertEquals(List.of("Ashford", "Bexley"), new RoutePlanner(kent()).route("Ashford", "Bexley"));
    }

    @Test
    public void shortestRouteIsChosenOverTheFirstFound() {
        RoutePlanner planner = new RoutePlanner(kent());
        assertEquals(6, planner.distance("Ashford", "Dover"));
        assertEquals(List.of("Ashford", "Crawley", "Dover"), planner.route("Ashford", "Dover"));
    }

    @Test
    public void unreachableTownHasNoRoute() {
        RoadMap map = kent();
        map.addRoad("Hythe", "Iden", 3);
        RoutePlanner planner = new RoutePlanner(map);
        assertEquals(-1, planner.distance("Ashford", "Iden"));
        assertEquals(List.of(), planner.route("Ashford", "Iden"));
    }

    @Test
    public void unknownTownHasNoRoute() {
        assertEquals(-1, new RoutePlanner(kent()).distance("Ashford", "Nowhere"));
    }

    @Test
    public void negativeRoadIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RoadMap().addRoad("Ely", "Fenton", -2));
    }
}
