from dataclasses import dataclass

from league.results import parse_result

POINTS_FOR_WIN = 3
POINTS_FOR_DRAW = 1


@dataclass
class Standing:
    team: str
    played: int = 0
    won: int = 0
    drawn: int = 0
    lost: int = 0
    scored: int = 0
    conceded: int = 0

    @property
    def points(self):
        return self.won * POINTS_FOR_WIN + self.drawn * POINTS_FOR_DRAW

    @property
    def goal_difference(self):
        return self.scored - self.conceded

    def record(self, scored, conceded):
        self.played += 1
        self.scored += scored
        self.conceded += conceded
        if scored > conceded:
            self.won += 1
        elif scored < conceded:
            self.lost += 1
        else:
            self.drawn += 1


def standings(lines):
    """The table after the given results: by points, then goal difference, then goals scored, then name."""
    teams = {}
    for line in lines:
        result = parse_result(line)
        home = teams.setdefault(result.home, Standing(result.home))
        away = teams.setdefault(result.away, Standing(result.away))
        home.record(result.home_goals, result.away_goals)
        away.record(result.away_goals, result.home_goals)
    return sorted(teams.values(), key=lambda s: (-s.points, -s.goal_difference, -s.scored, s.team))


def format_table(rows):
    lines = [f"{'#':>2} {'Team':<16} P  W  D  L  GD Pts"]
    for position, s in enumerate(rows, start=1):
        lines.append(f"{position:>2} {s.team:<16} {s.played}  {s.won}  {s.drawn}  {s.lost} {s.goal_difference:+3d} {s.points:>3}")
    return "\n".join(lines)
