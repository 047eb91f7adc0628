import test from 'node:test';
import assert from 'node:assert/strict';
import { basename, dirname, join, normalize } from '../src/paths.mjs';

test('parent segments remove the segment right before them', () => {
  assert.equal(normalize('/a/b/c/../d'), '/a/b/d');
  assert.equal(normalize('/a/b/c/../../d'), '/a/d');
  assert.equal(normalize('a/b/../c/./d/..'), 'a/c');
});

test('relative paths may climb above their start', () => {
  assert.equal(normalize('a/../../b'), '../b');
  assert.equal(normalize('../x/y/..'), '../x');
  assert.equal(normalize('a/..'), '.');
});

test('join resolves parents across parts', () => {
  assert.equal(join('/srv/www', 'blog/posts', '../images', 'cat.jpg'), '/srv/www/blog/images/cat.jpg');
  assert.equal(join('build', 'js', '..', 'css', 'site.css'), 'build/css/site.css');
});

test('dirname and basename of paths with parents', () => {
  assert.equal(dirname('/srv/www/blog/../index.html'), '/srv/www');
  assert.equal(basename('/srv/www/blog/../index.html'), 'index.html');
});
