'use strict';

class LruCache {
  constructor(capacity) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError('capacity must be a positive integer');
    }
    this.capacity = capacity;
    this.entries = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  get(key) {
    if (!this.entries.has(key)) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    const value = this.entries.get(key);
    this.entries.set(key, value);
    return value;
  }

  put(key, value) {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      this.entries.delete(oldest);
    }
  }

  keys() {
    // Least recently used first.
    return Array.from(this.entries.keys());
  }
}

module.exports = { LruCache };
