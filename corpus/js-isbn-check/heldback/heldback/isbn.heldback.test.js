'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { isValidIsbn, toIsbn13 } = require('../src/isbn');

test('more valid ISBN-10 numbers', () => {
  assert.equal(isValidIsbn('0 19 852663 6'), true);
  assert.equal(isValidIsbn('1-56619-909-3'), true);
  assert.equal(isValidIsbn('0-13-110362-8'), true);
});

test('ISBN-10 with a changed digit is invalid', () => {
  assert.equal(isValidIsbn('0-306-40615-3'), false);
  assert.equal(isValidIsbn('0-13-110362-7'), false);
});

test('lower-case x is accepted', () => {
  assert.equal(isValidIsbn('080442957x'), true);
});

test('convert ISBN-10 to ISBN-13', () => {
  assert.equal(toIsbn13('0-306-40615-2'), '9780306406157');
  assert.equal(toIsbn13('0-13-110362-8'), '9780131103627');
});
