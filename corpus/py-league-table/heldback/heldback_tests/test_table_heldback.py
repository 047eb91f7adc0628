from league.table import format_table, standings


def names(rows):
    return [row.team for row in rows]


def test_full_order_of_tie_breaks():
    rows = standings([
        "Albion 2-0 Dynamo",     # Albion 3 pts, +2, 2 scored
        "Borough 3-1 Dynamo",    # Borough 3 pts, +2, 3 scored
        "Celtic 5-0 Dynamo",     # Celtic 3 pts, +5
        "Dynamo 1-0 Eagles",     # Dynamo 3 pts, -8
        "Eagles 3-1 Forest",     # Eagles 3 pts, +1, 3 scored
        "Forest 2-0 Giants",     # Forest 3 pts, 0, 3 scored
    ])
    assert names(rows) == ["Celtic", "Borough", "Albion", "Eagles", "Forest", "Dynamo", "Giants"]


def test_goals_scored_among_teams_level_on_points_and_difference():
    rows = standings(["Wanderers 1-1 Harriers", "Harriers 0-0 Town", "Town 2-2 Wanderers"])
    assert names(rows) == ["Wanderers", "Town", "Harriers"]


def test_level_on_everything_goes_by_name():
    assert names(standings(["Zulu 1-1 Kilo", "Mike 0-0 Echo"])) == ["Kilo", "Zulu", "Echo", "Mike"]


def test_points_beat_goal_difference():
    rows = standings(["Rangers 9-0 Olympic", "Rangers 0-1 Villa", "Villa 1-0 Olympic", "Olympic 0-0 Rangers"])
    assert names(rows) == ["Villa", "Rangers", "Olympic"]
    assert [(row.points, row.goal_difference) for row in rows] == [(6, 2), (4, 8), (1, -10)]


def test_formatted_table_after_a_season_start():
    table = format_table(standings(["Rovers 1-0 City", "United 4-0 City", "Rovers 0-0 United"]))
    assert table.splitlines() == [
        " # Team             P  W  D  L  GD Pts",
        " 1 United           2  1  1  0  +4   4",
        " 2 Rovers           2  1  1  0  +1   4",
        " 3 City             2  0  0  2  -5   0",
    ]
