'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { receiptTotals, formatReceipt } = require('../src/receipt');

test('only exempt items means no tax', () => {
  const lines = [{ name: 'bread', price: 2.5, quantity: 2, taxExempt: true }];
  assert.deepEqual(receiptTotals(lines), { net: 5, tax: 0, total: 5 });
});

test('taxable items with quantities', () => {
  const lines = [{ name: 'cup', price: 3.99, quantity: 3 }];
  assert.deepEqual(receiptTotals(lines), { net: 11.97, tax: 2.39, total: 14.36 });
});

test('formatted receipt', () => {
  const lines = [
    { name: 'milk', price: 1.1, quantity: 2, taxExempt: true },
    { name: 'soap', price: 4, quantity: 1, taxExempt: false },
  ];
  assert.equal(formatReceipt(lines), 'milk x2: 2.20\nsoap x1: 4.00\nVAT: 0.80\nTOTAL: 7.00');
});
