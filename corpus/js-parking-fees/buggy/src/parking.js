'use strict';

const { TARIFF, DAY_MINUTES, minutesBetween, isWeekend, hourlyFee } = require('./tariff');

/**
 * The fee for one stay. Short stays within the free minutes cost nothing; a stay that starts and ends on the same
 * weekend day costs the flat weekend rate when that is cheaper; a lost ticket costs the lost-ticket charge on top.
 */
function parkingFee({ entry, exit, lostTicket = false }, tariff = TARIFF) {
  const minutes = minutesBetween(entry, exit);
  let fee = 0;
  if (minutes > tariff.freeMinutes) {
    fee = hourlyFee(minutes, tariff);
    const sameDay = entry.slice(0, 10) === exit.slice(0, 10);
    if (sameDay && isWeekend(entry)) {
      fee = Math.min(fee, tariff.weekendFlat);
    }
  }
  return lostTicket ? fee + tariff.lostTicket : fee;
}

/** Fees for a month of a season-ticket holder's stays, with the total. */
function statement(stays, tariff = TARIFF) {
  const lines = stays.map((stay) => ({ entry: stay.entry, fee: parkingFee(stay, tariff) }));
  const total = lines.reduce((sum, line) => sum + line.fee, 0);
  const longStays = stays.filter((stay) => minutesBetween(stay.entry, stay.exit) >= DAY_MINUTES).length;
  return { lines, total, longStays };
}

function formatFee(cents) {
  return `€${(cents / 100).toFixed(2)}`;
}

module.exports = { parkingFee, statement, formatFee };
