import test from 'node:test';
import assert from 'node:assert/strict';
import { buildQuery, parseQuery } from '../src/query.js';
import { filtersFromSearch, searchFromFilters } from '../src/filters.js';

test('reserved characters inside values and keys', () => {
  assert.deepEqual(parseQuery('?eq=a%3Db&path=%2Fhome%2Fdocs%3Fx&hash=%23top&k%26y=1'),
    { eq: 'a=b', path: '/home/docs?x', hash: '#top', 'k&y': '1' });
});

test('an encoded plus is a plus, not a space', () => {
  assert.deepEqual(parseQuery('q=c%2B%2B+books'), { q: 'c++ books' });
});

test('accented letters and a stray percent sign', () => {
  assert.deepEqual(parseQuery('city=K%C3%B6ln&discount=50%'), { city: 'Köln', discount: '50%' });
});

test('any built query reads back', () => {
  const params = { q: 'a=b & c/d?e#f, g;h', tag: ['x y', 'z&w'], empty: '' };
  assert.deepEqual(parseQuery(buildQuery(params)), params);
});

test('filters survive a round trip through the address', () => {
  const filters = { text: 'desk & chair', tags: ['oak', 'walnut/teak'], minPrice: 10, maxPrice: null, sort: 'newest' };
  assert.deepEqual(filtersFromSearch(searchFromFilters(filters)), filters);
});
