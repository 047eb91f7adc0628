'use strict';

/**
 * Pays an order total (cents) with gift cards first, in the order given, skipping cards that cannot be used;
 * what is left is due by card payment.
 */
function payWithGiftCards(store, total, codes, today) {
  let remaining = total;
  const used = [];
  for (const code of codes) {
    if (remaining === 0) {
      break;
    }
    if (!store.isUsable(code, today)) {
      continue;
    }
    const taken = store.redeem(code, remaining, today);
    used.push({ code, amount: taken });
    remaining -= taken;
  }
  return { used, dueByCard: remaining };
}

module.exports = { payWithGiftCards };
