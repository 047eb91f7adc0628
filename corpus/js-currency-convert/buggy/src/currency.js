'use strict';

// Units of each currency per 1 EUR.
const RATES = { EUR: 1, USD: 1.08, GBP: 0.79, JPY: 162.5, CHF: 0.95 };
const DECIMALS = { JPY: 0 };

function rateFor(code) {
  if (!(code in RATES)) {
    throw new Error(`unknown currency ${code}`);
  }
  return RATES[code];
}

function crossRate(from, to) {
  return rateFor(to) / rateFor(from);
}

function roundFor(code, amount) {
  const decimals = code in DECIMALS ? DECIMALS[code] : 2;
  const factor = 10 ** decimals;
  return Math.round(amount * factor) / factor;
}

function convert(amount, from, to) {
  if (from === to) {
    return roundFor(to, amount);
  }
  return roundFor(to, amount * crossRate(to, from));
}

function convertAll(amounts, to) {
  let total = 0;
  for (const { amount, currency } of amounts) {
    total += amount * crossRate(currency, to);
  }
  return roundFor(to, total);
}

module.exports = { convert, convertAll, crossRate };
