import re
from dataclasses import dataclass

_RESULT = re.compile(r"^\s*(?P<home>.+?)\s+(?P<home_goals>\d+)\s*-\s*(?P<away_goals>\d+)\s+(?P<away>.+?)\s*$")


@dataclass(frozen=True)
class Result:
    home: str
    away: str
    home_goals: int
    away_goals: int


def parse_result(line):
    """'North End 2-1 City' -> Result('North End', 'City', 2, 1)."""
    match = _RESULT.match(line)
    if match is None:
        raise ValueError(f"not a result: {line!r}")
    if match["home"] == match["away"]:
        raise ValueError(f"a team cannot play itself: {line!r}")
    return Result(match["home"], match["away"], int(match["home_goals"]), int(match["away_goals"]))
