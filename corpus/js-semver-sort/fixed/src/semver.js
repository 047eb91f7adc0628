'use strict';

const PATTERN = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

function parse(version) {
  const match = PATTERN.exec(version.trim());
  if (!match) {
    throw new Error(`not a semantic version: ${version}`);
  }
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

function compareIdentifiers(a, b) {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) {
    return Number(a) - Number(b);
  }
  if (aNumeric !== bNumeric) {
    // Numeric identifiers rank below alphanumeric ones.
    return aNumeric ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePrerelease(a, b) {
  if (a.length === 0 || b.length === 0) {
    // A release ranks above any of its pre-releases.
    return b.length - a.length;
  }
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const result = compareIdentifiers(a[i], b[i]);
    if (result !== 0) {
      return result;
    }
  }
  return a.length - b.length;
}

/** Negative when a is older than b, positive when newer, 0 when equal. */
function compare(a, b) {
  const left = parse(a);
  const right = parse(b);
  for (const part of ['major', 'minor', 'patch']) {
    if (left[part] !== right[part]) {
      return left[part] - right[part];
    }
  }
  return comparePrerelease(left.prerelease, right.prerelease);
}

/** The versions from oldest to newest; the list given is left as it is. */
function sortVersions(versions) {
  return [...versions].sort((a, b) => {
    return compare(a, b);
  });
}

/** The newest version, leaving pre-releases out unless asked for. */
function latest(versions, { includePrerelease = false } = {}) {
  const candidates = versions.filter((version) => includePrerelease || parse(version).prerelease.length === 0);
  let best = null;
  for (const version of candidates) {
    if (best === null || compare(version, best) > 0) {
      best = version;
    }
  }
  return best;
}

module.exports = { parse, compare, sortVersions, latest };
