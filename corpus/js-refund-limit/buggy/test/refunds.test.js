'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { createPayment, refund, refundable, voidPayment } = require('../src/refunds');

test('full refund in one go', () => {
  const payment = createPayment('p1', 5000);
  assert.equal(refund(payment, 5000), 'refunded');
});

test('refund larger than the payment is refused', () => {
  const payment = createPayment('p2', 5000);
  assert.throws(() => refund(payment, 5001), /at most 5000/);
});

test('voided payments cannot be refunded', () => {
  const payment = createPayment('p3', 1200);
  voidPayment(payment);
  assert.equal(refundable(payment), 0);
});

test('second refund cannot exceed what is left', () => {
  const payment = createPayment('p4', 5000);
  assert.equal(refund(payment, 3000), 'partially refunded');
  assert.throws(() => refund(payment, 3000), /at most 2000/);
});
