'use strict';

const UNIT_SECONDS = { d: 86400, h: 3600, m: 60, s: 1 };
const PART = /(\d+)\s*([dhms])/g;

function parseDuration(text) {
  const compact = text.trim().toLowerCase();
  if (compact === '') {
    throw new Error('empty duration');
  }
  let total = 0;
  let seconds = 0;
  let consumed = 0;
  for (const match of compact.matchAll(PART)) {
    const between = compact.slice(consumed, match.index);
    if (between.trim() !== '') {
      throw new Error(`unexpected text in duration: ${between.trim()}`);
    }
    seconds = Number(match[1]) * UNIT_SECONDS[match[2]];
    total += seconds;
    consumed = match.index + match[0].length;
  }
  if (consumed === 0 || compact.slice(consumed).trim() !== '') {
    throw new Error(`not a duration: ${text}`);
  }
  return total;
}

function formatDuration(totalSeconds) {
  const parts = [];
  let rest = totalSeconds;
  for (const [unit, size] of Object.entries(UNIT_SECONDS)) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(`${count}${unit}`);
      rest -= count * size;
    }
  }
  return parts.length ? parts.join(' ') : '0s';
}

module.exports = { parseDuration, formatDuration };
