'use strict';

const { parseSlot, formatClock } = require('./slots');

// The fewest rooms that hold all the meetings: walk the starts in order and reuse a room whenever the
// earliest meeting still holding one has ended by then.
function roomsNeeded(slots) {
  const meetings = slots.map(parseSlot);
  const starts = meetings.map((m) => m.start).sort((a, b) => a - b);
  const ends = meetings.map((m) => m.end).sort((a, b) => a - b);
  let rooms = 0;
  let earliestEnd = 0;
  for (const start of starts) {
    if (start >= ends[earliestEnd]) {
      earliestEnd++;
    } else {
      rooms++;
    }
  }
  return rooms;
}

// The busiest moment of the day: when the most meetings run at once, and how many.
function peak(slots) {
  const events = [];
  for (const { start, end } of slots.map(parseSlot)) {
    events.push([start, 1], [end, -1]);
  }
  // At the same minute a meeting that ends frees its place before the next one starts.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  let best = { at: null, meetings: 0 };
  for (const [time, change] of events) {
    running += change;
    if (running > best.meetings) {
      best = { at: formatClock(time), meetings: running };
    }
  }
  return best;
}

module.exports = { roomsNeeded, peak };
