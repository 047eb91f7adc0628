'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { parseLine, parseCsv } = require('../src/csv');

test('field that is only a quote character', () => {
  assert.deepEqual(parseLine('"""",end'), ['"', 'end']);
});

test('doubled quotes next to the separator', () => {
  assert.deepEqual(parseLine('"a""",""",b"'), ['a"', '",b']);
});

test('semicolon separator with quotes inside', () => {
  assert.deepEqual(parseLine('x;"5"" screen; matte"', ';'), ['x', '5" screen; matte']);
});

test('empty quoted field stays empty', () => {
  assert.deepEqual(parseLine('"",z'), ['', 'z']);
});

test('objects from rows with quotes', () => {
  const text = 'sku,title\r\nB1,"The ""Best"" Book"\r\n';
  assert.deepEqual(parseCsv(text), [{ sku: 'B1', title: 'The "Best" Book' }]);
});
