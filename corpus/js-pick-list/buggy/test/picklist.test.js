'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { buildPickList, printPickList } = require('../lib/picklist');

const STOCK = {
  'MUG-RED': { bin: '01-04-A', onHand: 40, weightGrams: 350 },
  'MUG-BLUE': { bin: '01-09-B', onHand: 12, weightGrams: 350 },
  'TEAPOT': { bin: '02-03-A', onHand: 5, weightGrams: 1200 },
  'KETTLE': { bin: '02-07-B', onHand: 8, weightGrams: 1500 },
  'SPOONS': { bin: '03-02-C', onHand: 100, weightGrams: 90 },
};

const bins = (pickList) => pickList.map((pick) => pick.bin);

test('odd aisle is walked up', () => {
  const order = { id: 'A1', lines: [{ sku: 'MUG-BLUE', quantity: 1 }, { sku: 'MUG-RED', quantity: 2 }] };
  assert.deepEqual(bins(buildPickList(order, STOCK)), ['01-04-A', '01-09-B']);
});

test('even aisle is walked down', () => {
  const order = { id: 'A2', lines: [{ sku: 'TEAPOT', quantity: 1 }, { sku: 'KETTLE', quantity: 1 }] };
  assert.deepEqual(bins(buildPickList(order, STOCK)), ['02-07-B', '02-03-A']);
});

test('same SKU on two lines is picked once', () => {
  const order = { id: 'A3', lines: [{ sku: 'SPOONS', quantity: 6 }, { sku: 'SPOONS', quantity: 6 }] };
  assert.deepEqual(buildPickList(order, STOCK), [{ bin: '03-02-C', sku: 'SPOONS', quantity: 12, weightGrams: 1080 }]);
});

test('not enough stock is refused', () => {
  const order = { id: 'A4', lines: [{ sku: 'TEAPOT', quantity: 6 }] };
  assert.throws(() => buildPickList(order, STOCK), /only 5 of TEAPOT left/);
});

test('printed list', () => {
  const order = { id: 'A5', lines: [{ sku: 'SPOONS', quantity: 2 }, { sku: 'MUG-RED', quantity: 1 }] };
  assert.equal(printPickList(order, buildPickList(order, STOCK)),
    'Order A5\n01-04-A  MUG-RED    x1\n03-02-C  SPOONS     x2\nTotal 0.5 kg');
});
