using System.Text;
using System.Text.RegularExpressions;

namespace Asa.Repair.Verification;

/// <summary>
/// Makes a test command report every test's outcome without changing what the user sees: pytest writes JUnit XML
/// (<c>PYTEST_ADDOPTS</c>), Node's test runner feeds ASA's reporter besides its usual TAP (<c>NODE_OPTIONS</c>), and the
/// JUnit XML that Maven Surefire or Gradle wrote during the run is collected. The reports are printed after the
/// command between markers, and <see cref="Extract"/> takes them back out of the output, so nothing is written into
/// the workspace and the command's exit code is kept.
/// </summary>
public static partial class TestReporting
{
    private const string Begin = "@@asa-test-report-begin@@";
    private const string End = "@@asa-test-report-end@@";
    private const string FileMarker = "@@asa-test-report-file ";

    /// <summary>Enough to carry the reports of a few thousand tests; the sandbox keeps the tail of the output.</summary>
    public const int OutputChars = 512 * 1024;

    internal const string NodeReporter = """
        import { relative } from 'node:path';
        const root = process.env.ASA_REPORT_ROOT || process.cwd();
        export default async function* asaReport(source) {
          const names = new Map();
          for await (const event of source) {
            const data = event.data ?? {};
            const file = data.file ? relative(root, data.file) : '';
            if (event.type === 'test:start') {
              const stack = names.get(file) ?? [];
              stack.length = data.nesting ?? 0;
              stack.push(data.name);
              names.set(file, stack);
            } else if (event.type === 'test:pass' || event.type === 'test:fail') {
              if (data.details?.type === 'suite') continue;
              const path = [...(names.get(file) ?? []).slice(0, data.nesting ?? 0), data.name].join(' > ');
              const outcome = data.skip !== undefined || data.todo !== undefined ? 'skipped' : event.type === 'test:fail' ? 'failed' : 'passed';
              const error = data.details?.error;
              const message = outcome === 'failed' ? String(error?.cause?.message ?? error?.message ?? '') : '';
              yield JSON.stringify({ file, path, outcome, message }) + '\n';
            }
          }
        }
        """;

    /// <summary>
    /// The command wrapped to report its tests. A command that already chooses Node reporters keeps them: Node refuses
    /// more reporters than destinations, so none is added and only the other runners report.
    /// </summary>
    public static string Wrap(string command)
    {
        var script = new StringBuilder();
        script.Append("asa_report=\"${TMPDIR:-/tmp}/asa-test-report\"; rm -rf \"$asa_report\"; mkdir -p \"$asa_report\"; : > \"$asa_report/started\"\n");
        script.Append("export ASA_REPORT_ROOT=\"$PWD\"\n");
        // A change can be written within the second of the file it replaces, with the same size: Python must neither
        // trust bytecode cached in the workspace by an earlier run nor leave its own there for a later one.
        script.Append("export PYTHONDONTWRITEBYTECODE=1 PYTHONPYCACHEPREFIX=\"$asa_report/pycache\"\n");
        script.Append("export PYTEST_ADDOPTS=\"${PYTEST_ADDOPTS:+$PYTEST_ADDOPTS }--junit-xml=$asa_report/pytest.xml\"\n");
        if (!command.Contains("--test-reporter", StringComparison.Ordinal))
        {
            script.Append("cat > \"$asa_report/node-reporter.mjs\" <<'ASA_NODE_REPORTER'\n").Append(NodeReporter).Append("\nASA_NODE_REPORTER\n");
            script.Append("export NODE_OPTIONS=\"${NODE_OPTIONS:+$NODE_OPTIONS }--test-reporter=$asa_report/node-reporter.mjs ")
                .Append("--test-reporter-destination=$asa_report/node.jsonl --test-reporter=tap --test-reporter-destination=stdout\"\n");
        }
        script.Append("(\n").Append(WithTrxLogger(command)).Append("\n)\nasa_status=$?\n");
        script.Append($"printf '\\n%s\\n' '{Begin}'\n");
        script.Append("for asa_file in \"$asa_report/pytest.xml\" \"$asa_report/node.jsonl\" \"$asa_report\"/trx/*.trx $(find . \\( -name node_modules -o -name .git \\) -prune -o ")
            .Append("-name 'TEST-*.xml' -newer \"$asa_report/started\" -print 2>/dev/null); do\n");
        script.Append($"  if [ -s \"$asa_file\" ]; then printf '%s%s\\n' '{FileMarker}' \"$asa_file\"; cat \"$asa_file\"; printf '\\n'; fi\ndone\n");
        script.Append($"printf '%s\\n' '{End}'\nexit $asa_status");
        return script.ToString();
    }

    /// <summary>
    /// Takes the reports out of a wrapped command's output: the report (null when no runner wrote one, or the output was
    /// cut before it) and the output as the command printed it.
    /// </summary>
    public static (TestReport? Report, string Output) Extract(string output)
    {
        var begin = output.LastIndexOf(Begin, StringComparison.Ordinal);
        if (begin < 0)
        {
            return (null, Clean(output));
        }
        var end = output.IndexOf(End, begin, StringComparison.Ordinal);
        var section = output[(begin + Begin.Length)..(end < 0 ? output.Length : end)];
        var rest = output[..begin].TrimEnd('\n') + (end < 0 ? "" : output[(end + End.Length)..].TrimEnd('\n'));
        return (end < 0 ? null : Read(section), Clean(rest));
    }

    private static TestReport? Read(string section)
    {
        var tests = new Dictionary<string, TestResult>(StringComparer.Ordinal);
        var sources = new List<string>();
        foreach (var part in section.Split(FileMarker, StringSplitOptions.RemoveEmptyEntries))
        {
            var newline = part.IndexOf('\n');
            if (newline < 0)
            {
                continue;
            }
            var name = part[..newline].Trim();
            var content = part[(newline + 1)..];
            var (source, parsed) = name.EndsWith(".jsonl", StringComparison.Ordinal) ? ("Node test runner", TestReportParser.ParseNodeLines(content))
                : name.EndsWith(".trx", StringComparison.Ordinal) ? ("dotnet test TRX", TestReportParser.ParseTrx(content))
                : (name.EndsWith("pytest.xml", StringComparison.Ordinal) ? "pytest JUnit XML" : "JUnit XML", TestReportParser.ParseJUnitXml(content));
            if (parsed is null)
            {
                continue;
            }
            foreach (var (id, result) in parsed)
            {
                tests[id] = result;
            }
            if (!sources.Contains(source))
            {
                sources.Add(source);
            }
        }
        return sources.Count == 0 ? null : new TestReport(string.Join(", ", sources), tests);
    }

    /// <summary>
    /// A plain <c>dotnet test</c> (in a directory, with options but no logger of its own) also writes TRX results;
    /// dotnet test has no environment variable for that, so the command itself is extended.
    /// </summary>
    private static string WithTrxLogger(string command) =>
        DotnetTest().IsMatch(command) && !command.Contains("--logger", StringComparison.Ordinal)
            ? command.TrimEnd() + " --logger \"trx;LogFilePrefix=asa\" --results-directory \"$asa_report/trx\""
            : command;

    [GeneratedRegex(@"^\s*(?:cd\s+[\w./-]+\s*&&\s*)?dotnet\s+test\b[^;&|<>`$()]*$")]
    private static partial Regex DotnetTest();

    // pytest announces the XML file it wrote; that line is ASA's doing, not the user's.
    private static string Clean(string output) => GeneratedXmlLine().Replace(output, "");

    [GeneratedRegex(@"^-+ generated xml file: \S*/asa-test-report/pytest\.xml -+\r?\n?", RegexOptions.Multiline)]
    private static partial Regex GeneratedXmlLine();
}
