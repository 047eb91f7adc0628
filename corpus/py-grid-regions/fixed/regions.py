"""Connected regions of equal cells in a grid of strings, e.g. land and water on a map."""
from collections import deque

SIDES = [(-1, 0), (1, 0), (0, -1), (0, 1)]
CORNERS = [(-1, -1), (-1, 1), (1, -1), (1, 1)]


def parse_grid(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    if any(len(row) != len(rows[0]) for row in rows):
        raise ValueError("all rows of a grid must have the same width")
    return rows


def neighbour_offsets(diagonal):
    offsets = list(SIDES)
    if diagonal:
        offsets += CORNERS
    return offsets


def region_of(grid, start, diagonal=False):
    """The set of (row, column) cells connected to start that hold the same symbol."""
    rows, columns = len(grid), len(grid[0])
    symbol = grid[start[0]][start[1]]
    seen = {start}
    queue = deque([start])
    offsets = neighbour_offsets(diagonal)
    while queue:
        row, column = queue.popleft()
        for d_row, d_column in offsets:
            r, c = row + d_row, column + d_column
            if 0 <= r < rows and 0 <= c < columns and (r, c) not in seen and grid[r][c] == symbol:
                seen.add((r, c))
                queue.append((r, c))
    return seen


def regions(grid, symbol, diagonal=False):
    """Every region of symbol, each as a set of cells, in reading order of their first cell."""
    found = []
    claimed = set()
    for row, line in enumerate(grid):
        for column, cell in enumerate(line):
            if cell == symbol and (row, column) not in claimed:
                region = region_of(grid, (row, column), diagonal)
                claimed |= region
                found.append(region)
    return found


def count_regions(grid, symbol, diagonal=False):
    return len(regions(grid, symbol, diagonal))


def region_sizes(grid, symbol, diagonal=False):
    return sorted((len(region) for region in regions(grid, symbol, diagonal)), reverse=True)


def largest_region(grid, symbol, diagonal=False):
    sizes = region_sizes(grid, symbol, diagonal)
    return sizes[0] if sizes else 0
