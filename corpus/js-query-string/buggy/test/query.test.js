import test from 'node:test';
import assert from 'node:assert/strict';
import { buildQuery, parseQuery } from '../src/query.js';
import { filtersFromSearch } from '../src/filters.js';

test('plain pairs', () => {
  assert.deepEqual(parseQuery('?page=2&size=20'), { page: '2', size: '20' });
});

test('plus and %20 are spaces', () => {
  assert.deepEqual(parseQuery('q=red+wine&city=New%20York'), { q: 'red wine', city: 'New York' });
});

test('a repeated key keeps every value', () => {
  assert.deepEqual(parseQuery('tag=a&tag=b&tag=c'), { tag: ['a', 'b', 'c'] });
});

test('a built query reads back', () => {
  const search = buildQuery({ q: 'fish & chips' });
  assert.equal(search, 'q=fish%20%26%20chips');
  assert.deepEqual(parseQuery(search), { q: 'fish & chips' });
});

test('filters with defaults', () => {
  assert.deepEqual(filtersFromSearch('?q=+lamp+&tag=oak&max=120&sort=cheapest'),
    { text: 'lamp', tags: ['oak'], minPrice: null, maxPrice: 120, sort: 'relevance' });
});
