'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { parseDuration, formatDuration } = require('../src/duration');

test('single unit', () => {
  assert.equal(parseDuration('90s'), 90);
  assert.equal(parseDuration('2H'), 7200);
});

test('format splits into units', () => {
  assert.equal(formatDuration(3725), '1h 2m 5s');
  assert.equal(formatDuration(0), '0s');
});

test('hours and minutes', () => {
  assert.equal(parseDuration('1h30m'), 5400);
});

test('garbage is rejected', () => {
  assert.throws(() => parseDuration('soon'), /not a duration/);
  assert.throws(() => parseDuration('5m later'), /not a duration/);
});
