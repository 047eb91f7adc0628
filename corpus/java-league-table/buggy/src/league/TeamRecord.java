package league;

/** One team's season so far. */
public final class TeamRecord {
    private final String name;
    int won;
    int drawn;
    int lost;
    int goalsFor;
    int goalsAgainst;

    TeamRecord(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public int played() {
        return won + drawn + lost;
    }

    public int won() {
        return won;
    }

    public int drawn() {
        return drawn;
    }

    public int lost() {
        return lost;
    }

    public int goalsFor() {
        return goalsFor;
    }

    public int goalsAgainst() {
        return goalsAgainst;
    }

    public int goalDifference() {
        return goalsFor - goalsAgainst;
    }

    /** Three points for a win, one for a draw. */
    public int points() {
        return 3 * won + drawn;
    }
}
