'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { liveNeighbours, run, step } = require('../src/life');

test('neighbours at the right edge of a wide grid', () => {
  const grid = [[false, false, false, true], [false, false, true, true]];
  assert.equal(liveNeighbours(grid, 0, 2), 3);
});

test('blinker in the rightmost columns of a single wide strip', () => {
  assert.deepEqual(run(['......', '...###', '......'], 2), ['......', '...###', '......']);
});

test('glider moves on a wide grid', () => {
  const start = ['.#......', '..#.....', '###.....', '........', '........'];
  const after = run(start, 4);
  assert.deepEqual(after, ['........', '..#.....', '...#....', '.###....', '........']);
});

test('lonely cell dies', () => {
  assert.deepEqual(step([[false, true, false, false]]), [[false, false, false, false]]);
});
