// One live event stream per watched task (GET /api/v1/task/{id}/watch), shared by the list and the task view.
// The page talks HTTP/1.1 to the API, where a browser opens at most six connections to one origin and each
// open stream holds one; so at most maxStreams run at once, the rest wait their turn and the page keeps a
// connection free for its other calls.

import { ApiError, openStream } from "./api.js";
import { jsonLines } from "./json-stream.js";

const maxStreams = 4;
const retryDelayMs = 2000;

class TaskWatch {
  constructor(taskId) {
    this.taskId = taskId;
    this.events = [];
    this.ended = false;
    this.failure = null;
    this.listeners = new Set();
    this.seen = new Set();
  }

  subscribe(listener) {
    this.listeners.add(listener);
    for (const event of this.events) {
      listener.event?.(event);
    }
    if (this.ended) {
      listener.end?.(this.failure);
    }
    return () => this.listeners.delete(listener);
  }

  accept(event) {
    // A stream opened again replays the task's past events; the sequence tells which were already shown.
    const sequence = String(event.sequence ?? "");
    if (this.seen.has(sequence)) {
      return;
    }
    this.seen.add(sequence);
    this.events.push(event);
    for (const listener of this.listeners) {
      listener.event?.(event);
    }
  }

  finish(failure) {
    this.ended = true;
    this.failure = failure;
    for (const listener of this.listeners) {
      listener.end?.(failure);
    }
  }
}

export class TaskWatches {
  constructor(onUnauthenticated) {
    this.onUnauthenticated = onUnauthenticated;
    this.watches = new Map();
    this.waiting = [];
    this.running = 0;
    this.abort = new AbortController();
  }

  // Returns the task's watch, starting its stream (now or when a slot frees; first when urgent).
  watch(taskId, urgent = false) {
    let watch = this.watches.get(taskId);
    if (!watch) {
      watch = new TaskWatch(taskId);
      this.watches.set(taskId, watch);
      if (urgent) {
        this.waiting.unshift(watch);
      } else {
        this.waiting.push(watch);
      }
      this.next();
    } else if (urgent && this.waiting.includes(watch)) {
      this.waiting.splice(this.waiting.indexOf(watch), 1);
      this.waiting.unshift(watch);
    }
    return watch;
  }

  stopAll() {
    this.abort.abort();
    this.abort = new AbortController();
    this.watches.clear();
    this.waiting = [];
    this.running = 0;
  }

  next() {
    while (this.running < maxStreams && this.waiting.length > 0) {
      const watch = this.waiting.shift();
      this.running++;
      const signal = this.abort.signal;
      this.run(watch, signal).finally(() => {
        if (!signal.aborted) {
          this.running--;
          this.next();
        }
      });
    }
  }

  async run(watch, signal) {
    for (;;) {
      try {
        const reader = await openStream(`/api/v1/task/${encodeURIComponent(watch.taskId)}/watch`, signal);
        for await (const message of jsonLines(reader)) {
          if (message.taskId === undefined && message.code !== undefined) {
            // The call failed after the stream began: JSON transcoding writes the status as the last object.
            throw new ApiError(0, message.message ?? "The stream failed.", []);
          }
          watch.accept(message);
        }
        watch.finish(null);
        return;
      } catch (error) {
        if (signal.aborted) {
          return;
        }
        if (error instanceof ApiError && error.isUnauthenticated) {
          this.onUnauthenticated(error);
          return;
        }
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
          watch.finish(error);
          return;
        }
        // The connection dropped or the API restarted: open the stream again; past events are skipped.
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
        if (signal.aborted) {
          return;
        }
      }
    }
  }
}
