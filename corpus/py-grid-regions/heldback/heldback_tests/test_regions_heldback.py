from regions import count_regions, region_of, region_sizes, regions, parse_grid

CHECKER = parse_grid("""
    #~#~
    ~#~#
    #~#~
""")


def test_checkerboard_by_sides_only():
    assert count_regions(CHECKER, "#") == 6
    assert count_regions(CHECKER, "~") == 6


def test_checkerboard_with_diagonals():
    assert count_regions(CHECKER, "#", diagonal=True) == 1
    assert region_sizes(CHECKER, "~", diagonal=True) == [6]


def test_region_of_a_cell():
    grid = parse_grid("""
        ##~
        ~#~
        ~~#
    """)
    assert region_of(grid, (0, 0)) == {(0, 0), (0, 1), (1, 1)}
    assert region_of(grid, (0, 0), diagonal=True) == {(0, 0), (0, 1), (1, 1), (2, 2)}
    assert region_of(grid, (2, 2)) == {(2, 2)}


def test_regions_in_reading_order():
    grid = parse_grid("""
        ~#~~
        ~~~#
        #~~#
    """)
    assert regions(grid, "#") == [{(0, 1)}, {(1, 3), (2, 3)}, {(2, 0)}]
    assert regions(grid, "#", diagonal=True) == [{(0, 1)}, {(1, 3), (2, 3)}, {(2, 0)}]


def test_diagonal_chain_sizes():
    grid = parse_grid("""
        #~~~#
        ~#~#~
        ~~#~~
    """)
    assert region_sizes(grid, "#") == [1, 1, 1, 1, 1]
    assert region_sizes(grid, "#", diagonal=True) == [5]
