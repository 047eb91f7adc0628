package league;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standings of a league, built from match results. */
public final class LeagueTable {
    private static final Pattern RESULT = Pattern.compile("^(.+?)\\s+(\\d+)\\s*-\\s*(\\d+)\\s+(.+)$");

    /** Points, then goal difference, then goals scored, then name. */
    private static final Comparator<TeamRecord> STANDING = Comparator
            .comparingInt(TeamRecord::points).reversed()
            .thenComparing(Comparator.comparingInt(TeamRecord::goalDifference).reversed())
            .thenComparing(Comparator.comparingInt(TeamRecord::goalsFor).reversed())
            .thenComparing(TeamRecord::name);

    private final Map<String, TeamRecord> teams = new LinkedHashMap<>();

    /** Reads a result such as "Red Lions 2-1 Harbour Town": the home team first. */
    public void record(String result) {
        Matcher matcher = RESULT.matcher(result.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a result: " + result);
        }
        record(matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(4), Integer.parseInt(matcher.group(3)));
    }

    public void record(String home, int homeGoals, String away, int awayGoals) {
        if (home.equals(away)) {
            throw new IllegalArgumentException(home + " cannot play itself");
        }
        TeamRecord homeTeam = team(home);
        TeamRecord awayTeam = team(away);
        homeTeam.goalsFor += homeGoals;
        homeTeam.goalsAgainst += awayGoals;
        awayTeam.goalsFor += homeGoals;
        awayTeam.goalsAgainst += awayGoals;
        if (homeGoals > awayGoals) {
            homeTeam.won++;
            awayTeam.lost++;
        } else if (homeGoals < awayGoals) {
            awayTeam.won++;
            homeTeam.lost++;
        } else {
            homeTeam.drawn++;
            awayTeam.drawn++;
        }
    }

    private TeamRecord team(String name) {
        return teams.computeIfAbsent(name.trim(), TeamRecord::new);
    }

    public TeamRecord get(String name) {
        TeamRecord team = teams.get(name);
        if (team == null) {
            throw new IllegalArgumentException("no results for " + name);
        }
        return team;
    }

    public List<TeamRecord> standings() {
        List<TeamRecord> sorted = new ArrayList<>(teams.values());
        sorted.sort(STANDING);
        return sorted;
    }

    /** One line a team, e.g. "1. Red Lions  P2 W1 D1 L0 GD +1 Pts 4". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        int position = 1;
        for (TeamRecord team : standings()) {
            lines.add(String.format("%d. %s  P%d W%d D%d L%d GD %+d Pts %d", position++, team.name(), team.played(),
                    team.won(), team.drawn(), team.lost(), team.goalDifference(), team.points()));
        }
        return lines;
    }
}
