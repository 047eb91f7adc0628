package league;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import org.junit.Test;

public class LeagueTableHeldBackTest {
    @Test
    public void roundOfSixMatches() {
        LeagueTable table = new LeagueTable();
        table.record("Red Lions 2-2 Harbour Town");
        table.record("Millbrook 1-3 Red Lions");
        table.record("Harbour Town 0-1 Millbrook");
        table.record("Ashford 2-0 Harbour Town");
        table.record("Millbrook 2 - 2 Ashford");
        table.record("Red Lions 0-1 Ashford");
        assertEquals(Arrays.asList(
                "1. Ashford  P3 W2 D1 L0 GD +3 Pts 7",
                "2. Red Lions  P3 W1 D1 L1 GD +1 Pts 4",
                "3. Millbrook  P3 W1 D1 L1 GD -1 Pts 4",
                "4. Harbour Town  P3 W0 D1 L2 GD -3 Pts 1"), table.lines());
    }

    @Test
    public void goalsScoredBreakATieOnDifference() {
        LeagueTable table = new LeagueTable();
        table.record("North 1-0 South");
        table.record("East 2-3 West");
        assertEquals("West", table.standings().get(0).name());
        assertEquals("North", table.standings().get(1).name());
        assertEquals("East", table.standings().get(2).name());
        assertEquals("South", table.standings().get(3).name());
    }

    @Test
    public void awayGoalsAddUpOverMatches() {
        LeagueTable table = new LeagueTable();
        table.record("Ashford", 1, "Millbrook", 2);
        table.record("Red Lions", 4, "Millbrook", 0);
        assertEquals(2, table.get("Millbrook").goalsFor());
        assertEquals(5, table.get("Millbrook").goalsAgainst());
        assertEquals(-3, table.get("Millbrook").goalDifference());
    }

    @Test
    public void nameDecidesAFullTie() {
        LeagueTable table = new LeagueTable();
        table.record("Zeta 1-1 Alpha");
        assertEquals("Alpha", table.standings().get(0).name());
        assertEquals("Zeta", table.standings().get(1).name());
    }
}
