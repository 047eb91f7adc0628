package league;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LeagueTableTest {
    @Test
    public void winEarnsThreePoints() {
        LeagueTable table = new LeagueTable();
        table.record("Red Lions 2-1 Harbour Town");
        assertEquals(3, table.get("Red Lions").points());
        assertEquals(0, table.get("Harbour Town").points());
        assertEquals(1, table.get("Harbour Town").lost());
    }

    @Test
    public void drawEarnsOnePointEach() {
        LeagueTable table = new LeagueTable();
        table.record("Millbrook 1-1 Ashford");
        assertEquals(1, table.get("Millbrook").points());
        assertEquals(1, table.get("Ashford").points());
    }

    @Test
    public void homeGoalsAreCounted() {
        LeagueTable table = new LeagueTable();
        table.record("Red Lions 2-1 Harbour Town");
        assertEquals(2, table.get("Red Lions").goalsFor());
        assertEquals(1, table.get("Red Lions").goalsAgainst());
        assertEquals(1, table.get("Harbour Town").played());
    }

    @Test(expected = IllegalArgumentException.class)
    public void sentenceIsNotAResult() {
        new LeagueTable().record("Red Lions beat Harbour Town");
    }

    @Test
    public void awayGoalsAreCounted() {
        LeagueTable table = new LeagueTable();
        table.record("Millbrook 0-3 Harbour Town");
        assertEquals(3, table.get("Harbour Town").goalsFor());
        assertEquals(0, table.get("Harbour Town").goalsAgainst());
        assertEquals(3, table.get("Harbour Town").goalDifference());
    }

    @Test
    public void goalDifferenceBreaksATieOnPoints() {
        LeagueTable table = new LeagueTable();
        table.record("Red Lions 1-0 Millbrook");
        table.record("Millbrook 0-4 Harbour Town");
        assertEquals("Harbour Town", table.standings().get(0).name());
        assertEquals("Red Lions", table.standings().get(1).name());
    }
}
