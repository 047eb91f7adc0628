'use strict';

// All amounts in cents. Times are ISO strings in UTC, the garage's clock.
const TARIFF = {
  freeMinutes: 15,
  hourly: 250,
  dailyMaximum: 1800,
  weekendFlat: 800,
  lostTicket: 3000,
};

const MINUTE = 60 * 1000;
const DAY_MINUTES = 24 * 60;

function minutesBetween(entry, exit) {
  const minutes = Math.ceil((Date.parse(exit) - Date.parse(entry)) / MINUTE);
  if (Number.isNaN(minutes) || minutes < 0) {
    throw new Error(`exit ${exit} is before entry ${entry}`);
  }
  return minutes;
}

function isWeekend(time) {
  const day = new Date(time).getUTCDay();
  return day === 0 || day === 7;
}

/** Every started hour at the hourly rate, at most the daily maximum for each started day. */
function hourlyFee(minutes, tariff = TARIFF) {
  const fullDays = Math.floor(minutes / DAY_MINUTES);
  const rest = minutes - fullDays * DAY_MINUTES;
  const restFee = Math.min(Math.ceil(rest / 60) * tariff.hourly, tariff.dailyMaximum);
  return fullDays * tariff.dailyMaximum + restFee;
}

module.exports = { TARIFF, DAY_MINUTES, minutesBetween, isWeekend, hourlyFee };
