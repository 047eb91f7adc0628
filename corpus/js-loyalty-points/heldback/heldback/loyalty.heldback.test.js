'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { tierFor, earn, redeem } = require('../src/loyalty');

test('gold starts at exactly 1000', () => {
  assert.equal(tierFor(1000).name, 'gold');
  assert.equal(tierFor(999.99).name, 'silver');
});

test('silver customer at the threshold earns one and a half', () => {
  const account = { yearlySpend: 500, points: 0 };
  assert.equal(earn(account, 41), 61);
});

test('cannot redeem twice beyond the balance', () => {
  const account = { yearlySpend: 0, points: 300 };
  redeem(account, 200);
  assert.throws(() => redeem(account, 200), /not enough points/);
});

test('new customer with no spend is bronze', () => {
  assert.equal(tierFor(0).name, 'bronze');
});
