'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { isLeapYear, daysInMonth, dayOfYear } = require('../src/calendar');

test('2000 is a leap year', () => {
  assert.equal(isLeapYear(2000), true);
});

test('1900 is not a leap year', () => {
  assert.equal(isLeapYear(1900), false);
});

test('2024 is a leap year', () => {
  assert.equal(isLeapYear(2024), true);
  assert.equal(daysInMonth(2024, 2), 29);
});

test('day of year in January', () => {
  assert.equal(dayOfYear(2023, 1, 15), 15);
});

test('month 13 is rejected', () => {
  assert.throws(() => daysInMonth(2023, 13), RangeError);
});
