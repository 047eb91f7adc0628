from workdays import add_business_days, business_days, parse_day


def test_single_weekday():
    day = parse_day("2024-03-06")
    assert business_days(day, day) == 1


def test_weekend_only():
    assert business_days(parse_day("2024-03-09"), parse_day("2024-03-10")) == 0


def test_with_holiday():
    holidays = {parse_day("2024-12-25"), parse_day("2024-12-26")}
    assert business_days(parse_day("2024-12-23"), parse_day("2024-12-31"), holidays) == 5


def test_add_over_weekend():
    assert add_business_days(parse_day("2024-03-08"), 1) == parse_day("2024-03-11")


def test_two_weeks_from_saturday():
    assert business_days(parse_day("2024-03-02"), parse_day("2024-03-15")) == 10
