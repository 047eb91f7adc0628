// Query strings as HTML forms send them: '+' is a space, and a key given twice keeps both values.

function decode(text) {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A stray '%' that starts no escape is kept as typed rather than losing the whole query.
    return spaced;
  }
}

export function parseQuery(search) {
  const query = {};
  const text = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of text.split('&')) {
    if (pair === '') {
      continue;
    }
    const at = pair.indexOf('=');
    const key = decode(at === -1 ? pair : pair.slice(0, at));
    const value = at === -1 ? '' : decode(pair.slice(at + 1));
    if (!Object.hasOwn(query, key)) {
      query[key] = value;
    } else if (Array.isArray(query[key])) {
      query[key].push(value);
    } else {
      query[key] = [query[key], value];
    }
  }
  return query;
}

export function buildQuery(params) {
  const pairs = [];
  for (const [key, value] of Object.entries(params)) {
    for (const single of Array.isArray(value) ? value : [value]) {
      if (single !== undefined && single !== null) {
        pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(single))}`);
      }
    }
  }
  return pairs.join('&');
}
