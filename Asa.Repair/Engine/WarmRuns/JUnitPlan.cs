using System.Text;

namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// What the Java host does for each candidate, from the one javac call and the one <c>java … JUnitCore</c> call the
/// warm-up recorded: the sources and the javac options it compiles with, the classpath JUnit and the libraries load from
/// (javac's output folder left out: the candidate's classes come from memory), the JVM's options and JUnit's arguments.
/// Paths are relative to the workspace's root where they lie in it, since a fork's absolute path may differ between runs.
/// </summary>
public sealed record JUnitPlan(
    IReadOnlyList<(string Name, string Path)> Sources,
    IReadOnlyList<string> JavacOptions,
    IReadOnlyList<(string Option, IReadOnlyList<string> Entries)> PathOptions,
    string? Encoding,
    IReadOnlyList<string> RuntimeClassPath,
    IReadOnlyList<string> JvmOptions,
    IReadOnlyList<string> JUnitArguments,
    string RunDirectory)
{
    public const string MainClass = "org.junit.runner.JUnitCore";

    /// <summary>A classpath entry that names nothing, for a compile whose only classpath entry was javac's own output folder.</summary>
    public const string EmptyClassPath = WarmBatch.Directory + "/java/no-classes";

    /// <summary>The plan, or <see cref="JUnitPlanException"/> saying what the host cannot follow.</summary>
    public static JUnitPlan Make(string root, IReadOnlyList<JavaCall> calls)
    {
        if (calls is not [{ Tool: "javac" } javac, { Tool: "java" } java])
        {
            var seen = calls.Count == 0 ? "none" : string.Join(", then ", calls.Select(c => c.Tool));
            throw new JUnitPlanException($"the test command must run javac once and then java once; it ran {seen}");
        }
        if (calls.SelectMany(c => c.Arguments).Append(javac.ClassPath ?? "").Append(java.ClassPath ?? "").FirstOrDefault(a => a.IndexOfAny(['\t', '\n', '\r']) >= 0) is { } odd)
        {
            throw new JUnitPlanException($"an argument holds a tab or a line break ({odd.ReplaceLineEndings(" ")})");
        }
        var paths = new WorkspacePaths(root);
        var compile = JavacArguments.Read(javac.Arguments);
        var output = compile.Output is { } d ? paths.Of(javac.Directory, d) : null;
        var compileClassPath = paths.List(javac.Directory, compile.ClassPath ?? javac.ClassPath ?? ".").Where(e => e != output).ToList();
        var pathOptions = new List<(string, IReadOnlyList<string>)> { ("-classpath", compileClassPath.Count > 0 ? compileClassPath : [EmptyClassPath]) };
        if (compile.SourcePath is { } sourcePath)
        {
            pathOptions.Add(("-sourcepath", paths.List(javac.Directory, sourcePath)));
        }
        var run = JavaArguments.Read(java.Arguments);
        var runDirectory = paths.Of(java.Directory, ".");
        if (runDirectory.StartsWith('/'))
        {
            throw new JUnitPlanException("java ran outside the workspace");
        }
        return new JUnitPlan(
            [.. compile.Sources.Select(s => (s, paths.Of(javac.Directory, s)))],
            compile.Options,
            pathOptions,
            compile.Encoding,
            [.. paths.List(java.Directory, run.ClassPath ?? java.ClassPath ?? ".").Where(e => e != output)],
            run.JvmOptions,
            run.JUnitArguments,
            runDirectory);
    }

    public const string PlanFile = WarmBatch.Directory + "/java/plan.txt";
    public const string ArgumentFile = WarmBatch.Directory + "/java/jvm.args";
    public const string RunScript = WarmBatch.Directory + "/java/run.sh";

    /// <summary>The files the host reads: the plan (tab-separated lines), the JVM's options as a java @argfile, the script that starts it.</summary>
    public IReadOnlyDictionary<string, string> Files()
    {
        var plan = new StringBuilder();
        void Line(params IEnumerable<string> words) => plan.Append(string.Join('\t', words)).Append('\n');
        foreach (var (name, path) in Sources)
        {
            Line("source", name, path);
        }
        foreach (var option in JavacOptions)
        {
            Line("option", option);
        }
        foreach (var (option, entries) in PathOptions)
        {
            Line(["paths", option, .. entries]);
        }
        if (Encoding is not null)
        {
            Line("encoding", Encoding);
        }
        Line(["runtime-classpath", .. RuntimeClassPath]);
        Line(["junit", .. JUnitArguments]);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PlanFile] = plan.ToString(),
            [ArgumentFile] = string.Concat(JvmOptions.Select(o => ArgumentFileWord(o) + "\n")),
            [RunScript] = $"share=; if [ -f \"$1/{JavaHost.ClassData}\" ]; then share=-XX:SharedArchiveFile=\"$1/{JavaHost.ClassData}\"; fi\n" +
                          $"cd {ShellQuote.Word(RunDirectory)} && exec java @\"$1/{ArgumentFile}\" ${{share:+\"$share\"}} -cp \"$1/{JavaHost.Jar}\" AsaWarmHost \"$1\" \"$1/{PlanFile}\" \"$1/{WarmBatch.JavaManifest}\"\n",
        };
    }

    /// <summary>One argument as a java @argfile reads it: in double quotes, where a backslash escapes the next character.</summary>
    public static string ArgumentFileWord(string argument) => "\"" + argument.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

/// <summary>Why the Java host cannot follow the recorded calls; the candidates then run the classic way.</summary>
public sealed class JUnitPlanException(string message) : Exception(message);
