from workdays import business_days, parse_day


def test_parse_day():
    assert parse_day("2024-02-29").day == 29


def test_end_before_start():
    assert business_days(parse_day("2024-03-08"), parse_day("2024-03-04")) == 0


def test_monday_to_friday():
    assert business_days(parse_day("2024-03-04"), parse_day("2024-03-08")) == 5


def test_whole_week():
    assert business_days(parse_day("2024-03-04"), parse_day("2024-03-10")) == 5
