'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { paginate, totalPages } = require('../src/paginate');

const orders = Array.from({ length: 25 }, (_, i) => ({ id: i + 1 }));

test('page count rounds up', () => {
  assert.equal(totalPages(25, 10), 3);
  assert.equal(totalPages(0, 10), 1);
});

test('first page flags', () => {
  const result = paginate(orders, 1, 10);
  assert.equal(result.hasNext, true);
  assert.equal(result.hasPrevious, false);
});

test('first page holds ten orders', () => {
  const ids = paginate(orders, 1, 10).items.map((order) => order.id);
  assert.deepEqual(ids, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test('page past the end is rejected', () => {
  assert.throws(() => paginate(orders, 4, 10), RangeError);
});
