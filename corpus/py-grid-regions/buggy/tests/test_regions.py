import pytest

from regions import count_regions, largest_region, parse_grid, region_sizes


def test_a_single_island():
    grid = parse_grid("""
        ~~~~
        ~##~
        ~#~~
    """)
    assert count_regions(grid, "#") == 1
    assert largest_region(grid, "#") == 3


def test_water_all_around_is_one_region():
    grid = parse_grid("""
        ~~~
        ~#~
        ~~~
    """)
    assert count_regions(grid, "~") == 1


def test_separate_islands():
    grid = parse_grid("""
        ##~~#
        ~~~~#
        #~~~~
    """)
    assert region_sizes(grid, "#") == [2, 2, 1]


def test_islands_touching_at_a_corner_are_separate():
    grid = parse_grid("""
        #~~
        ~#~
        ~~#
    """)
    assert count_regions(grid, "#") == 3


def test_no_cells_of_the_symbol():
    assert largest_region(parse_grid("~~\n~~"), "#") == 0


def test_ragged_grid_is_refused():
    with pytest.raises(ValueError):
        parse_grid("##\n#")
