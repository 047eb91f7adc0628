'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { LruCache } = require('../src/lru');

test('stores and returns values', () => {
  const cache = new LruCache(2);
  cache.put('a', 1);
  assert.equal(cache.get('a'), 1);
  assert.equal(cache.get('zzz'), undefined);
  assert.deepEqual([cache.hits, cache.misses], [1, 1]);
});

test('evicts the oldest entry when nothing was read', () => {
  const cache = new LruCache(2);
  cache.put('a', 1);
  cache.put('b', 2);
  cache.put('c', 3);
  assert.deepEqual(cache.keys(), ['b', 'c']);
});

test('reading an entry protects it from eviction', () => {
  const cache = new LruCache(2);
  cache.put('a', 1);
  cache.put('b', 2);
  cache.get('a');
  cache.put('c', 3);
  assert.equal(cache.get('a'), 1);
  assert.equal(cache.get('b'), undefined);
});

test('capacity must be positive', () => {
  assert.throws(() => new LruCache(0), RangeError);
});
