'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { run } = require('../src/life');

test('blinker on a square grid', () => {
  const start = ['.....', '.....', '.###.', '.....', '.....'];
  assert.deepEqual(run(start, 1), ['.....', '..#..', '..#..', '..#..', '.....']);
});

test('block is stable', () => {
  const block = ['....', '.##.', '.##.', '....'];
  assert.deepEqual(run(block, 3), block);
});

test('vertical blinker on a tall grid', () => {
  const start = ['...', '.#.', '.#.', '.#.', '...'];
  assert.deepEqual(run(start, 1), ['...', '...', '###', '...', '...']);
});

test('blinker on a wide grid', () => {
  assert.deepEqual(run(['.....', '.###.', '.....'], 1), ['..#..', '..#..', '..#..']);
});
