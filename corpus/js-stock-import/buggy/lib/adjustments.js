'use strict';

const { parseStockTake } = require('./parse');

function byItemThenLocation(a, b) {
  return a.sku.localeCompare(b.sku) || a.location.localeCompare(b.location);
}

// The stock corrections a stock take asks for. systemStock is a list of { sku, location, quantity }; differences of
// at most `tolerance` units are left alone, and locations the stock take did not visit are reported, not zeroed.
function adjustments(stockTake, systemStock, { tolerance = 0 } = {}) {
  const system = new Map(systemStock.map((item) => [`${item.sku}@${item.location}`, item.quantity]));
  const visited = new Set(stockTake.map((entry) => entry.location));
  const changes = [];
  for (const entry of stockTake) {
    const before = system.get(`${entry.sku}@${entry.location}`) ?? 0;
    const change = entry.counted - before;
    if (Math.abs(change) > tolerance) {
      changes.push({ sku: entry.sku, location: entry.location, before, after: entry.counted, change });
    }
  }
  const counted = new Set(stockTake.map((entry) => `${entry.sku}@${entry.location}`));
  const notCounted = systemStock
    .filter((item) => visited.has(item.location) && !counted.has(`${item.sku}@${item.location}`))
    .sort(byItemThenLocation);
  return { changes: changes.sort(byItemThenLocation), notCounted };
}

function formatReport({ changes, notCounted }) {
  const lines = changes.map((c) => `${c.sku} @ ${c.location}: ${c.before} -> ${c.after} (${c.change > 0 ? '+' : ''}${c.change})`);
  notCounted.forEach((item) => lines.push(`${item.sku} @ ${item.location}: not counted (system ${item.quantity})`));
  return lines.join('\n');
}

function importStockTake(text, systemStock, options) {
  return formatReport(adjustments(parseStockTake(text), systemStock, options));
}

module.exports = { adjustments, formatReport, importStockTake };
