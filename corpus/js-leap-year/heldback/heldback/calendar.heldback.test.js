'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { isLeapYear, dayOfYear, daysInYear } = require('../src/calendar');

test('ordinary years are not leap years', () => {
  assert.equal(isLeapYear(2023), false);
  assert.equal(isLeapYear(2100), false);
});

test('other leap years', () => {
  assert.equal(isLeapYear(1996), true);
  assert.equal(isLeapYear(2400), true);
});

test('last day of a leap year', () => {
  assert.equal(dayOfYear(2020, 12, 31), 366);
  assert.equal(daysInYear(2020), 366);
});

test('1 March after a leap day', () => {
  assert.equal(dayOfYear(2028, 3, 1), 61);
});

test('29 February only exists in leap years', () => {
  assert.throws(() => dayOfYear(2023, 2, 29), RangeError);
  assert.equal(dayOfYear(2024, 2, 29), 60);
});
