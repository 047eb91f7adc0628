import test from 'node:test';
import assert from 'node:assert/strict';
import { basename, dirname, join, normalize, relative } from '../src/paths.mjs';

test('normalize drops empty and dot segments', () => {
  assert.equal(normalize('/assets//img/./logo.png'), '/assets/img/logo.png');
  assert.equal(normalize(''), '.');
});

test('normalize resolves a parent segment', () => {
  assert.equal(normalize('/assets/img/../css/site.css'), '/assets/css/site.css');
});

test('a parent segment at the root stays at the root', () => {
  assert.equal(normalize('/../etc'), '/etc');
  assert.equal(normalize('/a/..'), '/');
});

test('dirname and basename', () => {
  assert.equal(dirname('/assets/img/logo.png'), '/assets/img');
  assert.equal(dirname('logo.png'), '.');
  assert.equal(basename('/assets/img/logo.png', '.png'), 'logo');
});

test('relative path between two folders', () => {
  assert.equal(relative('/site/blog', '/site/assets/app.js'), '../assets/app.js');
});

test('join of simple parts', () => {
  assert.equal(join('assets', 'img', 'logo.png'), 'assets/img/logo.png');
});
