'use strict';

function createPayment(id, amount) {
  if (!Number.isInteger(amount) || amount <= 0) {
    throw new Error('amount must be a positive number of cents');
  }
  return { id, amount, refunds: [], status: 'captured' };
}

function refundable(payment) {
  if (payment.status === 'voided') {
    return 0;
  }
  return payment.amount;
}

function refund(payment, amount, reason = 'customer request') {
  if (!Number.isInteger(amount) || amount <= 0) {
    throw new Error('refund must be a positive number of cents');
  }
  const available = refundable(payment);
  if (amount > available) {
    throw new Error(`at most ${available} cents can be refunded`);
  }
  payment.refunds.push({ amount, reason });
  payment.status = amount === available ? 'refunded' : 'partially refunded';
  return payment.status;
}

function voidPayment(payment) {
  if (payment.refunds.length > 0) {
    throw new Error('a refunded payment cannot be voided');
  }
  payment.status = 'voided';
}

module.exports = { createPayment, refund, refundable, voidPayment };
