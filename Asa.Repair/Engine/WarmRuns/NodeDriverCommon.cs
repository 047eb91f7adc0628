namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// What both Node drivers share: the sweep after a candidate's run, which kills what the run left outside its own
/// process group (a daemon that called setsid) as the end of a sandbox run would, that is the sandbox user's processes
/// started after the driver, never the driver's ancestors nor the processes the driver keeps; and the batch's loop,
/// which writes each candidate's file, runs it, puts the file back and prints its block, up to the first that passes
/// when the batch says to stop there.
/// </summary>
internal static class NodeDriverCommon
{
    public const string FileName = "driver-common.mjs";

    public const string Source = """
        import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
        import { join } from 'node:path';

        function stat(pid) {
          const text = readFileSync(`/proc/${pid}/stat`, 'latin1');
          const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
          return { state: fields[0], parent: Number(fields[1]), started: Number(fields[19]) };
        }

        const ownStart = stat(process.pid).started;

        export async function sweep(keep = []) {
          if (process.getuid() === 0) return;
          const spared = new Set(keep);
          for (let pid = process.pid; pid > 0 && !spared.has(pid);) {
            spared.add(pid);
            try { pid = stat(pid).parent; } catch { break; }
          }
          for (let round = 0; round < 200; round++) {
            let left = 0;
            for (const name of readdirSync('/proc')) {
              const pid = Number(name);
              if (!Number.isInteger(pid) || spared.has(pid)) continue;
              try {
                if (statSync(`/proc/${pid}`).uid !== process.getuid()) continue;
                const { state, started } = stat(pid);
                if (state === 'Z' || started < ownStart) continue;
                process.kill(pid, 'SIGKILL');
                left++;
              } catch { }
            }
            if (left === 0) return;
            await new Promise(done => setTimeout(done, 10));
          }
        }

        export async function runCandidates({ workspace, batch, mark, say, run }) {
          let index = 0;
          for (const candidate of batch.candidates) {
            const original = candidate.path ? readFileSync(join(workspace, candidate.path)) : null;
            let result;
            try {
              if (candidate.path) writeFileSync(join(workspace, candidate.path), readFileSync(join(workspace, candidate.content)));
              result = await run(index);
            } finally {
              if (candidate.path) writeFileSync(join(workspace, candidate.path), original);
            }
            let text = `\n${mark} begin ${index}@@\n${result.output}\n@@asa-test-report-begin@@\n`;
            if (existsSync(result.jsonl) && statSync(result.jsonl).size > 0) {
              text += `@@asa-test-report-file ${result.jsonl}\n${readFileSync(result.jsonl, 'utf8')}\n`;
            }
            await say(`${text}@@asa-test-report-end@@\n${mark} end ${index} ${result.exit} ${result.hung ? 1 : 0} ${result.seconds.toFixed(3)}@@\n`);
            index++;
            if (batch.stopAtPass && result.exit === 0 && !result.hung) break;
          }
        }
        """;
}
