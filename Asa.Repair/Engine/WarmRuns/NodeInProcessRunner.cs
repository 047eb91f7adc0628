namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The warm runner the in-process Node driver starts: one Node process that loads each candidate's test files afresh
/// (the workspace's own CommonJS modules evicted from <c>require.cache</c>, its ES modules under new URLs from a
/// <c>module.register</c> resolve hook), runs them with <see cref="NodeTestHarness"/> standing in for <c>node:test</c>, clears
/// the timers a candidate left, and waits as long as the candidate holds what would keep a process of its own alive.
/// </summary>
internal static class NodeInProcessRunner
{
    public const string Source = """
        'use strict';
        // One warm Node process that runs candidate after candidate: each candidate's test files are loaded afresh (the
        // workspace's own modules evicted, ESM under new URLs) and run by the in-process harness; what they print, and the
        // report lines, go to the driver that started it.
        const Module = require('node:module');
        const fs = require('node:fs');
        const path = require('node:path');
        const readline = require('node:readline');
        const timers = require('node:timers');
        const { promisify } = require('node:util');
        const { pathToFileURL } = require('node:url');

        const batch = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
        const mark = `@@asa-inproc-${batch.nonce}`;
        const driver = __dirname;
        const workspace = path.dirname(driver);
        const root = process.cwd();
        const harness = require('./inproc-harness.cjs');
        const generation = new Int32Array(new SharedArrayBuffer(4));
        const { setTimeout: startTimer } = timers;
        const say = text => fs.writeSync(1, text);

        Module.register(pathToFileURL(path.join(driver, 'inproc-hooks.mjs')), {
          data: {
            generation,
            workspace: pathToFileURL(workspace).href + '/',
            driver: pathToFileURL(driver).href + '/',
            harness: pathToFileURL(path.join(driver, 'inproc-test.mjs')).href,
          },
        });
        const load = Module._load;
        Module._load = function (request, ...rest) {
          return request === 'node:test' ? harness.api : load.call(this, request, ...rest);
        };

        // The candidate's timers, cleared after its run so none fires into the next candidate.
        const made = new Map();
        for (const [start, stop] of [['setTimeout', 'clearTimeout'], ['setInterval', 'clearInterval'], ['setImmediate', 'clearImmediate']]) {
          const original = timers[start];
          const clear = timers[stop];
          const tracked = function (...args) {
            const handle = original.apply(this, args);
            made.set(handle, clear);
            return handle;
          };
          if (original[promisify.custom]) tracked[promisify.custom] = original[promisify.custom];
          globalThis[start] = timers[start] = tracked;
        }
        process.stderr.write = process.stdout.write.bind(process.stdout);

        function resources() {
          const counts = new Map();
          for (const name of process.getActiveResourcesInfo()) counts.set(name, (counts.get(name) ?? 0) + 1);
          return counts;
        }

        // Whether the candidate holds anything that would keep a Node process of its own alive.
        function busy(baseline) {
          for (const [name, count] of resources()) if (count > (baseline.get(name) ?? 0)) return true;
          return false;
        }

        const tick = ms => new Promise(done => startTimer(done, ms).unref());

        // Waits until the file's tests end; when the candidate holds nothing that would keep its process alive while a test
        // still waits, the event loop of a process of its own would have ended, and node:test fails what waits.
        async function finishWatched(baseline) {
          let finished = false;
          const result = harness.finish().finally(() => { finished = true; });
          let idle = 0;
          while (!finished) {
            await Promise.race([result, tick(10)]);
            idle = !finished && harness.waiting() && !busy(baseline) ? idle + 1 : 0;
            if (idle >= 2) harness.stall();
          }
          return result;
        }

        function evict() {
          for (const key of Object.keys(require.cache)) {
            if (key.startsWith(workspace + path.sep) && !key.startsWith(driver + path.sep) && !key.includes(`${path.sep}node_modules${path.sep}`)) {
              delete require.cache[key];
            }
          }
        }

        function fileFailure(relative, absolute) {
          return JSON.stringify({ file: relative, path: absolute, outcome: 'failed', message: 'test failed' }) + '\n';
        }

        async function runFile(index, jsonl, baseline) {
          const absolute = path.resolve(root, batch.args[index]);
          const relative = path.relative(root, absolute);
          say(`\n${mark} file ${index}@@\n`);
          harness.begin(absolute, relative);
          let result;
          try {
            await import(`${pathToFileURL(absolute).href}?asa-run=${Atomics.load(generation, 0)}`);
            result = await finishWatched(baseline);
          } catch (error) {
            loadErrors.add(error);
            say(`${error?.stack ?? error}\n`);
            result = { lines: [], tap: [], failed: true, loadFailed: true };
          }
          while (busy(baseline)) await tick(10);
          for (const [handle, clear] of made) clear(handle);
          made.clear();
          harness.end();
          const exitCode = process.exitCode;
          process.exitCode = undefined;
          const failed = result.loadFailed || (exitCode !== undefined && exitCode !== 0);
          const lines = result.loadFailed ? [] : result.lines;
          if (failed) lines.push(fileFailure(relative, absolute));
          fs.appendFileSync(jsonl, lines.join(''));
          say(result.tap.map(line => line + '\n').join(''));
          return result.failed || failed;
        }

        // What a candidate's process would have had to itself: the globals it added (an undeclared variable assigned), its
        // environment and working directory go back after its run. Changes to built-in objects are not undone.
        const ownGlobals = new Set(Object.getOwnPropertyNames(globalThis));
        const ownEnvironment = { ...process.env };

        function restoreProcess() {
          for (const name of Object.getOwnPropertyNames(globalThis)) {
            if (!ownGlobals.has(name)) delete globalThis[name];
          }
          for (const name of Object.keys(process.env)) {
            if (!(name in ownEnvironment)) delete process.env[name];
          }
          Object.assign(process.env, ownEnvironment);
          process.chdir(root);
        }

        async function runCandidate({ jsonl, from }) {
          Atomics.add(generation, 0, 1);
          evict();
          const baseline = resources();
          let failed = false;
          for (let index = from; index < batch.args.length; index++) {
            if (await runFile(index, jsonl, baseline)) failed = true;
            restoreProcess();
          }
          say(`\n${mark} end ${failed ? 1 : 0}@@\n`);
        }

        const commands = readline.createInterface({ input: process.stdin });
        const queue = [];
        let busyRunning = false;
        commands.on('line', async line => {
          queue.push(JSON.parse(line));
          if (busyRunning) return;
          busyRunning = true;
          while (queue.length > 0) await runCandidate(queue.shift());
          busyRunning = false;
        });
        // An error no test awaits fails the test that runs, as node:test does; with none running, the file's own process would
        // have died of it. A load error that ESM also leaves unhandled was reported already, and one between files is nobody's.
        const loadErrors = new WeakSet();
        function uncaught(error) {
          if (error !== null && typeof error === 'object' && loadErrors.has(error)) return;
          say(`${error?.stack ?? error}\n`);
          if (!harness.failRunning(error) && harness.running()) process.exit(7);
        }
        process.on('uncaughtException', uncaught);
        process.on('unhandledRejection', uncaught);
        say(`${mark} ready@@\n`);
        """;

    /// <summary>The ES module loader hooks: <c>node:test</c> is the harness, the workspace's own modules get the candidate's URLs.</summary>
    public const string Hooks = """
        // Gives each candidate's run fresh URLs for the workspace's own modules, and node:test the in-process harness.
        let generation, workspace, driver, harness;

        export function initialize(data) {
          ({ generation, workspace, driver, harness } = data);
        }

        export async function resolve(specifier, context, nextResolve) {
          if (specifier === 'node:test') return { url: harness, shortCircuit: true };
          const resolved = await nextResolve(specifier, context);
          const { url } = resolved;
          if (!url.startsWith(workspace) || url.startsWith(driver) || url.includes('/node_modules/')) return resolved;
          const fresh = new URL(url);
          fresh.searchParams.set('asa-run', String(Atomics.load(generation, 0)));
          return { ...resolved, url: fresh.href };
        }
        """;

    /// <summary>The harness as an ES module, for test files that import <c>node:test</c>.</summary>
    public const string TestModule = """
        import { createRequire } from 'node:module';

        const { api } = createRequire(import.meta.url)('./inproc-harness.cjs');
        export default api;
        export const { test, it, describe, suite, before, after, beforeEach, afterEach, mock, run } = api;
        """;
}
