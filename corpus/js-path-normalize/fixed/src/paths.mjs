// POSIX-style path helpers for the asset pipeline, independent of the machine the build runs on.

export function isAbsolute(path) {
  return path.startsWith('/');
}

/** Removes empty and '.' segments and resolves '..' against the segment before it. */
export function normalize(path) {
  if (path === '') {
    return '.';
  }
  const absolute = isAbsolute(path);
  const segments = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      if (segments.length > 0 && segments[segments.length - 1] !== '..') {
        segments.pop();
      } else if (!absolute) {
        // A relative path may climb above its start; an absolute one stops at the root.
        segments.push('..');
      }
      continue;
    }
    segments.push(segment);
  }
  const joined = segments.join('/');
  if (absolute) {
    return '/' + joined;
  }
  return joined === '' ? '.' : joined;
}

export function join(...parts) {
  return normalize(parts.filter((part) => part !== '').join('/'));
}

export function dirname(path) {
  const normalized = normalize(path);
  const slash = normalized.lastIndexOf('/');
  if (slash === -1) {
    return '.';
  }
  return slash === 0 ? '/' : normalized.slice(0, slash);
}

export function basename(path, extension = '') {
  const normalized = normalize(path);
  const name = normalized.slice(normalized.lastIndexOf('/') + 1);
  return extension && name.endsWith(extension) && name !== extension ? name.slice(0, -extension.length) : name;
}

/** The path that leads from the directory from to the path to; both absolute. */
export function relative(from, to) {
  const fromParts = normalize(from).split('/').filter(Boolean);
  const toParts = normalize(to).split('/').filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) {
    common++;
  }
  const up = fromParts.slice(common).map(() => '..');
  return [...up, ...toParts.slice(common)].join('/') || '.';
}
