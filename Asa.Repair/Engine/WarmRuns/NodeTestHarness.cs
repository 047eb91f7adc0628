namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The stand-in for <c>node:test</c> in the in-process runner: <c>test</c>/<c>it</c>, <c>describe</c>/<c>suite</c>, the
/// hooks, <c>.skip</c>/<c>.todo</c>/<c>.only</c> and options, subtests, callback and async tests, timeouts, cancellation of
/// unfinished subtests and of what waits when the event loop would have ended, with <c>mock</c> from the real module. Each
/// test ends in the line ASA's Node reporter (<see cref="Verification.TestReporting"/>) would write for it.
/// </summary>
internal static class NodeTestHarness
{
    public const string Source = """
        'use strict';
        // Stands in for node:test inside ASA's in-process runner: the same tests, hooks and outcomes a `node --test` child would
        // give, reported as ASA's Node reporter reports them. What it does not know fails the test rather than passing it.
        const { AsyncLocalStorage } = require('node:async_hooks');
        const { setTimeout: startTimer, clearTimeout: stopTimer } = require('node:timers');
        const real = require('node:test');

        const CANCELLED = 'test did not finish before its parent and was cancelled';
        const STALLED = 'Promise resolution is still pending but the event loop has already resolved';
        const running = new AsyncLocalStorage();
        let file = null;

        class Node {
          constructor(parent, name, options, fn, suite) {
            Object.assign(this, { parent, name, fn, suite, children: [], pending: new Set(), queue: Promise.resolve(), finished: false });
            this.skip = options.skip !== undefined && options.skip !== false;
            this.todo = options.todo !== undefined && options.todo !== false;
            this.timeout = Number.isFinite(options.timeout) ? options.timeout : Infinity;
            this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
          }

          path() {
            const names = [];
            for (let node = this; node.parent; node = node.parent) names.unshift(node.name);
            return names.join(' > ');
          }

          ancestors() {
            const list = [];
            for (let node = this.parent; node; node = node.parent) list.unshift(node);
            return list;
          }
        }

        function parse(args, overrides) {
          let [name, options, fn] = args;
          if (typeof name === 'function') [fn, options, name] = [name, {}, undefined];
          else if (name !== null && typeof name === 'object') [fn, options, name] = [options, name, undefined];
          else if (typeof options === 'function') [fn, options] = [options, {}];
          fn = typeof fn === 'function' ? fn : () => {};
          return { name: name === undefined ? fn.name || '<anonymous>' : String(name), options: { ...(options ?? {}), ...overrides }, fn };
        }

        function parentOfNew() {
          if (!file) throw new Error("node:test was called outside a test file of ASA's in-process runner");
          return running.getStore() ?? file.root;
        }

        function register(args, suite, overrides = {}) {
          const { name, options, fn } = parse(args, overrides);
          const parent = parentOfNew();
          const node = new Node(parent, name, options, fn, suite);
          parent.children.push(node);
          if (suite) {
            node.built = node.skip ? Promise.resolve() : running.run(node, () => invoke(node, fn, [context(node)], Infinity)).catch(error => { node.error = error; });
          }
          if (parent.suite) return Promise.resolve();
          parent.pending.add(node);
          const done = parent.queue.then(() => (suite ? runSuite(node) : runTest(node)));
          parent.queue = done.then(() => parent.pending.delete(node));
          return done.then(() => undefined);
        }

        function invoke(node, fn, args, timeout) {
          return new Promise((resolve, reject) => {
            let timer = null;
            const settle = error => {
              if (!file.active.delete(settle)) return;
              if (timer) stopTimer(timer);
              error === undefined ? resolve() : reject(error);
            };
            file.active.add(settle);
            if (file.stalled) return settle(new Error(STALLED));
            if (Number.isFinite(timeout)) timer = startTimer(() => settle(new Error(`test timed out after ${timeout}ms`)), timeout).unref();
            try {
              if (fn.length >= 2 && !node.suite) {
                const result = fn.call(args[0], ...args, error => settle(error ?? undefined));
                if (typeof result?.then === 'function') {
                  result.then(() => {}, () => {});
                  settle(new Error('passed a callback but also returned a Promise'));
                }
              } else {
                const result = fn.call(args[0], ...args);
                if (typeof result?.then === 'function') result.then(() => settle(), error => settle(error ?? new Error('rejected')));
                else settle();
              }
            } catch (error) {
              settle(error);
            }
          });
        }

        function hook(node, kind) {
          return (fn, options) => { node.hooks[kind].push({ fn, timeout: options?.timeout ?? Infinity }); };
        }

        async function runHooks(node, kind, owner, list = node.hooks[kind]) {
          for (const { fn, timeout } of list) await running.run(owner, () => invoke(owner, fn, [context(owner)], timeout));
        }

        function mockFor(node) {
          const made = [];
          const keep = made.push.bind(made);
          node.restoreMocks = () => { for (const fn of made) fn.mock.restore(); };
          const track = name => (...args) => { const fn = real.mock[name](...args); keep(fn); return fn; };
          return {
            fn: track('fn'), method: track('method'), getter: track('getter'), setter: track('setter'),
            reset: () => { for (const fn of made) fn.mock.resetCalls(); },
            restoreAll: () => node.restoreMocks(),
            get timers() { throw new Error("mock.timers is not supported by ASA's in-process runner"); },
          };
        }

        function context(node) {
          let mock;
          return {
            name: node.name,
            signal: (node.controller ??= new AbortController()).signal,
            test: (...args) => running.run(node, () => register(args, false)),
            skip: message => { node.skipMark = message ?? ''; },
            todo: message => { node.todoMark = message ?? ''; },
            diagnostic: () => {},
            runOnly: () => {},
            before: hook(node, 'before'),
            after: hook(node, 'after'),
            beforeEach: hook(node, 'beforeEach'),
            afterEach: hook(node, 'afterEach'),
            get mock() { return (mock ??= mockFor(node)); },
          };
        }

        function messageOf(error) {
          return String(error?.message ?? error);
        }

        function report(node, error) {
          const skipped = node.skip || node.todo || node.skipMark !== undefined || node.todoMark !== undefined;
          const outcome = skipped ? 'skipped' : error === undefined ? 'passed' : 'failed';
          node.finished = true;
          node.failed = outcome === 'failed';
          if (node.failed) file.failed = true;
          if (node.suite) return;
          file.lines.push(JSON.stringify({ file: file.relative, path: node.path(), outcome, message: node.failed ? messageOf(error) : '' }) + '\n');
          file.tap.push(`${node.failed ? 'not ok' : 'ok'} ${file.tap.length + 1} - ${node.path()}${skipped ? ' # SKIP' : ''}` +
            (node.failed ? `\n  # ${messageOf(error).split('\n').join('\n  # ')}` : ''));
        }

        async function ensureBefore(node) {
          if (node.suite) return;
          node.beforeDone ??= runHooks(node, 'before', node);
          await node.beforeDone;
        }

        async function settleSubtests(node) {
          // A subtest that has not ended a few turns after its parent's function is cancelled, as node:test does.
          for (let turn = 0; turn < 10 && node.pending.size > 0; turn++) await null;
          for (const child of node.pending) cancel(child, CANCELLED);
          const failed = node.children.filter(child => child.failed).length;
          return failed === 0 ? undefined : new Error(`${failed} subtest${failed > 1 ? 's' : ''} failed`);
        }

        function cancel(node, message) {
          if (node.finished) return;
          if (node.suite) for (const child of node.children) cancel(child, message);
          report(node, new Error(message));
        }

        async function runTest(node) {
          if (node.finished) return;
          if (node.skip) return report(node);
          if (file.stalled) return report(node, new Error(STALLED));
          const chain = node.ancestors();
          const own = context(node);
          let error;
          try {
            await ensureBefore(node.parent);
            for (const ancestor of chain) await runHooks(ancestor, 'beforeEach', node, ancestor.hooks.beforeEach);
            await running.run(node, () => invoke(node, node.fn, [own], node.timeout));
            error = await settleSubtests(node);
          } catch (thrown) {
            error = thrown;
          }
          try {
            await runHooks(node, 'after', node);
            for (const ancestor of [...chain].reverse()) await runHooks(ancestor, 'afterEach', node, ancestor.hooks.afterEach);
          } catch (thrown) {
            error ??= thrown;
          }
          node.restoreMocks?.();
          if (!node.finished) report(node, error);
        }

        async function runSuite(node) {
          if (node.finished) return;
          await node.built;
          if (node.skip) {
            for (const child of node.children) child.skip = true;
          }
          if (node.error !== undefined) {
            for (const child of node.children) cancel(child, CANCELLED);
            return report(node, node.error);
          }
          try {
            if (!node.skip) {
              await ensureBefore(node.parent);
              await runHooks(node, 'before', node);
            }
          } catch (error) {
            for (const child of node.children) cancel(child, CANCELLED);
            return report(node, error);
          }
          for (const child of node.children) await (child.suite ? runSuite(child) : runTest(child));
          let error = node.children.some(child => child.failed) ? new Error('a subtest failed') : undefined;
          try {
            if (!node.skip) await runHooks(node, 'after', node);
          } catch (thrown) {
            error ??= thrown;
          }
          report(node, error);
        }

        function variants(target, suite) {
          target.skip = (...args) => register(args, suite, { skip: true });
          target.todo = (...args) => register(args, suite, { todo: true });
          target.only = (...args) => register(args, suite, {});
          return target;
        }

        const test = variants((...args) => register(args, false), false);
        const describe = variants((...args) => register(args, true), true);
        const it = variants((...args) => register(args, false), false);
        const api = Object.assign(test, {
          test, it, describe, suite: describe,
          before: (fn, options) => hook(parentOfNew(), 'before')(fn, options),
          after: (fn, options) => hook(parentOfNew(), 'after')(fn, options),
          beforeEach: (fn, options) => hook(parentOfNew(), 'beforeEach')(fn, options),
          afterEach: (fn, options) => hook(parentOfNew(), 'afterEach')(fn, options),
          mock: real.mock,
          run: () => { throw new Error("node:test's run() is not supported by ASA's in-process runner"); },
        });

        module.exports = {
          api,
          /** Starts a test file's run: what it registers from now on is its tests. */
          begin(absolute, relative) {
            file = { absolute, relative, root: new Node(null, '', {}, null, false), lines: [], tap: [], failed: false, active: new Set(), stalled: false };
          },
          /** Runs what the loaded file registered, then the root's after hooks; the file's report lines and whether a test failed. */
          async finish() {
            const root = file.root;
            for (let queue = null; queue !== root.queue;) {
              queue = root.queue;
              await queue;
            }
            try {
              if (root.beforeDone) await runHooks(root, 'after', root);
            } catch (error) {
              // node:test reports a failing top-level after hook as the file's own test.
              file.failed = true;
              file.lines.push(JSON.stringify({ file: file.relative, path: file.absolute, outcome: 'failed', message: messageOf(error) }) + '\n');
            }
            return { lines: file.lines, tap: file.tap, failed: file.failed };
          },
          /** Whether a test file runs. */
          running: () => file !== null,
          /** Whether a test, hook or suite function of the file is waiting to end. */
          waiting: () => file !== null && file.active.size > 0,
          /** The event loop would have ended: what waits fails, and what would have run after fails as node:test fails it. */
          stall() {
            file.stalled = true;
            for (const settle of [...file.active]) settle(new Error(STALLED));
          },
          /** An uncaught error: fails the function that runs last, or returns false when none runs. */
          failRunning(error) {
            const last = file && [...file.active].pop();
            if (!last) return false;
            last(error);
            return true;
          },
          end() {
            file = null;
            real.mock.reset();
          },
        };
        """;
}
