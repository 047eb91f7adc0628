'use strict';

const { rankPlayers } = require('./leaderboard');

function formatTime(seconds) {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, '0')}`;
}

// The leaderboard as the quiz night's screen shows it, one player a line, shared places marked with '='.
function leaderboardTable(attempts) {
  const rows = rankPlayers(attempts);
  const shared = new Set(rows.filter((row, i) => rows.some((other, j) => j !== i && other.rank === row.rank)).map((row) => row.rank));
  const width = Math.max(6, ...rows.map((row) => row.player.length));
  return rows
    .map((row) => {
      const place = `${shared.has(row.rank) ? '=' : ''}${row.rank}`.padStart(3);
      return `${place}  ${row.player.padEnd(width)}  ${String(row.score).padStart(3)}  ${formatTime(row.seconds)}`;
    })
    .join('\n');
}

module.exports = { formatTime, leaderboardTable };
