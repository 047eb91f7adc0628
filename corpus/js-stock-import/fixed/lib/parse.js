'use strict';

class ImportError extends Error {
  constructor(lineNumber, message) {
    super(`line ${lineNumber}: ${message}`);
    this.name = 'ImportError';
    this.lineNumber = lineNumber;
  }
}

const HEADER = 'sku;location;counted';

function shelfTotal(field, lineNumber) {
  const parts = field.split('|').map((part) => part.trim());
  const bad = parts.find((part) => !/^\d+$/.test(part));
  if (bad !== undefined) {
    throw new ImportError(lineNumber, `count "${bad}" is not a whole number`);
  }
  const shelfCounts = parts.map(Number);
  return shelfCounts.reduce((total, count) => total + count, 0);
}

// A stock take from the handheld scanners' export: "sku;location;counted", one line per item and location, where
// counted lists what was found on each shelf of that location, "12|7|3". Lines for the same item and location add up.
function parseStockTake(text) {
  const entries = new Map();
  text.split(/\r?\n/).forEach((line, index) => {
    const lineNumber = index + 1;
    const content = line.trim();
    if (content === '' || content.startsWith('#') || content.toLowerCase() === HEADER) {
      return;
    }
    const fields = content.split(';').map((field) => field.trim());
    if (fields.length !== 3) {
      throw new ImportError(lineNumber, `expected 3 fields, found ${fields.length}`);
    }
    const [sku, location, counted] = fields;
    if (sku === '' || location === '') {
      throw new ImportError(lineNumber, 'the item and the location are required');
    }
    const key = `${sku.toUpperCase()}@${location.toUpperCase()}`;
    const entry = entries.get(key) ?? { sku: sku.toUpperCase(), location: location.toUpperCase(), counted: 0 };
    entry.counted += shelfTotal(counted, lineNumber);
    entries.set(key, entry);
  });
  return [...entries.values()];
}

module.exports = { ImportError, parseStockTake };
