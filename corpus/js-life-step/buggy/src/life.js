'use strict';

function parse(lines) {
  return lines.map((line) => Array.from(line, (ch) => ch === '#'));
}

function render(grid) {
  return grid.map((row) => row.map((alive) => (alive ? '#' : '.')).join(''));
}

function liveNeighbours(grid, row, col) {
  const rows = grid.length;
  const cols = grid[0].length;
  let count = 0;
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      if (dr === 0 && dc === 0) {
        continue;
      }
      const r = row + dr;
      const c = col + dc;
      if (r >= 0 && r < rows && c >= 0 && c < rows && grid[r][c]) {
        count++;
      }
    }
  }
  return count;
}

function step(grid) {
  return grid.map((cells, row) =>
    cells.map((alive, col) => {
      const n = liveNeighbours(grid, row, col);
      return n === 3 || (alive && n === 2);
    }),
  );
}

function run(lines, generations) {
  let grid = parse(lines);
  for (let i = 0; i < generations; i++) {
    grid = step(grid);
  }
  return render(grid);
}

module.exports = { liveNeighbours, run, step };
