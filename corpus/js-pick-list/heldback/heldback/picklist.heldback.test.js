'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { buildPickList, totalWeightKg } = require('../lib/picklist');
const { compareLocations, parseLocation } = require('../lib/locations');

const route = (labels) => labels.map(parseLocation).sort(compareLocations).map((location) => location.label);

test('serpentine route over several aisles', () => {
  const labels = ['04-01-A', '01-10-A', '02-01-A', '03-05-A', '02-11-A', '01-02-A', '04-20-A', '03-01-A'];
  assert.deepEqual(route(labels), ['01-02-A', '01-10-A', '02-11-A', '02-01-A', '03-01-A', '03-05-A', '04-20-A', '04-01-A']);
});

test('within a bay the floor comes first, whichever way the aisle runs', () => {
  assert.deepEqual(route(['06-03-C', '06-08-B', '06-03-A', '06-08-A']), ['06-08-A', '06-08-B', '06-03-A', '06-03-C']);
  assert.deepEqual(route(['05-03-C', '05-08-B', '05-03-A']), ['05-03-A', '05-03-C', '05-08-B']);
});

test('comparison is consistent both ways', () => {
  const [low, high] = [parseLocation('10-02-A'), parseLocation('10-09-A')];
  assert.ok(compareLocations(high, low) < 0);
  assert.ok(compareLocations(low, high) > 0);
  assert.equal(compareLocations(low, parseLocation('10-02-A')), 0);
});

test('a whole order in walking order with its weight', () => {
  const stock = {
    BOOTS: { bin: '12-14-A', onHand: 3, weightGrams: 900 },
    LACES: { bin: '12-02-D', onHand: 50, weightGrams: 20 },
    SOCKS: { bin: '11-30-A', onHand: 60, weightGrams: 60 },
    INSOLE: { bin: '12-14-B', onHand: 9, weightGrams: 110 },
  };
  const order = { id: 'B7', lines: [{ sku: 'LACES', quantity: 2 }, { sku: 'INSOLE', quantity: 1 }, { sku: 'SOCKS', quantity: 3 }, { sku: 'BOOTS', quantity: 1 }] };
  const pickList = buildPickList(order, stock);
  assert.deepEqual(pickList.map((pick) => pick.sku), ['SOCKS', 'BOOTS', 'INSOLE', 'LACES']);
  assert.equal(totalWeightKg(pickList), 1.2);
});
