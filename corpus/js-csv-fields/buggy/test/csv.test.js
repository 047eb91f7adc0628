'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { parseLine, parseCsv } = require('../src/csv');

test('plain fields', () => {
  assert.deepEqual(parseLine('a,b,,c'), ['a', 'b', '', 'c']);
});

test('quoted field with a comma', () => {
  assert.deepEqual(parseLine('"a,b",c'), ['a,b', 'c']);
});

test('doubled quotes stand for one quote', () => {
  assert.deepEqual(parseLine('1,"say ""hi""",x'), ['1', 'say "hi"', 'x']);
});

test('unterminated quote is an error', () => {
  assert.throws(() => parseLine('"abc'), /unterminated/);
});

test('rows become objects', () => {
  assert.deepEqual(parseCsv('id,name\n1,Ann\n2,"Lee, Bo"\n'), [
    { id: '1', name: 'Ann' },
    { id: '2', name: 'Lee, Bo' },
  ]);
});
