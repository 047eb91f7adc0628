'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { roomsNeeded, peak } = require('../src/rooms');

test('a chain of back-to-back meetings fits in one room', () => {
  assert.equal(roomsNeeded(['11:00-12:00', '08:00-09:00', '10:00-11:00', '09:00-10:00']), 1);
});

test('a room freed exactly on time is reused while others overlap', () => {
  const slots = ['09:00-10:00', '09:30-11:00', '10:00-10:30', '10:30-12:00', '11:00-11:15'];
  assert.equal(roomsNeeded(slots), 2);
});

test('three meetings at once need three rooms', () => {
  assert.equal(roomsNeeded(['09:00-10:00', '09:00-10:00', '09:59-10:01', '10:00-10:01']), 3);
});

test('a single one-minute meeting', () => {
  assert.equal(roomsNeeded(['23:58-23:59']), 1);
});

test('the peak agrees with the rooms needed', () => {
  const slots = ['08:00-09:00', '09:00-10:00', '08:30-09:30', '09:30-10:30'];
  assert.equal(roomsNeeded(slots), 2);
  assert.deepEqual(peak(slots), { at: '08:30', meetings: 2 });
});
