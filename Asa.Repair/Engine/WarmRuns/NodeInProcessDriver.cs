namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The in-process Node driver, tried before <see cref="NodeDriver"/>: it starts one warm runner
/// (<see cref="NodeInProcessRunner"/>) and hands it candidate after candidate, writing each candidate's file before and
/// putting it back after. A candidate that outlives its limit is reported hung (137) and the runner killed; one that ends
/// the runner (<c>process.exit</c>, a crash, the memory limit) gets the file-level result <c>node --test</c> gives a file
/// whose process ended early, and its remaining files run in a fresh runner. Takes test file arguments only.
/// </summary>
internal static class NodeInProcessDriver
{
    public const string Source = """
        import { spawn } from 'node:child_process';
        import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
        import { join, relative, resolve } from 'node:path';
        import { runCandidates, sweep } from './driver-common.mjs';

        const workspace = process.cwd();
        const manifest = resolve(process.argv[2]);
        const batch = JSON.parse(readFileSync(manifest, 'utf8'));
        const mark = `@@asa-warm-${batch.nonce}`;
        const inner = `@@asa-inproc-${batch.nonce}`;
        const say = text => new Promise(done => process.stdout.write(text, done));
        const runnerPath = join(workspace, '.asa-warm', 'inproc-runner.cjs');
        process.chdir(join(workspace, batch.dir));
        const root = process.cwd();
        const temp = join(process.env.TMPDIR || '/tmp', `asa-warm-${batch.nonce}`);
        const files = batch.args.filter(arg => !arg.startsWith('-') && existsSync(arg) && statSync(arg).isFile());
        if (files.length === 0 || files.length !== batch.args.length) {
          await say(`\n${mark} error the in-process runner takes test files only, not ${JSON.stringify(batch.args)}@@\n`);
          process.exit(3);
        }

        // The warm runner: one Node process running candidates until one hangs or ends it.
        function startRunner() {
          const child = spawn(process.execPath, [runnerPath, manifest], { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
          // Under the sandbox's memory limit the kernel then ends the runner, never the driver.
          try { writeFileSync(`/proc/${child.pid}/oom_score_adj`, '1000'); } catch { }
          const runner = { child, pending: '', output: '', file: -1, listener: null, closed: null, ready: false };
          const markers = new RegExp(`\\n?${inner} (ready|file|end)(?: (\\d+))?@@\\n`);
          const take = chunk => {
            runner.pending += chunk;
            for (let found; (found = markers.exec(runner.pending));) {
              runner.output += runner.pending.slice(0, found.index);
              runner.pending = runner.pending.slice(found.index + found[0].length);
              if (found[1] === 'file') runner.file = Number(found[2]);
              if (found[1] === 'ready') runner.ready = true;
              runner.listener?.({ kind: found[1], value: Number(found[2]) });
            }
            const safe = Math.max(0, runner.pending.length - 200);
            runner.output = (runner.output + runner.pending.slice(0, safe)).slice(-batch.tailBytes);
            runner.pending = runner.pending.slice(safe);
          };
          child.stdout.setEncoding('utf8').on('data', take);
          child.stderr.setEncoding('utf8').on('data', chunk => { runner.output = (runner.output + chunk).slice(-batch.tailBytes); });
          child.stdin.on('error', () => { });
          // On exit, not on close: a process the candidate left may hold the runner's output open until the sweep ends it.
          runner.closed = new Promise(done => child.on('exit', (code, signal) => done({ kind: 'exit', code, signal })));
          return runner;
        }

        function next(runner, kinds, until) {
          return new Promise(done => {
            const timer = setTimeout(() => done({ kind: 'hung' }), Math.max(0, until - performance.now()));
            runner.listener = event => { if (kinds.includes(event.kind)) { clearTimeout(timer); done(event); } };
            runner.closed.then(event => { clearTimeout(timer); done(event); });
          });
        }

        function stop(runner) {
          try { process.kill(-runner.child.pid, 'SIGKILL'); } catch { }
        }

        // How long a runner may take to start, apart from any candidate's limit: a loaded machine's Node start with the loader hooks.
        const startSeconds = 10;

        async function startedRunner() {
          runner ??= startRunner();
          if (runner.ready) return 'ready';
          return (await next(runner, ['ready'], performance.now() + startSeconds * 1000)).kind;
        }

        const signals = { SIGKILL: 9, SIGTERM: 15, SIGSEGV: 11, SIGABRT: 6, SIGINT: 2 };
        // Started before the first candidate's file is written: it reads no workspace file before its first command.
        let runner = startRunner();

        async function runCandidate(index) {
          const report = join(temp, String(index), 'asa-test-report');
          mkdirSync(report, { recursive: true });
          const jsonl = join(report, 'node.jsonl');
          rmSync(jsonl, { force: true });
          writeFileSync(jsonl, '');
          let output = '';
          let failed = false;
          let hung = false;
          // A runner's start is not the candidate's: its clock starts once the runner is ready.
          const ready = await startedRunner();
          const started = performance.now();
          const until = started + batch.limitSeconds * 1000;
          const startFailed = ready !== 'ready';
          if (startFailed) { hung = ready === 'hung'; failed = true; output += runner.output; stop(runner); runner = null; }
          for (let from = 0; from < files.length && !startFailed && !hung;) {
            if (!runner) {
              runner = startRunner();
              const ready = await next(runner, ['ready'], until);
              if (ready.kind !== 'ready') { hung = ready.kind === 'hung'; failed = true; output += runner.output; stop(runner); runner = null; break; }
            }
            runner.output = '';
            runner.file = from - 1;
            runner.child.stdin.write(JSON.stringify({ jsonl, from }) + '\n');
            const event = await next(runner, ['end'], until);
            output += runner.output;
            if (event.kind === 'end') {
              failed ||= event.value !== 0;
              break;
            }
            stop(runner);
            await runner.closed;
            if (event.kind === 'hung') {
              hung = true;
            } else {
              // The candidate ended the runner (process.exit, a crash, the memory limit): as `node --test` reports a file whose
              // process ended before its tests did, then the rest of its files in a fresh runner.
              const code = event.code ?? 128 + (signals[event.signal] ?? 9);
              const file = Math.max(runner.file, from);
              const absolute = resolve(root, files[file]);
              appendFileSync(jsonl, JSON.stringify({ file: relative(root, absolute), path: absolute, outcome: code === 0 ? 'passed' : 'failed', message: code === 0 ? '' : 'test failed' }) + '\n');
              failed ||= code !== 0;
              from = file + 1;
            }
            runner = null;
          }
          await sweep(runner ? [runner.child.pid] : []);
          return { exit: hung ? 137 : failed ? 1 : 0, hung, seconds: (performance.now() - started) / 1000, output, jsonl };
        }

        await runCandidates({ workspace, batch, mark, say, run: runCandidate });
        if (runner) stop(runner);
        await say(`${mark} done@@\n`);
        // A process no sweep could end (the driver runs as root outside the sandbox) may still hold a runner's output open.
        process.exit(0);
        """;
}
