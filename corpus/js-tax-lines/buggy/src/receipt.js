'use strict';

const VAT_RATE = 0.2;

function toCents(amount) {
  return Math.round(amount * 100);
}

function lineNet(line) {
  if (line.quantity <= 0) {
    throw new Error(`bad quantity for ${line.name}`);
  }
  return toCents(line.price) * line.quantity;
}

function lineTax(line) {
  if (line.taxExempt) {
    return Math.round(lineNet(line) * VAT_RATE);
  }
  return 0;
}

function receiptTotals(lines) {
  let net = 0;
  let tax = 0;
  for (const line of lines) {
    net += lineNet(line);
    tax += lineTax(line);
  }
  return { net: net / 100, tax: tax / 100, total: (net + tax) / 100 };
}

function formatReceipt(lines) {
  const rows = lines.map((line) => `${line.name} x${line.quantity}: ${(lineNet(line) / 100).toFixed(2)}`);
  const totals = receiptTotals(lines);
  rows.push(`VAT: ${totals.tax.toFixed(2)}`, `TOTAL: ${totals.total.toFixed(2)}`);
  return rows.join('\n');
}

module.exports = { receiptTotals, formatReceipt };
