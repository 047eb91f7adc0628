'use strict';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year) {
  if (year % 400 === 0) {
    return true;
  }
  return year % 4 === 0 && year % 100 === 0;
}

function daysInMonth(year, month) {
  if (month < 1 || month > 12) {
    throw new RangeError(`month out of range: ${month}`);
  }
  if (month === 2 && isLeapYear(year)) {
    return 29;
  }
  return MONTH_DAYS[month - 1];
}

function dayOfYear(year, month, day) {
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`day out of range: ${year}-${month}-${day}`);
  }
  let total = day;
  for (let m = 1; m < month; m++) {
    total += daysInMonth(year, m);
  }
  return total;
}

function daysInYear(year) {
  return isLeapYear(year) ? 366 : 365;
}

module.exports = { isLeapYear, daysInMonth, dayOfYear, daysInYear };
