'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { renewalDate, renewalSchedule, nextRenewal, unusedCredit } = require('../src/renewals');

test('the 30th renews on the 28th or 29th of February', () => {
  assert.deepEqual(renewalSchedule('2023-12-30', 'monthly', 3), ['2024-01-30', '2024-02-29', '2024-03-30']);
  assert.equal(renewalDate('2024-12-30', 'monthly', 2), '2025-02-28');
});

test('a 29 February yearly plan renews on 28 February, then on 29 February in leap years', () => {
  assert.deepEqual(renewalSchedule('2024-02-29', 'yearly', 4), ['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
});

test('quarterly from the end of a month', () => {
  assert.deepEqual(renewalSchedule('2025-08-31', 'quarterly', 3), ['2025-11-30', '2026-02-28', '2026-05-31']);
});

test('every renewal of a whole year from the 31st', () => {
  const days = renewalSchedule('2025-01-31', 'monthly', 12).map((date) => date.slice(8));
  assert.deepEqual(days, ['28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31', '31']);
});

test('the next renewal from a month end', () => {
  assert.equal(nextRenewal('2025-01-31', 'monthly', '2025-02-10'), '2025-02-28');
  assert.equal(nextRenewal('2025-01-31', 'monthly', '2025-02-28'), '2025-03-31');
});

test('credit in a short month', () => {
  assert.equal(unusedCredit('2025-01-31', 'monthly', 2800, '2025-03-03'), 2529);
});

test('days up to 28 are unaffected', () => {
  assert.deepEqual(renewalSchedule('2025-10-28', 'monthly', 4), ['2025-11-28', '2025-12-28', '2026-01-28', '2026-02-28']);
});
