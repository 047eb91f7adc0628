'use strict';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(clock) {
  const match = CLOCK.exec(clock);
  if (!match) {
    throw new RangeError(`not a time of day: ${clock}`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

// "09:30-10:15" -> { start: 570, end: 615 }
function parseSlot(text) {
  const [from, to, ...rest] = text.split('-').map((part) => part.trim());
  if (to === undefined || rest.length > 0) {
    throw new SyntaxError(`expected HH:MM-HH:MM, got ${text}`);
  }
  const slot = { start: minutesOf(from), end: minutesOf(to) };
  if (slot.end <= slot.start) {
    throw new RangeError(`meeting ends before it starts: ${text}`);
  }
  return slot;
}

function formatClock(minutes) {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`;
}

module.exports = { parseSlot, formatClock };
