'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { GiftCardStore } = require('../src/cards');
const { payWithGiftCards } = require('../src/checkout');

function store() {
  const cards = new GiftCardStore();
  cards.issue('A', 3000, '2025-12-31');
  cards.issue('OLD', 4000, '2024-12-31');
  cards.issue('B', 1000, '2025-12-31');
  return cards;
}

test('usable cards', () => {
  const cards = store();
  assert.equal(cards.isUsable('A', '2025-12-31'), true);
  assert.equal(cards.isUsable('OLD', '2025-01-01'), false);
  cards.redeem('B', 1000, '2025-02-01');
  assert.equal(cards.isUsable('B', '2025-02-01'), false);
});

test('an empty card is refused', () => {
  const cards = store();
  cards.redeem('A', 3000, '2025-02-01');
  assert.throws(() => cards.redeem('A', 100, '2025-02-02'), /cannot be used/);
  assert.equal(cards.find('A').history.length, 2);
});

test('checkout skips expired and empty cards', () => {
  const cards = store();
  cards.redeem('B', 1000, '2025-02-01');
  const payment = payWithGiftCards(cards, 5000, ['OLD', 'B', 'A'], '2025-03-01');
  assert.deepEqual(payment, { used: [{ code: 'A', amount: 3000 }], dueByCard: 2000 });
  assert.equal(cards.find('OLD').balance, 4000);
});

test('a topped-up card is usable again until it expires', () => {
  const cards = store();
  cards.redeem('B', 1000, '2025-02-01');
  cards.topUp('B', 700, '2025-02-03');
  assert.equal(cards.redeem('B', 1000, '2025-02-04'), 700);
  assert.throws(() => cards.topUp('OLD', 500, '2025-01-01'), /expired/);
});

test('checkout stops once the total is covered', () => {
  const cards = store();
  const payment = payWithGiftCards(cards, 2500, ['A', 'B'], '2025-03-01');
  assert.deepEqual(payment, { used: [{ code: 'A', amount: 2500 }], dueByCard: 0 });
  assert.equal(cards.find('B').balance, 1000);
});
