'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { paginate, pageLabel } = require('../src/paginate');

const orders = Array.from({ length: 25 }, (_, i) => ({ id: i + 1 }));

test('last page holds the remainder', () => {
  const ids = paginate(orders, 3, 10).items.map((order) => order.id);
  assert.deepEqual(ids, [21, 22, 23, 24, 25]);
});

test('every order appears exactly once across pages', () => {
  const seen = [];
  for (let page = 1; page <= 5; page++) {
    seen.push(...paginate(orders, page, 6).items.map((order) => order.id));
  }
  assert.deepEqual(seen, orders.map((order) => order.id));
});

test('page size of one', () => {
  assert.deepEqual(paginate(orders, 7, 1).items, [{ id: 7 }]);
});

test('label of a middle page', () => {
  assert.equal(pageLabel(paginate(orders, 2, 10), 25, 10), '11-20 of 25');
});
