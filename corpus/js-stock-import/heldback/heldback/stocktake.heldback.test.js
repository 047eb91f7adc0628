'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { parseStockTake } = require('../lib/parse');
const { importStockTake } = require('../lib/adjustments');

function counted(line) {
  return parseStockTake(line)[0].counted;
}

test('any number of shelves, with spaces and zeros', () => {
  assert.equal(counted('A-1;WH1;0|10'), 10);
  assert.equal(counted('A-1;WH1;10|1|10'), 21);
  assert.equal(counted('A-1;WH1;3|3|3|3|3'), 15);
  assert.equal(counted('A-1;WH1; 4 | 5 '), 9);
  assert.equal(counted('A-1;WH1;007|08'), 15);
  assert.equal(counted('A-1;WH1;2|9|9|9|9|9|9|9|9|9|9|9'), 101);
});

test('shelves of lines for the same place add up', () => {
  assert.equal(counted('A-1;WH1;1|2\nA-1;WH1;3|4'), 10);
});

test('an empty shelf count is refused', () => {
  assert.throws(() => parseStockTake('A-1;WH1;4|'), /line 1: count "" is not a whole number/);
  assert.throws(() => parseStockTake('A-1;WH1;4|1.5'), /count "1.5"/);
});

test('counts spread over shelves correct the stock', () => {
  const system = [
    { sku: 'A-100', location: 'WH1', quantity: 15 },
    { sku: 'A-200', location: 'WH1', quantity: 9 },
    { sku: 'E-600', location: 'WH1', quantity: 6 },
  ];
  const report = importStockTake('A-100;WH1;12|7\nA-200;WH1;5|4\nE-600;WH1;1|1|1', system);
  assert.equal(report, ['A-100 @ WH1: 15 -> 19 (+4)', 'E-600 @ WH1: 6 -> 3 (-3)'].join('\n'));
});
