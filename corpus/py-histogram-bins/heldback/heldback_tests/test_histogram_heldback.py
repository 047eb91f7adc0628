from histogram import histogram, render


def test_maximum_of_the_data_is_in_the_last_bin():
    assert histogram([10, 20, 30, 40], bins=3) == [1, 1, 2]


def test_value_equal_to_an_explicit_high_is_counted():
    assert histogram([0, 5, 10, 10, 11], bins=2, low=0, high=10) == [1, 3]


def test_single_bin_holds_everything_in_range():
    assert histogram([3.0, 3.5, 7.25], bins=1) == [3]


def test_inner_edges_go_to_the_upper_bin():
    assert histogram([0, 1, 2, 3, 4], bins=4, low=0, high=4) == [1, 1, 1, 2]


def test_all_values_equal():
    assert histogram([2, 2, 2], bins=3) == [3, 0, 0]


def test_nan_is_ignored():
    assert histogram([1, float("nan"), 3], bins=2) == [1, 1]


def test_render_includes_the_maximum():
    lines = render([1, 2, 2, 4], bins=3, width=6).splitlines()
    assert [line.rsplit(" ", 1)[1] for line in lines] == ["1", "2", "1"]
