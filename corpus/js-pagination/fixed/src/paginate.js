'use strict';

const MAX_PAGE_SIZE = 100;

function totalPages(count, pageSize) {
  return Math.max(1, Math.ceil(count / pageSize));
}

function paginate(items, page, pageSize) {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`page size must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const pages = totalPages(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    throw new RangeError(`page must be between 1 and ${pages}`);
  }
  const start = (page - 1) * pageSize;
  const end = start + pageSize;
  return {
    page,
    totalPages: pages,
    items: items.slice(start, end),
    hasNext: page < pages,
    hasPrevious: page > 1,
  };
}

function pageLabel(result, totalCount, pageSize) {
  if (totalCount === 0) {
    return 'No results';
  }
  const first = (result.page - 1) * pageSize + 1;
  const last = first + result.items.length - 1;
  return `${first}-${last} of ${totalCount}`;
}

module.exports = { paginate, totalPages, pageLabel };
