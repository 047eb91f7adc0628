export class PageRangeError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PageRangeError';
  }
}

function pagesBetween(first, last) {
  const pages = [];
  for (let page = first; page <= last; page++) {
    pages.push(page);
  }
  return pages;
}

function toPage(text, pageCount, fallback) {
  if (text === '') {
    return fallback;
  }
  const page = Number(text);
  if (page < 1 || page > pageCount) {
    throw new PageRangeError(`page ${page} is outside 1-${pageCount}`);
  }
  return page;
}

// Pages chosen in a print dialog: "1-3, 5, 8-" (to the end), "-4" (from the start), "all" or nothing for every page.
export function parseRanges(text, pageCount) {
  if (!Number.isInteger(pageCount) || pageCount < 1) {
    throw new PageRangeError('the document has no pages');
  }
  const spec = text.trim();
  if (spec === '' || spec.toLowerCase() === 'all') {
    return pagesBetween(1, pageCount);
  }
  const pages = new Set();
  for (const part of spec.split(',')) {
    const piece = part.trim();
    if (piece === '') {
      continue;
    }
    const match = /^(\d*)\s*(-?)\s*(\d*)$/.exec(piece);
    if (!match || (match[1] === '' && match[3] === '') || (match[2] === '' && match[3] !== '')) {
      throw new PageRangeError(`"${piece}" is not a page or a range of pages`);
    }
    const first = toPage(match[1], pageCount, 1);
    const last = match[2] === '' ? first : toPage(match[3], pageCount, pageCount);
    if (last < first) {
      throw new PageRangeError(`"${piece}" runs backwards`);
    }
    pagesBetween(first, last).forEach((page) => pages.add(page));
  }
  return [...pages].sort((a, b) => a - b);
}

// The shortest text that parseRanges reads back as the same pages: [1, 2, 3, 5] is "1-3,5".
export function formatRanges(pages) {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts = [];
  let runStart = 0;
  for (let index = 1; index <= sorted.length; index++) {
    if (index === sorted.length || sorted[index] !== sorted[index - 1] + 1) {
      const first = sorted[runStart];
      const last = sorted[index - 1];
      parts.push(first === last ? `${first}` : `${first}-${last}`);
      runStart = index;
    }
  }
  return parts.join(',');
}
