'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { parkingFee, statement } = require('../src/parking');
const { isWeekend } = require('../src/tariff');

test('weekend days and weekdays', () => {
  const days = ['2025-03-15', '2025-03-16', '2025-03-17', '2025-03-20', '2025-03-21', '2025-03-22', '2025-11-29'];
  assert.deepEqual(days.map((day) => isWeekend(`${day}T12:00:00Z`)), [true, true, false, false, false, true, true]);
});

test('a short Saturday costs less than the flat rate', () => {
  assert.equal(parkingFee({ entry: '2025-03-22T10:00:00Z', exit: '2025-03-22T11:30:00Z' }), 500);
});

test('a long Saturday in another month', () => {
  assert.equal(parkingFee({ entry: '2025-11-29T08:00:00Z', exit: '2025-11-29T20:00:00Z' }), 800);
});

test('a Friday is charged by the hour', () => {
  assert.equal(parkingFee({ entry: '2025-03-21T08:00:00Z', exit: '2025-03-21T14:00:00Z' }), 1500);
});

test('a stay from Saturday into Sunday is charged by the hour', () => {
  assert.equal(parkingFee({ entry: '2025-03-15T20:00:00Z', exit: '2025-03-16T10:00:00Z' }), 1800);
});

test('a weekend statement', () => {
  const result = statement([
    { entry: '2025-03-15T09:00:00Z', exit: '2025-03-15T18:00:00Z' },
    { entry: '2025-03-16T09:00:00Z', exit: '2025-03-16T18:00:00Z', lostTicket: true },
  ]);
  assert.deepEqual(result.lines.map((line) => line.fee), [800, 3800]);
  assert.equal(result.total, 4600);
});
