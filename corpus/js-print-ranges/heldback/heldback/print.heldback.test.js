import test from 'node:test';
import assert from 'node:assert/strict';
import { parseRanges } from '../src/ranges.js';
import { planPrint, splitIntoJobs } from '../src/jobs.js';

test('every page is printed once, in order, in jobs no bigger than the limit', () => {
  for (let pageCount = 1; pageCount <= 40; pageCount++) {
    const pages = parseRanges('all', pageCount).filter((page) => page % 3 !== 0 || page === pageCount);
    for (let limit = 1; limit <= 12; limit++) {
      const jobs = splitIntoJobs(pages, limit);
      assert.deepEqual(jobs.flatMap((job) => job.pages), pages, `${pageCount} pages, jobs of ${limit}`);
      assert.equal(jobs.length, Math.ceil(pages.length / limit));
      jobs.slice(0, -1).forEach((job) => assert.equal(job.pages.length, limit));
      jobs.forEach((job, index) => assert.equal(job.number, index + 1));
    }
  }
});

test('jobs of one page each', () => {
  assert.deepEqual(splitIntoJobs([3, 7, 8], 1), [
    { number: 1, pages: [3], label: '3' },
    { number: 2, pages: [7], label: '7' },
    { number: 3, pages: [8], label: '8' },
  ]);
});

test('a selection that exactly fills the jobs', () => {
  const plan = planPrint('1-5, 11-15, 21-22', 30, { maxPagesPerJob: 6 });
  assert.deepEqual(plan.jobs.map((job) => job.label), ['1-5,11', '12-15,21-22']);
  assert.equal(plan.sheets, 12);
});

test('no pages, no jobs', () => {
  assert.deepEqual(splitIntoJobs([], 5), []);
  assert.throws(() => splitIntoJobs([1, 2], 0), RangeError);
});
