'use strict';

/** Gift cards with a balance in cents, valid up to and including their expiry day (YYYY-MM-DD). */
class GiftCardStore {
  constructor() {
    this.cards = new Map();
  }

  issue(code, amount, expiresOn) {
    if (this.cards.has(code)) {
      throw new Error(`card ${code} already exists`);
    }
    if (!Number.isInteger(amount) || amount <= 0) {
      throw new Error('a card is issued with a positive amount in cents');
    }
    const card = { code, balance: amount, expiresOn, history: [{ type: 'issue', amount }] };
    this.cards.set(code, card);
    return card;
  }

  find(code) {
    const card = this.cards.get(code);
    if (!card) {
      throw new Error(`unknown card ${code}`);
    }
    return card;
  }

  isUsable(code, today) {
    const card = this.find(code);
    return card.balance > 0 || today <= card.expiresOn;
  }

  /** Takes up to amount from the card and returns what was taken. */
  redeem(code, amount, today) {
    if (!this.isUsable(code, today)) {
      throw new Error(`card ${code} cannot be used`);
    }
    const card = this.find(code);
    const taken = Math.min(card.balance, amount);
    card.balance -= taken;
    card.history.push({ type: 'redeem', amount: taken, on: today });
    return taken;
  }

  topUp(code, amount, today) {
    const card = this.find(code);
    if (today > card.expiresOn) {
      throw new Error(`card ${code} has expired`);
    }
    card.balance += amount;
    card.history.push({ type: 'top-up', amount, on: today });
  }
}

module.exports = { GiftCardStore };
