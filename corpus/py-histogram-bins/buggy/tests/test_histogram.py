from histogram import bin_edges, cumulative, histogram, render


def test_edges():
    assert bin_edges(0, 10, 5) == [0, 2, 4, 6, 8, 10]


def test_values_inside_the_range():
    assert histogram([0.5, 1.5, 1.7, 3.2], bins=4, low=0, high=4) == [1, 2, 0, 1]


def test_values_outside_an_explicit_range_are_left_out():
    assert histogram([-1, 0.5, 2.5, 9], bins=2, low=0, high=4) == [1, 1]


def test_every_value_is_counted():
    counts = histogram([1, 2, 3, 4, 5], bins=2)
    assert sum(counts) == 5
    assert counts == [2, 3]


def test_cumulative_counts():
    assert cumulative([1, 0, 3]) == [1, 1, 4]


def test_render_scales_bars():
    assert render([0.5, 1.5, 1.6], bins=2, width=4, low=0, high=2).splitlines() == [
        "    0.00 - 1.00     |##  | 1",
        "    1.00 - 2.00     |####| 2",
    ]
