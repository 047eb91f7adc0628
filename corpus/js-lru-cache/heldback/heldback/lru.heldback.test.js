'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { LruCache } = require('../src/lru');

test('keys are ordered by last use', () => {
  const cache = new LruCache(3);
  cache.put('x', 1);
  cache.put('y', 2);
  cache.put('z', 3);
  cache.get('x');
  cache.get('y');
  assert.deepEqual(cache.keys(), ['z', 'x', 'y']);
});

test('updating a value also refreshes it', () => {
  const cache = new LruCache(2);
  cache.put('a', 1);
  cache.put('b', 2);
  cache.put('a', 10);
  cache.put('c', 3);
  assert.deepEqual(cache.keys(), ['a', 'c']);
  assert.equal(cache.get('a'), 10);
});

test('repeated reads keep a hot key alive', () => {
  const cache = new LruCache(2);
  cache.put('hot', 'h');
  for (let i = 0; i < 5; i++) {
    cache.put(`cold${i}`, i);
    assert.equal(cache.get('hot'), 'h');
  }
  assert.deepEqual(cache.keys(), ['cold4', 'hot']);
});
