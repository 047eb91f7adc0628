'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { sortVersions } = require('../src/semver');

test('sorting puts pre-releases before their release', () => {
  assert.deepEqual(
    sortVersions(['1.0.0', '1.0.0-rc.1', '1.0.0-alpha', '1.0.0-alpha.1', '0.9.9', '1.0.0-beta.11', '1.0.0-beta.2']),
    ['0.9.9', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'],
  );
});

test('sorting by major, minor and patch', () => {
  assert.deepEqual(
    sortVersions(['10.0.0', '2.0.0', 'v2.0.10', '2.0.9', '0.0.1']),
    ['0.0.1', '2.0.0', '2.0.9', 'v2.0.10', '10.0.0'],
  );
});

test('sorting leaves the input alone', () => {
  const versions = ['3.0.0', '1.0.0', '2.0.0'];
  assert.deepEqual(sortVersions(versions), ['1.0.0', '2.0.0', '3.0.0']);
  assert.deepEqual(versions, ['3.0.0', '1.0.0', '2.0.0']);
});

test('already sorted and single lists', () => {
  assert.deepEqual(sortVersions(['0.1.0', '0.2.0']), ['0.1.0', '0.2.0']);
  assert.deepEqual(sortVersions(['5.5.5']), ['5.5.5']);
  assert.deepEqual(sortVersions([]), []);
});
