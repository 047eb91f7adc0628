'use strict';

const { parseLocation, compareLocations } = require('./locations');

// One line per bin to visit, in walking order, with the quantities of an order's lines for the same SKU added up.
function buildPickList(order, stock) {
  const wanted = new Map();
  for (const line of order.lines) {
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      throw new Error(`bad quantity for ${line.sku}: ${line.quantity}`);
    }
    wanted.set(line.sku, (wanted.get(line.sku) ?? 0) + line.quantity);
  }
  const picks = [];
  for (const [sku, quantity] of wanted) {
    const item = stock[sku];
    if (!item) {
      throw new Error(`${sku} is not stocked`);
    }
    if (item.onHand < quantity) {
      throw new Error(`only ${item.onHand} of ${sku} left, ${quantity} wanted`);
    }
    picks.push({ sku, quantity, location: parseLocation(item.bin), weightGrams: item.weightGrams * quantity });
  }
  picks.sort((a, b) => compareLocations(a.location, b.location));
  return picks.map(({ sku, quantity, location, weightGrams }) => ({ bin: location.label, sku, quantity, weightGrams }));
}

function totalWeightKg(pickList) {
  const grams = pickList.reduce((sum, pick) => sum + pick.weightGrams, 0);
  return Math.round(grams / 100) / 10;
}

function printPickList(order, pickList) {
  const rows = pickList.map((pick) => `${pick.bin}  ${pick.sku.padEnd(10)} x${pick.quantity}`);
  return [`Order ${order.id}`, ...rows, `Total ${totalWeightKg(pickList)} kg`].join('\n');
}

module.exports = { buildPickList, totalWeightKg, printPickList };
