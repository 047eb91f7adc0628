'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { ImportError, parseStockTake } = require('../lib/parse');
const { adjustments, importStockTake } = require('../lib/adjustments');

const SYSTEM = [
  { sku: 'A-100', location: 'WH1', quantity: 15 },
  { sku: 'A-200', location: 'WH1', quantity: 9 },
  { sku: 'B-300', location: 'WH1', quantity: 4 },
  { sku: 'C-400', location: 'WH2', quantity: 30 },
];

test('a header, comments and blank lines are skipped', () => {
  const text = 'sku;location;counted\n# aisle 3, Tuesday\n\na-200; wh1 ;11\r\n';
  assert.deepEqual(parseStockTake(text), [{ sku: 'A-200', location: 'WH1', counted: 11 }]);
});

test('lines for the same item and location add up', () => {
  assert.deepEqual(parseStockTake('A-200;WH1;4\nA-200;WH1;5\nA-200;WH2;1'), [
    { sku: 'A-200', location: 'WH1', counted: 9 },
    { sku: 'A-200', location: 'WH2', counted: 1 },
  ]);
});

test('broken lines name their line number', () => {
  assert.throws(() => parseStockTake('A-100;WH1;3\nA-200;WH1'), { name: 'ImportError', message: 'line 2: expected 3 fields, found 2' });
  assert.throws(() => parseStockTake('A-100;WH1;3x'), ImportError);
  assert.throws(() => parseStockTake('A-100;WH1;-2'), /count "-2" is not a whole number/);
});

test('counts on several shelves are added', () => {
  assert.deepEqual(parseStockTake('A-100;WH1;12|7'), [{ sku: 'A-100', location: 'WH1', counted: 19 }]);
});

test('small differences are left alone', () => {
  const take = parseStockTake('A-200;WH1;10\nB-300;WH1;1');
  assert.deepEqual(adjustments(take, SYSTEM, { tolerance: 1 }).changes, [
    { sku: 'B-300', location: 'WH1', before: 4, after: 1, change: -3 },
  ]);
});

test('the report lists changes and items not counted where the team went', () => {
  const report = importStockTake('B-300;WH1;6\nA-200;WH1;9\nD-500;WH1;2', SYSTEM);
  assert.equal(report, [
    'B-300 @ WH1: 4 -> 6 (+2)',
    'D-500 @ WH1: 0 -> 2 (+2)',
    'A-100 @ WH1: not counted (system 15)',
  ].join('\n'));
});
