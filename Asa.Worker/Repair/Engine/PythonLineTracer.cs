namespace Asa.Worker.Repair.Engine;

/// <summary>
/// Measures which lines Python's failing tests execute: a sitecustomize module, put on PYTHONPATH in a throwaway
/// fork, installs a trace hook in every Python process the test command starts and appends the lines of the
/// workspace's own files to a report when the process exits.
/// </summary>
public static class PythonLineTracer
{
    public const string Directory = ".asa-line-trace";
    public const string ReportMarker = "=== ASA LINE TRACE ===";
    private const string Report = Directory + "/lines.txt";

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
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
    };

    /// <summary>The failing tests' command, traced, followed by the report.</summary>
    public static string Traced(string command) =>
        $"export PYTHONPATH=\"$PWD/{Directory}${{PYTHONPATH:+:$PYTHONPATH}}\" ASA_LINE_TRACE=\"$PWD/{Report}\" PYTHONDONTWRITEBYTECODE=1; " +
        $"( {command} ) >/dev/null 2>&1; echo '{ReportMarker}'; cat \"{Report}\" 2>/dev/null; true";

    /// <summary>The report part of the traced run's output, or null when the run printed none.</summary>
    public static string? ReportIn(string output)
    {
        var marker = output.IndexOf(ReportMarker, StringComparison.Ordinal);
        return marker < 0 ? null : output[(marker + ReportMarker.Length)..];
    }
}
