'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { roomsNeeded, peak } = require('../src/rooms');

test('no meetings need no room', () => {
  assert.equal(roomsNeeded([]), 0);
});

test('overlapping meetings need a room each', () => {
  assert.equal(roomsNeeded(['09:00-10:30', '10:00-11:00']), 2);
});

test('back-to-back meetings share a room', () => {
  assert.equal(roomsNeeded(['09:00-10:00', '10:00-11:00']), 1);
});

test('meetings far apart share a room', () => {
  assert.equal(roomsNeeded(['14:00-15:00', '09:00-10:00']), 1);
});

test('peak of the day', () => {
  assert.deepEqual(peak(['09:00-12:00', '10:00-11:00', '10:30-13:00']), { at: '10:30', meetings: 3 });
});

test('malformed slots are refused', () => {
  assert.throws(() => roomsNeeded(['09:00']), SyntaxError);
  assert.throws(() => roomsNeeded(['10:00-09:00']), RangeError);
});
