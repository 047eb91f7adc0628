'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { renewalDate, renewalSchedule, nextRenewal, unusedCredit } = require('../src/renewals');

test('monthly renewals keep the day of the month', () => {
  assert.deepEqual(renewalSchedule('2025-01-15', 'monthly', 3), ['2025-02-15', '2025-03-15', '2025-04-15']);
});

test('quarterly and yearly plans', () => {
  assert.equal(renewalDate('2025-11-10', 'quarterly', 1), '2026-02-10');
  assert.equal(renewalDate('2024-06-01', 'yearly', 2), '2026-06-01');
});

test('a subscription started on the 31st renews at the end of shorter months', () => {
  assert.deepEqual(renewalSchedule('2025-01-31', 'monthly', 4), ['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']);
});

test('the next renewal after a date', () => {
  assert.equal(nextRenewal('2025-01-15', 'monthly', '2025-03-15'), '2025-04-15');
  assert.equal(nextRenewal('2025-01-15', 'monthly', '2025-03-16'), '2025-04-15');
});

test('unused credit is the share of the period left', () => {
  assert.equal(unusedCredit('2025-04-01', 'monthly', 3000, '2025-04-21'), 1000);
});

test('an unknown plan is refused', () => {
  assert.throws(() => renewalDate('2025-01-01', 'weekly', 1), /unknown plan/);
});
