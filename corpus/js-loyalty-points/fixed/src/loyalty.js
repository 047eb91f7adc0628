'use strict';

// Highest tier first; a customer is in the first tier whose threshold the yearly spend reaches.
const TIERS = [
  { name: 'gold', minSpend: 1000, multiplier: 2 },
  { name: 'silver', minSpend: 500, multiplier: 1.5 },
  { name: 'bronze', minSpend: 0, multiplier: 1 },
];
const POINTS_PER_VOUCHER = 100;
const VOUCHER_VALUE = 5;

function tierFor(yearlySpend) {
  return TIERS.find((tier) => yearlySpend >= tier.minSpend);
}

function earn(account, amount) {
  const tier = tierFor(account.yearlySpend);
  const points = Math.floor(Math.floor(amount) * tier.multiplier);
  account.yearlySpend += amount;
  account.points += points;
  return points;
}

function redeem(account, points) {
  if (points <= 0 || points % POINTS_PER_VOUCHER !== 0) {
    throw new Error(`points must be a positive multiple of ${POINTS_PER_VOUCHER}`);
  }
  if (points > account.points) {
    throw new Error('not enough points');
  }
  account.points -= points;
  return (points / POINTS_PER_VOUCHER) * VOUCHER_VALUE;
}

module.exports = { tierFor, earn, redeem };
