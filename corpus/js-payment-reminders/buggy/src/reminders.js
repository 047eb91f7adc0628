import { addDays, nextWorkingDay, parseDate } from './dates.js';

export const DEFAULT_SETTINGS = Object.freeze({
  firstAfterDays: 7,
  everyDays: 14,
  maxReminders: 3,
  skipWeekends: true,
});

function checkSettings(settings) {
  for (const name of ['firstAfterDays', 'everyDays', 'maxReminders']) {
    if (!Number.isInteger(settings[name]) || settings[name] < 0) {
      throw new RangeError(`${name} must be a whole number of at least 0, got ${settings[name]}`);
    }
  }
  if (settings.everyDays === 0 && settings.maxReminders > 1) {
    throw new RangeError('everyDays must be at least 1 when more than one reminder is sent');
  }
}

// The days on which to remind a customer of an unpaid invoice: the first some days after it fell due, then at a
// fixed interval, moved off weekends when asked, and none from the day it was paid.
export function reminderDates(invoice, customerSettings = {}) {
  const settings = Object.assign({}, customerSettings, DEFAULT_SETTINGS);
  checkSettings(settings);
  const paidOn = invoice.paidOn ? parseDate(invoice.paidOn) : null;
  const dates = [];
  let planned = addDays(invoice.dueDate, settings.firstAfterDays);
  while (dates.length < settings.maxReminders) {
    const sendOn = settings.skipWeekends ? nextWorkingDay(planned) : planned;
    if (paidOn && parseDate(sendOn) >= paidOn) {
      break;
    }
    dates.push(sendOn);
    planned = addDays(planned, settings.everyDays);
  }
  return dates;
}

// Reminders still to send on or after `today`, for every invoice, ordered by date then invoice number.
export function reminderQueue(invoices, today, settingsByCustomer = {}) {
  const queue = [];
  for (const invoice of invoices) {
    for (const date of reminderDates(invoice, settingsByCustomer[invoice.customer])) {
      if (date >= today) {
        queue.push({ date, invoice: invoice.number, customer: invoice.customer });
      }
    }
  }
  return queue.sort((a, b) => a.date.localeCompare(b.date) || a.invoice.localeCompare(b.invoice));
}
