import test from 'node:test';
import assert from 'node:assert/strict';
import { PageRangeError, formatRanges, parseRanges } from '../src/ranges.js';
import { planPrint, sheetsNeeded, splitIntoJobs } from '../src/jobs.js';

test('single pages and ranges', () => {
  assert.deepEqual(parseRanges('1-3, 5, 7 - 8', 10), [1, 2, 3, 5, 7, 8]);
  assert.deepEqual(parseRanges('5,2,5,1-2', 10), [1, 2, 5]);
});

test('open ranges run to the start or the end', () => {
  assert.deepEqual(parseRanges('8-', 10), [8, 9, 10]);
  assert.deepEqual(parseRanges('-3', 10), [1, 2, 3]);
  assert.deepEqual(parseRanges('all', 4), [1, 2, 3, 4]);
  assert.deepEqual(parseRanges('  ', 2), [1, 2]);
});

test('bad selections are explained', () => {
  assert.throws(() => parseRanges('3-1', 10), { name: 'PageRangeError', message: '"3-1" runs backwards' });
  assert.throws(() => parseRanges('2, 11', 10), PageRangeError);
  assert.throws(() => parseRanges('1 2', 10), /is not a page or a range/);
});

test('pages are written back as ranges', () => {
  assert.equal(formatRanges([5, 1, 2, 3, 9, 10]), '1-3,5,9-10');
  assert.equal(formatRanges([4]), '4');
  assert.equal(formatRanges([]), '');
});

test('sheets of paper', () => {
  assert.equal(sheetsNeeded(7), 7);
  assert.equal(sheetsNeeded(7, { duplex: true }), 4);
  assert.equal(sheetsNeeded(7, { duplex: true, pagesPerSide: 2 }), 2);
});

test('a short selection is one job', () => {
  assert.deepEqual(splitIntoJobs([2, 3, 4], 50), [{ number: 1, pages: [2, 3, 4], label: '2-4' }]);
});

test('a long selection is split into jobs of at most the limit', () => {
  const jobs = splitIntoJobs(parseRanges('1-10', 10), 4);
  assert.deepEqual(jobs.map((job) => job.label), ['1-4', '5-8', '9-10']);
});

test('a whole print plan', () => {
  const plan = planPrint('1-2, 6-', 7, { duplex: true });
  assert.equal(plan.pages, '1-2,6-7');
  assert.equal(plan.sheets, 2);
  assert.deepEqual(plan.jobs.map((job) => job.pages), [[1, 2, 6, 7]]);
});
