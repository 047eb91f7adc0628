'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { podium, rankPlayers } = require('../src/leaderboard');
const { formatTime, leaderboardTable } = require('../src/table');

const attempt = (player, score, seconds) => ({ player, score, seconds });

test('higher scores rank first', () => {
  const rows = rankPlayers([attempt('Ana', 60, 100), attempt('Ben', 90, 140), attempt('Cy', 75, 80)]);
  assert.deepEqual(rows.map((row) => [row.rank, row.player]), [[1, 'Ben'], [2, 'Cy'], [3, 'Ana']]);
});

test('a player\'s best attempt counts', () => {
  const rows = rankPlayers([attempt('Ana', 60, 100), attempt('Ben', 70, 90), attempt('Ana', 85, 120), attempt('Ana', 40, 50)]);
  assert.deepEqual(rows, [
    { rank: 1, player: 'Ana', score: 85, seconds: 120 },
    { rank: 2, player: 'Ben', score: 70, seconds: 90 },
  ]);
});

test('the same score and time share a place and the next place is skipped', () => {
  const rows = rankPlayers([attempt('Dan', 50, 60), attempt('Cy', 80, 90), attempt('Ben', 80, 90), attempt('Ana', 95, 99)]);
  assert.deepEqual(rows.map((row) => `${row.rank} ${row.player}`), ['1 Ana', '2 Ben', '2 Cy', '4 Dan']);
});

test('on equal scores the faster player is ahead', () => {
  const rows = rankPlayers([attempt('Ana', 80, 95), attempt('Zoe', 80, 70), attempt('Max', 92, 130)]);
  assert.deepEqual(rows.map((row) => `${row.rank} ${row.player}`), ['1 Max', '2 Zoe', '3 Ana']);
});

test('the podium keeps everyone sharing third place', () => {
  const rows = podium([attempt('A', 9, 10), attempt('B', 8, 10), attempt('C', 7, 10), attempt('D', 7, 10), attempt('E', 6, 10)]);
  assert.deepEqual(rows.map((row) => row.player), ['A', 'B', 'C', 'D']);
});

test('bad attempts are refused', () => {
  assert.throws(() => rankPlayers([attempt('Ana', -1, 10)]), RangeError);
  assert.throws(() => rankPlayers([attempt(' ', 3, 10)]), TypeError);
});

test('the screen\'s table', () => {
  assert.equal(formatTime(125.4), '2:05');
  const table = leaderboardTable([attempt('Ana', 95, 99), attempt('Benedikt', 80, 90), attempt('Cy', 80, 90)]);
  assert.equal(table, ['  1  Ana        95  1:39', ' =2  Benedikt   80  1:30', ' =2  Cy         80  1:30'].join('\n'));
});
