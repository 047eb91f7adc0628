'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { parseDuration, formatDuration } = require('../src/duration');

test('units separated by spaces', () => {
  assert.equal(parseDuration(' 2m 5s '), 125);
});

test('days, hours, minutes and seconds', () => {
  assert.equal(parseDuration('1d 2h 3m 4s'), 93784);
});

test('repeated unit adds up', () => {
  assert.equal(parseDuration('10m10m'), 1200);
});

test('parse and format round trip', () => {
  assert.equal(formatDuration(parseDuration('3h 0m 45s')), '3h 45s');
});

test('text between parts is rejected', () => {
  assert.throws(() => parseDuration('1h and 5m'), /unexpected text/);
});
