'use strict';

// Higher score first; between equal scores, the faster run is ahead.
function compareResults(a, b) {
  return b.score - a.score || a.seconds - a.seconds;
}

function sameResult(a, b) {
  return a.score === b.score && a.seconds === b.seconds;
}

function checkAttempt(attempt) {
  if (typeof attempt.player !== 'string' || attempt.player.trim() === '') {
    throw new TypeError('an attempt needs a player');
  }
  if (!Number.isInteger(attempt.score) || attempt.score < 0) {
    throw new RangeError(`${attempt.player}: a score is a whole number of points, not ${attempt.score}`);
  }
  if (!(attempt.seconds > 0)) {
    throw new RangeError(`${attempt.player}: a run takes some time, not ${attempt.seconds} s`);
  }
}

// Only a player's best attempt counts.
function bestAttempts(attempts) {
  const best = new Map();
  for (const attempt of attempts) {
    checkAttempt(attempt);
    const current = best.get(attempt.player);
    if (current === undefined || compareResults(attempt, current) < 0) {
      best.set(attempt.player, attempt);
    }
  }
  return [...best.values()];
}

// Standard competition ranking: players with the same score and time share a place, and the next place is skipped
// ("1, 2, 2, 4"). Players who share a place are listed by name.
function rankPlayers(attempts) {
  const sorted = bestAttempts(attempts).sort((a, b) => compareResults(a, b) || a.player.localeCompare(b.player));
  let rank = 0;
  return sorted.map((entry, index) => {
    if (index === 0 || !sameResult(entry, sorted[index - 1])) {
      rank = index + 1;
    }
    return { rank, player: entry.player, score: entry.score, seconds: entry.seconds };
  });
}

// The first `places` places, with everyone who shares the last of them.
function podium(attempts, places = 3) {
  return rankPlayers(attempts).filter((row) => row.rank <= places);
}

module.exports = { compareResults, podium, rankPlayers };
