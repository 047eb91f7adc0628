namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The Node driver: runs each candidate's tests in a child Node process with the command's own arguments and the reporter a
/// classic run adds. One test file and no option runs the file directly, as the test runner would run it in its child
/// (half the time, one process fewer); a run whose exit differs from what its tests reported is run again through
/// <c>--test</c>, whose account (a file that fails to load is a failed test) the classic run gives.
/// </summary>
internal static class NodeDriver
{
    public const string Source = """
        import { spawn } from 'node:child_process';
        import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
        import { join, resolve } from 'node:path';
        import { runCandidates, sweep } from './driver-common.mjs';

        const workspace = process.cwd();
        const batch = JSON.parse(readFileSync(process.argv[2], 'utf8'));
        const mark = `@@asa-warm-${batch.nonce}`;
        const say = text => new Promise(done => process.stdout.write(text, done));
        process.chdir(join(workspace, batch.dir));
        const root = process.cwd();
        const temp = join(process.env.TMPDIR || '/tmp', `asa-warm-${batch.nonce}`);
        const reporter = resolve(workspace, batch.reporter);
        const ownReporters = batch.args.some(a => a.startsWith('--test-reporter'));
        // One test file and no option: the file runs as the test runner would run it in its own child, without the runner's
        // own process in between. A run that ends otherwise than its tests say is run again the runner's way.
        const direct = batch.args.length === 1 && !batch.args[0].startsWith('-') && existsSync(batch.args[0]) && statSync(batch.args[0]).isFile();

        function killGroup(pid) {
          try { process.kill(-pid, 'SIGKILL'); } catch { }
        }

        function runOnce(index, viaRunner) {
          const report = join(temp, String(index), 'asa-test-report');
          mkdirSync(report, { recursive: true });
          const jsonl = join(report, 'node.jsonl');
          const options = [process.env.NODE_OPTIONS];
          if (!ownReporters) {
            options.push(`--test-reporter=${reporter}`, `--test-reporter-destination=${jsonl}`, '--test-reporter=tap', '--test-reporter-destination=stdout');
          }
          const env = { ...process.env, ASA_REPORT_ROOT: root, NODE_OPTIONS: options.filter(Boolean).join(' ') };
          const args = viaRunner ? ['--test', ...batch.args] : batch.args;
          const started = performance.now();
          return new Promise(done => {
            const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
            // Under the sandbox's memory limit the kernel then ends the candidate's processes, never the driver.
            try { writeFileSync(`/proc/${child.pid}/oom_score_adj`, '1000'); } catch { }
            let output = Buffer.alloc(0);
            let hung = false;
            const take = chunk => {
              output = Buffer.concat([output, chunk]);
              if (output.length > batch.tailBytes) output = output.subarray(output.length - batch.tailBytes);
            };
            child.stdout.on('data', take);
            child.stderr.on('data', take);
            const timer = setTimeout(() => { hung = true; killGroup(child.pid); }, batch.limitSeconds * 1000);
            child.on('error', error => take(Buffer.from(String(error))));
            child.on('close', async (code, signal) => {
              clearTimeout(timer);
              const seconds = (performance.now() - started) / 1000;
              killGroup(child.pid);
              await sweep();
              const exit = hung ? 137 : code ?? 128 + (signal ? { SIGKILL: 9, SIGTERM: 15, SIGSEGV: 11, SIGABRT: 6, SIGINT: 2 }[signal] ?? 9 : 0);
              done({ exit, hung, seconds, output: output.toString('utf8'), jsonl });
            });
          });
        }

        function failures(jsonl) {
          if (!existsSync(jsonl)) return -1;
          const lines = readFileSync(jsonl, 'utf8').split('\n').filter(Boolean);
          return lines.length === 0 ? -1 : lines.filter(l => JSON.parse(l).outcome === 'failed').length;
        }

        await runCandidates({ workspace, batch, mark, say, run: async index => {
          const result = await runOnce(index, !direct);
          const counted = direct && !ownReporters && !result.hung ? failures(result.jsonl) : 0;
          return counted < 0 || counted === 0 && result.exit !== 0 ? await runOnce(`${index}-runner`, true) : result;
        } });
        await say(`${mark} done@@\n`);
        """;
}
