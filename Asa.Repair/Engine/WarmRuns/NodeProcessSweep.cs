namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// What both Node drivers do after a candidate's run, as the end of a sandbox run would: kill what the run left outside
/// its own process group (a daemon that called setsid), that is the sandbox user's processes started after the driver,
/// never the driver's ancestors nor the processes the driver keeps.
/// </summary>
internal static class NodeProcessSweep
{
    public const string FileName = "process-sweep.mjs";

    public const string Source = """
        import { readFileSync, readdirSync, statSync } from 'node:fs';

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
        """;
}
