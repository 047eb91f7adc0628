namespace Asa.Repair.Engine;

/// <summary>
/// Measures which lines the failing tests execute, in a throwaway fork, for the languages where that is cheap.
/// Python: a sitecustomize module on PYTHONPATH installs a trace hook in every Python process the test command starts
/// and appends the lines of the workspace's own files to a report when the process exits. JavaScript: Node writes
/// V8's block coverage for every process (NODE_V8_COVERAGE), and a script turns it into the same report afterwards.
/// Java: when the workspace has .java files and javac is on the PATH, <see cref="JavaLineAgent"/> is built in the run's
/// private /tmp and every JVM the command starts loads it (JAVA_TOOL_OPTIONS).
/// </summary>
public static class LineTracer
{
    public const string Directory = ".asa-line-trace";
    public const string ReportMarker = "=== ASA LINE TRACE ===";
    private const string Report = Directory + "/lines.txt";
    private const string V8Coverage = Directory + "/v8";
    private const string V8Lines = Directory + "/v8-lines.js";

    // Not a .java file in the workspace, where a command's `find . -name '*.java'` would hand it to javac with the project's sources.
    private const string JavaAgentSource = Directory + "/" + JavaLineAgent.MainClass + ".java.txt";

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        [JavaAgentSource] = JavaLineAgent.Source,
        [Directory + "/sitecustomize.py"] = """
            import atexit, os, sys, threading

            _root = os.getcwd() + os.sep
            _report = os.environ.get("ASA_LINE_TRACE")
            _lines = {}
            _mine = {}


            def _local(frame, event, arg):
                if event == "line":
                    _lines[frame.f_code.co_filename].add(frame.f_lineno)
                return _local


            def _global(frame, event, arg):
                filename = frame.f_code.co_filename
                mine = _mine.get(filename)
                if mine is None:
                    full = os.path.abspath(filename)
                    mine = _mine[filename] = full.startswith(_root) and os.sep + ".asa-line-trace" not in full
                if not mine:
                    return None
                _lines.setdefault(filename, set()).add(frame.f_lineno)
                return _local


            def _write():
                sys.settrace(None)
                with open(_report, "a") as out:
                    for filename, lines in _lines.items():
                        path = os.path.relpath(os.path.abspath(filename), _root)
                        out.write(path + ":" + ",".join(str(n) for n in sorted(lines)) + "\n")


            if _report:
                atexit.register(_write)
                threading.settrace(_global)
                sys.settrace(_global)

            """,
        [V8Lines] = """
            // Turns V8 block coverage into "path:line,line" rows: a line ran when the innermost range holding its
            // first character ran at least once. Offsets and string indices are both UTF-16 units.
            const fs = require("fs"), path = require("path"), url = require("url");
            const [dir, report] = process.argv.slice(2);
            const root = process.cwd() + path.sep;
            const executed = new Map();
            for (const name of fs.readdirSync(dir).filter(n => n.endsWith(".json"))) {
              let data;
              try { data = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")); } catch { continue; }
              for (const script of data.result || []) {
                if (!script.url.startsWith("file://")) continue;
                const file = url.fileURLToPath(script.url);
                if (!file.startsWith(root) || file.includes(path.sep + "node_modules" + path.sep) || file.includes(path.sep + ".asa-line-trace")) continue;
                let text;
                try { text = fs.readFileSync(file, "utf8"); } catch { continue; }
                const ranges = script.functions.flatMap(f => f.ranges);
                const lines = executed.get(file) || new Set();
                executed.set(file, lines);
                let offset = 0;
                text.split("\n").forEach((row, index) => {
                  const at = offset + row.search(/\S/);
                  if (at >= offset) {
                    let inner = null;
                    for (const r of ranges) {
                      if (r.startOffset <= at && at < r.endOffset && (!inner || r.endOffset - r.startOffset < inner.endOffset - inner.startOffset)) inner = r;
                    }
                    if (inner && inner.count > 0) lines.add(index + 1);
                  }
                  offset += row.length + 1;
                });
              }
            }
            const rows = [...executed].map(([file, lines]) => path.relative(root, file) + ":" + [...lines].sort((a, b) => a - b).join(","));
            fs.appendFileSync(report, rows.map(r => r + "\n").join(""));

            """,
    };

    /// <summary>The failing tests' command, traced, followed by the report.</summary>
    public static string Traced(string command) =>
        $"export PYTHONPATH=\"$PWD/{Directory}${{PYTHONPATH:+:$PYTHONPATH}}\" ASA_LINE_TRACE=\"$PWD/{Report}\" PYTHONDONTWRITEBYTECODE=1 " +
        $"NODE_V8_COVERAGE=\"$PWD/{V8Coverage}\"; {JavaAgent} ( {command} ) >/dev/null 2>&1; unset NODE_V8_COVERAGE; " +
        $"if [ -d {V8Coverage} ] && command -v node >/dev/null; then node {V8Lines} {V8Coverage} \"$PWD/{Report}\" >/dev/null 2>&1; fi; " +
        $"echo '{ReportMarker}'; cat \"{Report}\" 2>/dev/null; true";

    /// <summary>Builds the Java agent and names it in JAVA_TOOL_OPTIONS when the workspace has Java; a failed build leaves Java untraced.</summary>
    private const string JavaAgent =
        "if command -v javac >/dev/null 2>&1 && [ -n \"$(find . -name '*.java' -not -path './.git/*' -print -quit 2>/dev/null)\" ]; then " +
        "agent=$(mktemp -d) && cp " + JavaAgentSource + " \"$agent/" + JavaLineAgent.MainClass + ".java\" && " +
        "printf 'Premain-Class: " + JavaLineAgent.MainClass + "\\n' > \"$agent/manifest\" && " +
        "javac --add-exports " + JavaLineAgent.AsmExport + " -d \"$agent/classes\" \"$agent/" + JavaLineAgent.MainClass + ".java\" >/dev/null 2>&1 && " +
        "jar cfm \"$agent/agent.jar\" \"$agent/manifest\" -C \"$agent/classes\" . >/dev/null 2>&1 && " +
        "export JAVA_TOOL_OPTIONS=\"-javaagent:$agent/agent.jar --add-exports=" + JavaLineAgent.AsmExport + "${JAVA_TOOL_OPTIONS:+ $JAVA_TOOL_OPTIONS}\"; fi;";

    /// <summary>The report part of the traced run's output, or null when the run printed none.</summary>
    public static string? ReportIn(string output)
    {
        var marker = output.IndexOf(ReportMarker, StringComparison.Ordinal);
        return marker < 0 ? null : output[(marker + ReportMarker.Length)..];
    }
}
