'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { parse, compare, sortVersions, latest } = require('../src/semver');

test('parse reads the parts and the pre-release', () => {
  assert.deepEqual(parse('v2.10.3-rc.1'), { major: 2, minor: 10, patch: 3, prerelease: ['rc', '1'] });
});

test('parse refuses malformed versions', () => {
  assert.throws(() => parse('1.2'), /not a semantic version/);
});

test('compare orders numerically, not as text', () => {
  assert.ok(compare('1.10.0', '1.9.0') > 0);
  assert.ok(compare('1.0.0-beta', '1.0.0') < 0);
  assert.equal(compare('3.1.4', '3.1.4'), 0);
});

test('latest skips pre-releases by default', () => {
  assert.equal(latest(['1.2.0', '2.0.0-rc.1', '1.10.0']), '1.10.0');
  assert.equal(latest(['1.2.0', '2.0.0-rc.1'], { includePrerelease: true }), '2.0.0-rc.1');
});

test('sortVersions orders from oldest to newest', () => {
  assert.deepEqual(sortVersions(['1.10.0', '1.2.0', '1.9.1']), ['1.2.0', '1.9.1', '1.10.0']);
});
