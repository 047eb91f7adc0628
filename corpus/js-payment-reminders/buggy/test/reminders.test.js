import test from 'node:test';
import assert from 'node:assert/strict';
import { reminderDates, reminderQueue } from '../src/reminders.js';

test('default schedule', () => {
  assert.deepEqual(reminderDates({ dueDate: '2025-05-05' }), ['2025-05-12', '2025-05-26', '2025-06-09']);
});

test('a reminder falling on a weekend waits for Monday', () => {
  assert.deepEqual(reminderDates({ dueDate: '2025-05-03' }), ['2025-05-12', '2025-05-26', '2025-06-09']);
});

test('no reminder once the invoice is paid', () => {
  assert.deepEqual(reminderDates({ dueDate: '2025-05-05', paidOn: '2025-05-20' }), ['2025-05-12']);
});

test('a customer reminded weekly', () => {
  assert.deepEqual(reminderDates({ dueDate: '2025-05-05' }, { everyDays: 7 }), ['2025-05-12', '2025-05-19', '2025-05-26']);
});

test('queue of reminders still to send', () => {
  const invoices = [
    { number: 'INV-2', customer: 'acme', dueDate: '2025-05-05' },
    { number: 'INV-1', customer: 'bolt', dueDate: '2025-05-19' },
  ];
  assert.deepEqual(reminderQueue(invoices, '2025-05-20'), [
    { date: '2025-05-26', invoice: 'INV-1', customer: 'bolt' },
    { date: '2025-05-26', invoice: 'INV-2', customer: 'acme' },
    { date: '2025-06-09', invoice: 'INV-1', customer: 'bolt' },
    { date: '2025-06-09', invoice: 'INV-2', customer: 'acme' },
    { date: '2025-06-23', invoice: 'INV-1', customer: 'bolt' },
  ]);
});
