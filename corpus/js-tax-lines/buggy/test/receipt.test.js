'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { receiptTotals } = require('../src/receipt');

test('empty receipt', () => {
  assert.deepEqual(receiptTotals([]), { net: 0, tax: 0, total: 0 });
});

test('net adds quantities', () => {
  const totals = receiptTotals([{ name: 'pen', price: 1.25, quantity: 4 }]);
  assert.equal(totals.net, 5);
});

test('exempt items are not taxed', () => {
  const lines = [
    { name: 'book', price: 12, quantity: 1, taxExempt: true },
    { name: 'lamp', price: 30, quantity: 1 },
  ];
  assert.deepEqual(receiptTotals(lines), { net: 42, tax: 6, total: 48 });
});

test('zero quantity is rejected', () => {
  assert.throws(() => receiptTotals([{ name: 'pen', price: 1, quantity: 0 }]));
});
