'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createPayment, refund, refundable } = require('../src/refunds');

test('two partial refunds complete the refund', () => {
  const payment = createPayment('h1', 5000);
  refund(payment, 3000);
  assert.equal(refund(payment, 2000), 'refunded');
  assert.equal(refundable(payment), 0);
});

test('refundable amount shrinks with each refund', () => {
  const payment = createPayment('h2', 999);
  refund(payment, 100);
  refund(payment, 250);
  assert.equal(refundable(payment), 649);
});

test('nothing more after a full refund', () => {
  const payment = createPayment('h3', 700);
  refund(payment, 700);
  assert.throws(() => refund(payment, 1), /at most 0/);
});

test('refunds are recorded with reasons', () => {
  const payment = createPayment('h4', 400);
  refund(payment, 150, 'damaged');
  assert.deepEqual(payment.refunds, [{ amount: 150, reason: 'damaged' }]);
});
