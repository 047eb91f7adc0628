'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { convert, convertAll, crossRate } = require('../src/currency');

test('same currency is only rounded', () => {
  assert.equal(convert(12.345, 'GBP', 'GBP'), 12.35);
});

test('cross rate from EUR', () => {
  assert.equal(crossRate('EUR', 'USD'), 1.08);
});

test('total of mixed amounts in EUR', () => {
  const amounts = [{ amount: 10.8, currency: 'USD' }, { amount: 7.9, currency: 'GBP' }];
  assert.equal(convertAll(amounts, 'EUR'), 20);
});

test('EUR to USD', () => {
  assert.equal(convert(100, 'EUR', 'USD'), 108);
});

test('unknown currency', () => {
  assert.throws(() => convert(1, 'EUR', 'XYZ'), /unknown currency/);
});
