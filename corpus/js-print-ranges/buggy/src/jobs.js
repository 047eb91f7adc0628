import { formatRanges, parseRanges } from './ranges.js';

// The printer's queue refuses very large jobs, so a long selection goes out as several jobs in page order.
export function splitIntoJobs(pages, maxPagesPerJob) {
  if (!Number.isInteger(maxPagesPerJob) || maxPagesPerJob < 1) {
    throw new RangeError(`a job must hold at least one page, not ${maxPagesPerJob}`);
  }
  const jobs = [];
  for (let start = 0; start < pages.length; start += maxPagesPerJob) {
    const jobPages = pages.slice(start, start + maxPagesPerJob - 1);
    jobs.push({ number: jobs.length + 1, pages: jobPages, label: formatRanges(jobPages) });
  }
  return jobs;
}

export function sheetsNeeded(pageCount, { duplex = false, pagesPerSide = 1 } = {}) {
  const sides = Math.ceil(pageCount / pagesPerSide);
  return duplex ? Math.ceil(sides / 2) : sides;
}

export function planPrint(selection, pageCount, { maxPagesPerJob = 50, duplex = false, pagesPerSide = 1 } = {}) {
  const pages = parseRanges(selection, pageCount);
  return {
    pages: formatRanges(pages),
    jobs: splitIntoJobs(pages, maxPagesPerJob),
    sheets: sheetsNeeded(pages.length, { duplex, pagesPerSide }),
  };
}
