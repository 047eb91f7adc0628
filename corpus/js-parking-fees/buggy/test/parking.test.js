'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { parkingFee, statement, formatFee } = require('../src/parking');

// 2025-03-12 is a Wednesday, 2025-03-15 a Saturday, 2025-03-16 a Sunday.

test('the first quarter of an hour is free', () => {
  assert.equal(parkingFee({ entry: '2025-03-12T09:00:00Z', exit: '2025-03-12T09:15:00Z' }), 0);
});

test('every started hour is charged on a weekday', () => {
  assert.equal(parkingFee({ entry: '2025-03-12T09:00:00Z', exit: '2025-03-12T11:20:00Z' }), 750);
});

test('a weekday is capped at the daily maximum', () => {
  assert.equal(parkingFee({ entry: '2025-03-12T07:00:00Z', exit: '2025-03-12T19:00:00Z' }), 1800);
});

test('a long Sunday costs the weekend flat rate', () => {
  assert.equal(parkingFee({ entry: '2025-03-16T10:00:00Z', exit: '2025-03-16T16:00:00Z' }), 800);
});

test('a long Saturday costs the weekend flat rate', () => {
  assert.equal(parkingFee({ entry: '2025-03-15T10:00:00Z', exit: '2025-03-15T16:00:00Z' }), 800);
});

test('a lost ticket adds its charge', () => {
  assert.equal(parkingFee({ entry: '2025-03-12T09:00:00Z', exit: '2025-03-12T09:10:00Z', lostTicket: true }), 3000);
  assert.equal(formatFee(3000), '€30.00');
});

test('statement adds up the stays', () => {
  const result = statement([
    { entry: '2025-03-12T09:00:00Z', exit: '2025-03-12T10:00:00Z' },
    { entry: '2025-03-13T08:00:00Z', exit: '2025-03-14T09:30:00Z' },
  ]);
  assert.deepEqual(result.lines.map((line) => line.fee), [250, 2300]);
  assert.equal(result.total, 2550);
  assert.equal(result.longStays, 1);
});
