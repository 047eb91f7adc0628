'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { tierFor, earn, redeem } = require('../src/loyalty');

test('tiers by spend', () => {
  assert.equal(tierFor(120).name, 'bronze');
  assert.equal(tierFor(2000).name, 'gold');
});

test('spend at the silver threshold is silver', () => {
  assert.equal(tierFor(500).name, 'silver');
});

test('bronze customers earn one point per whole unit', () => {
  const account = { yearlySpend: 100, points: 0 };
  assert.equal(earn(account, 19.99), 19);
  assert.equal(account.points, 19);
});

test('redeeming spends points and issues a voucher', () => {
  const account = { yearlySpend: 0, points: 350 };
  assert.equal(redeem(account, 200), 10);
  assert.equal(account.points, 150);
});

test('redeeming odd amounts is refused', () => {
  assert.throws(() => redeem({ yearlySpend: 0, points: 500 }, 150));
});
