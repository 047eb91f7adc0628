import { buildQuery, parseQuery } from './query.js';

const SORTS = new Set(['relevance', 'price-asc', 'price-desc', 'newest']);

function asList(value) {
  if (value === undefined) {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

function asPrice(value, name) {
  if (value === undefined || value === '') {
    return null;
  }
  const price = Number(value);
  if (!Number.isFinite(price) || price < 0) {
    throw new RangeError(`${name} is not a price: ${value}`);
  }
  return price;
}

// The product search's filters from the page address's query string.
export function filtersFromSearch(search) {
  const query = parseQuery(search);
  const text = asList(query.q)[0] ?? '';
  const sort = SORTS.has(query.sort) ? query.sort : 'relevance';
  return {
    text: text.trim(),
    tags: asList(query.tag).filter((tag) => tag !== ''),
    minPrice: asPrice(query.min, 'min'),
    maxPrice: asPrice(query.max, 'max'),
    sort,
  };
}

export function searchFromFilters(filters) {
  return '?' + buildQuery({
    q: filters.text || undefined,
    tag: filters.tags,
    min: filters.minPrice ?? undefined,
    max: filters.maxPrice ?? undefined,
    sort: filters.sort === 'relevance' ? undefined : filters.sort,
  });
}
