'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { compareResults, podium, rankPlayers } = require('../src/leaderboard');

const attempt = (player, score, seconds) => ({ player, score, seconds });

test('a faster attempt with the same score replaces a slower one', () => {
  const rows = rankPlayers([attempt('Ana', 80, 120), attempt('Ana', 80, 95), attempt('Ana', 80, 101)]);
  assert.deepEqual(rows, [{ rank: 1, player: 'Ana', score: 80, seconds: 95 }]);
});

test('results compare by score, then by time', () => {
  assert.ok(compareResults(attempt('x', 5, 30), attempt('y', 5, 40)) < 0);
  assert.ok(compareResults(attempt('x', 5, 40), attempt('y', 5, 30)) > 0);
  assert.ok(compareResults(attempt('x', 6, 99), attempt('y', 5, 10)) < 0);
  assert.equal(compareResults(attempt('x', 5, 30), attempt('y', 5, 30)), 0);
});

test('many players with the same score are ordered by time', () => {
  const rows = rankPlayers([
    attempt('Ana', 70, 88), attempt('Ben', 70, 61), attempt('Cy', 70, 75), attempt('Dee', 70, 61), attempt('Eve', 71, 200),
  ]);
  assert.deepEqual(rows.map((row) => `${row.rank} ${row.player}`), ['1 Eve', '2 Ben', '2 Dee', '4 Cy', '5 Ana']);
});

test('random quiz nights agree with a plain sort', () => {
  let seed = 7;
  const next = (n) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  for (let night = 0; night < 100; night++) {
    const attempts = [];
    for (let i = 0; i < 1 + next(25); i++) {
      attempts.push(attempt(`P${next(12)}`, 10 * next(5), 30 + next(6)));
    }
    const best = new Map();
    for (const a of attempts) {
      const b = best.get(a.player);
      if (!b || a.score > b.score || (a.score === b.score && a.seconds < b.seconds)) best.set(a.player, a);
    }
    const expected = [...best.values()].sort((a, b) => b.score - a.score || a.seconds - b.seconds || a.player.localeCompare(b.player));
    const rows = rankPlayers(attempts);
    assert.deepEqual(rows.map((row) => [row.player, row.score, row.seconds]), expected.map((a) => [a.player, a.score, a.seconds]));
    rows.forEach((row) => {
      const ahead = expected.filter((a) => a.score > row.score || (a.score === row.score && a.seconds < row.seconds)).length;
      assert.equal(row.rank, ahead + 1);
    });
  }
});

test('the podium when two players share first place', () => {
  const rows = podium([attempt('A', 9, 50), attempt('B', 9, 40), attempt('C', 9, 40), attempt('D', 9, 45)], 2);
  assert.deepEqual(rows.map((row) => `${row.rank} ${row.player}`), ['1 B', '1 C']);
});
