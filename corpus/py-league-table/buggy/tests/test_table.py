import pytest

from league.results import parse_result
from league.table import format_table, standings


def names(rows):
    return [row.team for row in rows]


def test_results_with_spaces_in_names():
    result = parse_result("North End 2-1 Sporting Club")
    assert (result.home, result.away, result.home_goals, result.away_goals) == ("North End", "Sporting Club", 2, 1)


def test_a_team_cannot_play_itself():
    with pytest.raises(ValueError):
        parse_result("City 1-1 City")


def test_points_decide_first():
    rows = standings(["Rovers 3-0 City", "United 0-0 Athletic", "Rovers 1-1 United", "City 2-1 Athletic"])
    assert names(rows) == ["Rovers", "City", "United", "Athletic"]
    assert [row.points for row in rows] == [4, 3, 2, 1]


def test_goal_difference_breaks_a_tie_on_points():
    rows = standings(["Rovers 4-0 Athletic", "United 1-0 Athletic"])
    assert names(rows) == ["Rovers", "United", "Athletic"]


def test_goals_scored_break_a_tie_on_goal_difference():
    rows = standings(["Rovers 3-2 Athletic", "United 1-0 Athletic"])
    assert names(rows) == ["Rovers", "United", "Athletic"]


def test_formatted_table():
    table = format_table(standings(["Rovers 2-0 City"]))
    assert table.splitlines()[1] == " 1 Rovers           1  1  0  0  +2   3"
