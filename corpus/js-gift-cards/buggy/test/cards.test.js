'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { GiftCardStore } = require('../src/cards');
const { payWithGiftCards } = require('../src/checkout');

function store() {
  const cards = new GiftCardStore();
  cards.issue('GC-1', 5000, '2025-12-31');
  cards.issue('GC-2', 2000, '2025-06-30');
  return cards;
}

test('redeeming takes from the balance', () => {
  const cards = store();
  assert.equal(cards.redeem('GC-1', 1200, '2025-03-01'), 1200);
  assert.equal(cards.find('GC-1').balance, 3800);
});

test('redeeming more than the balance takes the balance', () => {
  const cards = store();
  assert.equal(cards.redeem('GC-2', 3500, '2025-03-01'), 2000);
  assert.equal(cards.find('GC-2').balance, 0);
});

test('a card can be used on its expiry day', () => {
  assert.equal(store().redeem('GC-2', 500, '2025-06-30'), 500);
});

test('an expired card is refused', () => {
  assert.throws(() => store().redeem('GC-2', 500, '2025-07-01'), /cannot be used/);
});

test('checkout splits the order over cards and card payment', () => {
  const cards = store();
  const payment = payWithGiftCards(cards, 8000, ['GC-2', 'GC-1'], '2025-03-01');
  assert.deepEqual(payment, { used: [{ code: 'GC-2', amount: 2000 }, { code: 'GC-1', amount: 5000 }], dueByCard: 1000 });
});

test('duplicate codes are refused', () => {
  assert.throws(() => store().issue('GC-1', 100, '2026-01-01'), /already exists/);
});
