'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { isValidIsbn } = require('../src/isbn');

test('valid ISBN-13', () => {
  assert.equal(isValidIsbn('978-0-306-40615-7'), true);
});

test('ISBN-13 with a wrong check digit', () => {
  assert.equal(isValidIsbn('978-0-306-40615-8'), false);
});

test('letters are not an ISBN', () => {
  assert.equal(isValidIsbn('ABCDEFGHIJ'), false);
});

test('valid ISBN-10', () => {
  assert.equal(isValidIsbn('0-306-40615-2'), true);
});

test('valid ISBN-10 ending in X', () => {
  assert.equal(isValidIsbn('0-8044-2957-X'), true);
});
