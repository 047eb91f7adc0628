// Calendar dates as 'YYYY-MM-DD' strings, computed in UTC so that no time zone shifts a day.

const DAY_MS = 24 * 60 * 60 * 1000;

export function parseDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw new RangeError(`not a date: ${text}`);
  }
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new RangeError(`not a date: ${text}`);
  }
  return date;
}

export function addDays(text, days) {
  return new Date(parseDate(text).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWeekend(text) {
  const weekday = parseDate(text).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function nextWorkingDay(text) {
  let day = text;
  while (isWeekend(day)) {
    day = addDays(day, 1);
  }
  return day;
}
