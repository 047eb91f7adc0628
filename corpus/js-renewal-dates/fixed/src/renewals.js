'use strict';

// Dates are 'YYYY-MM-DD' strings; all arithmetic is done in UTC so the server's time zone does not matter.

const PERIOD_MONTHS = { monthly: 1, quarterly: 3, yearly: 12 };

function toDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    throw new Error(`not a date: ${text}`);
  }
  return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
}

function format(date) {
  return date.toISOString().slice(0, 10);
}

/**
 * The date n periods after the start. A subscription keeps the day of the month it started on; in a month too
 * short for that day it renews on the month's last day instead.
 */
function renewalDate(start, plan, n) {
  const months = PERIOD_MONTHS[plan];
  if (months === undefined) {
    throw new Error(`unknown plan ${plan}`);
  }
  const { year, month, day } = toDate(start);
  const target = month + n * months;
  // Day 0 of the following month is the last day of the target month.
  const lastDay = new Date(Date.UTC(year, target + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(year, target, Math.min(day, lastDay))));
}

/** The next count renewal dates after start. */
function renewalSchedule(start, plan, count) {
  const dates = [];
  for (let n = 1; n <= count; n++) {
    dates.push(renewalDate(start, plan, n));
  }
  return dates;
}

/** The first renewal strictly after today. */
function nextRenewal(start, plan, today) {
  let n = 1;
  while (renewalDate(start, plan, n) <= today) {
    n++;
  }
  return renewalDate(start, plan, n);
}

function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** Unused share of the current period's price (in cents) when a subscription is cancelled on `today`. */
function unusedCredit(start, plan, priceCents, today) {
  const next = nextRenewal(start, plan, today);
  let previous = start;
  for (let n = 1; renewalDate(start, plan, n) <= today; n++) {
    previous = renewalDate(start, plan, n);
  }
  const periodDays = daysBetween(previous, next);
  return Math.round((priceCents * daysBetween(today, next)) / periodDays);
}

module.exports = { renewalDate, renewalSchedule, nextRenewal, unusedCredit };
