using System.Text.RegularExpressions;

namespace Asa.Repair.Localization;

/// <summary>
/// Reads stack traces, test failures and compiler errors out of a test run's output. Frames come deepest first
/// within each trace, traces in the order they were printed, each place once.
/// </summary>
public static partial class FailureLocations
{
    private const int MaxFrames = 500;

    public static IReadOnlyList<FailureFrame> Parse(string output)
    {
        var frames = new List<FailureFrame>();
        // Python prints the outermost call first; every other runtime here prints the deepest first.
        var outermostFirst = new List<FailureFrame>();
        string? previousLine = null;
        foreach (var rawLine in output.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var (frame, isPython) = Recognise(line, previousLine);
            if (frame is null ? EndsPythonTrace(line) : !isPython)
            {
                outermostFirst.Reverse();
                frames.AddRange(outermostFirst);
                outermostFirst.Clear();
            }
            if (frame is not null)
            {
                (isPython ? outermostFirst : frames).Add(frame);
            }
            previousLine = line;
        }
        outermostFirst.Reverse();
        frames.AddRange(outermostFirst);
        return frames.Distinct().Take(MaxFrames).ToList();
    }

    private static (FailureFrame? Frame, bool IsPython) Recognise(string line, string? previousLine)
    {
        if (line.Length == 0 || line.Length > 2000)
        {
            return (null, false);
        }
        if (PythonTraceback().Match(line) is { Success: true } python)
        {
            return (Frame(python.Groups["path"].Value, python.Groups["line"].Value, FunctionName(python.Groups["func"].Value)), true);
        }
        if (DotNetFrame().Match(line) is { Success: true } dotnet)
        {
            return (Frame(dotnet.Groups["path"].Value, dotnet.Groups["line"].Value, FunctionName(dotnet.Groups["func"].Value)), false);
        }
        if (JvmFrame().Match(line) is { Success: true } jvm)
        {
            return (JvmFrameOf(jvm), false);
        }
        if (NodeFrame().Match(line) is { Success: true } node)
        {
            return (Frame(node.Groups["path"].Value, node.Groups["line"].Value, FunctionName(node.Groups["func"].Value)), false);
        }
        if (CompilerError().Match(line) is { Success: true } compiler)
        {
            return (Frame(compiler.Groups["path"].Value, compiler.Groups["line"].Value, null), false);
        }
        if (GoPanicFrame().Match(line) is { Success: true } go)
        {
            var caller = previousLine is null ? null : GoCallLine().Match(previousLine);
            var function = caller is { Success: true } ? FunctionName(caller.Groups["func"].Value) : null;
            return (Frame(go.Groups["path"].Value, go.Groups["line"].Value, function), false);
        }
        if (FileUrl().Match(line) is { Success: true } url)
        {
            return (Frame(url.Groups["path"].Value, url.Groups["line"].Value, null), false);
        }
        if (PathLineMessage().Match(line) is { Success: true } located)
        {
            var path = located.Groups["path"].Value;
            var isPython = path.EndsWith(".py", StringComparison.Ordinal);
            return (Frame(path, located.Groups["line"].Value, FunctionName(located.Groups["func"].Value)), isPython);
        }
        return (null, false);
    }

    private static bool EndsPythonTrace(string line) =>
        line.StartsWith("Traceback", StringComparison.Ordinal) || line.StartsWith("During handling", StringComparison.Ordinal)
        || line.StartsWith("The above exception", StringComparison.Ordinal) || line.StartsWith("____", StringComparison.Ordinal)
        || line.StartsWith("====", StringComparison.Ordinal) || line.StartsWith("FAILED", StringComparison.Ordinal)
        || line.StartsWith("ERROR", StringComparison.Ordinal);

    private static FailureFrame? Frame(string path, string line, string? function) =>
        int.TryParse(line, out var number) && number > 0 && path.Length > 0 ? new FailureFrame(path, number, function) : null;

    // A JVM frame names only the file; the package before the class gives the directories it conventionally sits in.
    private static FailureFrame? JvmFrameOf(Match match)
    {
        var qualified = match.Groups["qualified"].Value.Split('.');
        if (qualified.Length < 2 || JvmLibraryPrefixes.Any(prefix => match.Groups["qualified"].Value.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return null;
        }
        var package = qualified[..^2];
        var path = string.Join('/', [.. package, match.Groups["file"].Value]);
        return Frame(path, match.Groups["line"].Value, FunctionName(qualified[^1]));
    }

    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "module", "anonymous", "lambda", "listcomp", "dictcomp", "setcomp", "genexpr", "init", "clinit", "main",
    };

    private static readonly string[] JvmLibraryPrefixes = ["java.", "javax.", "jdk.", "sun.", "com.sun.", "kotlin.", "scala.", "org.junit.", "junit.", "org.gradle.", "org.apache.maven."];

    // Ns.Class.<RunAsync>d__4.MoveNext, Object.<anonymous>, (*Calc).Add, async add: the name a symbol would have.
    private static string? FunctionName(string raw)
    {
        if (raw.Length == 0)
        {
            return null;
        }
        if (GeneratedMemberName().Match(raw) is { Success: true } generated)
        {
            return Placeholders.Contains(generated.Groups[1].Value) ? null : generated.Groups[1].Value;
        }
        var name = raw.Split(' ')[^1].Split('.')[^1].Trim('(', ')', '*');
        return name.Length > 0 && IdentifierOnly().IsMatch(name) ? name : null;
    }

    [GeneratedRegex("""^\s*File "(?<path>[^"]+)", line (?<line>\d+)(?:, in (?<func>\S+))?""")]
    private static partial Regex PythonTraceback();

    [GeneratedRegex(@"^\s*at (?<func>[^\s(]+)\(.*\) in (?<path>.+?):line (?<line>\d+)")]
    private static partial Regex DotNetFrame();

    [GeneratedRegex(@"^\s*at\s+(?:[\w.$@-]*/)*(?<qualified>[\w.$<>]+)\((?<file>[\w$.-]+\.(?:java|kt|scala|groovy)):(?<line>\d+)\)")]
    private static partial Regex JvmFrame();

    [GeneratedRegex(@"^\s*at (?:(?<func>(?:async |new )?[^\s(]+)(?: \[as \w+\])? \()?(?:file://)?(?<path>[^\s()]+?):(?<line>\d+):\d+\)?\s*$")]
    private static partial Regex NodeFrame();

    [GeneratedRegex(@"^\s*(?<path>[^\s(][^()]*?\.\w+)\((?<line>\d+)(?:,\d+)?(?:,\d+,\d+)?\)\s*:\s*(?:fatal )?error\b")]
    private static partial Regex CompilerError();

    [GeneratedRegex(@"^\s+(?<path>\S+\.go):(?<line>\d+)(?: \+0x[0-9a-f]+)?\s*$")]
    private static partial Regex GoPanicFrame();

    [GeneratedRegex(@"^(?:created by )?(?<func>[\w./*()\[\]-]+)\([^()]*\)$")]
    private static partial Regex GoCallLine();

    [GeneratedRegex(@"file://(?<path>/[^\s:()]+):(?<line>\d+)")]
    private static partial Regex FileUrl();

    [GeneratedRegex(@"^\s*(?<path>[^\s:<>""'()]*[^\s:<>""'()/]\.\w+):(?<line>\d+)(?::\d+)?(?::\s*(?:in (?<func>[\w<>]+)\s*$)?.*|\s*$)")]
    private static partial Regex PathLineMessage();

    [GeneratedRegex(@"<(\w+)>")]
    private static partial Regex GeneratedMemberName();

    [GeneratedRegex(@"^\w+$")]
    private static partial Regex IdentifierOnly();
}
