'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { convert } = require('../src/currency');

test('USD to GBP goes through EUR', () => {
  assert.equal(convert(100, 'USD', 'GBP'), 73.15);
});

test('GBP to EUR', () => {
  assert.equal(convert(79, 'GBP', 'EUR'), 100);
});

test('yen are rounded to whole units', () => {
  assert.equal(convert(50, 'CHF', 'JPY'), 8553);
});

test('round trip stays close', () => {
  const there = convert(250, 'EUR', 'CHF');
  assert.equal(there, 237.5);
  assert.equal(convert(there, 'CHF', 'EUR'), 250);
});
