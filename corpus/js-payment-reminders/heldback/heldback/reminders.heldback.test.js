import test from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, reminderDates, reminderQueue } from '../src/reminders.js';

const due = { dueDate: '2025-05-05' };

test('each setting overrides its default and keeps the others', () => {
  assert.deepEqual(reminderDates(due, { maxReminders: 1 }), ['2025-05-12']);
  assert.deepEqual(reminderDates(due, { firstAfterDays: 1 }), ['2025-05-06', '2025-05-20', '2025-06-03']);
  assert.deepEqual(reminderDates(due, { firstAfterDays: 5, skipWeekends: false }), ['2025-05-10', '2025-05-24', '2025-06-07']);
  assert.deepEqual(reminderDates(due, { firstAfterDays: 5 }), ['2025-05-12', '2025-05-26', '2025-06-09']);
});

test('a customer who gets no reminders', () => {
  assert.deepEqual(reminderDates(due, { maxReminders: 0 }), []);
});

test('settings are checked', () => {
  assert.throws(() => reminderDates(due, { everyDays: 0 }), RangeError);
  assert.throws(() => reminderDates(due, { maxReminders: 2.5 }), RangeError);
  assert.doesNotThrow(() => reminderDates(due, { everyDays: 0, maxReminders: 1 }));
});

test('the defaults are not changed by a customer', () => {
  reminderDates(due, { everyDays: 3 });
  assert.deepEqual(reminderDates(due), ['2025-05-12', '2025-05-26', '2025-06-09']);
  assert.equal(DEFAULT_SETTINGS.everyDays, 14);
});

test('queue with settings per customer', () => {
  const invoices = [
    { number: 'INV-7', customer: 'acme', dueDate: '2025-05-05' },
    { number: 'INV-8', customer: 'bolt', dueDate: '2025-05-05', paidOn: '2025-05-27' },
  ];
  const settings = { acme: { everyDays: 10, maxReminders: 2 }, bolt: { firstAfterDays: 14 } };
  assert.deepEqual(reminderQueue(invoices, '2025-05-13', settings), [
    { date: '2025-05-19', invoice: 'INV-8', customer: 'bolt' },
    { date: '2025-05-22', invoice: 'INV-7', customer: 'acme' },
  ]);
});
