namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The warm host for javac and JUnit 4. The warm-up runs the test command as the shell would, with <c>javac</c> and
/// <c>java</c> shadowed by a recorder on the PATH (the sandbox's /bin/sh is dash, which cannot export shell functions),
/// builds the host from its single source with plain javac, and prints the recorded calls; <see cref="JUnitPlan"/> turns
/// them into the host's plan. Each batch then starts the host once; see <see cref="JavaHostProgram"/>.
/// </summary>
internal static class JavaHost
{
    private const string Folder = WarmBatch.Directory + "/java";
    private const string BinFolder = Folder + "/bin";

    /// <summary>The built host, a jar because a class-data archive takes no folder on the classpath.</summary>
    public const string Jar = Folder + "/host.jar";

    /// <summary>The class-data archive of the host with the JDK's compiler loaded, which each batch's JVM maps instead of loading those classes.</summary>
    public const string ClassData = Folder + "/host.jsa";
    private const string Calls = Folder + "/calls";
    private const string Shims = Folder + "/shim";

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        // Not a .java file in the workspace, where a command's `find . -name '*.java'` would hand it to javac with the project's sources.
        [Folder + "/AsaWarmHost.java.txt"] = JavaHostProgram.Source + JavaHostProject.Source,
        [Shims + "/javac"] = Recorder,
        [Shims + "/java"] = Recorder,
    };

    /// <summary>
    /// Runs the command with the recorder first on the PATH (its own verdict does not matter: the unchanged program fails),
    /// builds the host from a copy of its source in the run's private /tmp and a class-data archive of it with the JDK's
    /// compiler loaded, then prints the workspace's root and each recorded call, base64-encoded, one a line.
    /// </summary>
    public static string WarmUpCommand(WarmCommand command)
    {
        var script = command.Script ?? throw new InvalidOperationException("A JUnit command keeps its whole text.");
        return $"root=$(pwd) && rm -rf {Calls} {BinFolder} {Jar} {ClassData} && mkdir -p {Calls} && chmod +x {Shims}/javac {Shims}/java && " +
               "{ ASA_REAL_JAVAC=$(command -v javac) && ASA_REAL_JAVA=$(command -v java) || { echo 'javac or java is not on the PATH'; exit 1; }; } && " +
               $"export ASA_REAL_JAVAC ASA_REAL_JAVA ASA_JAVA_CALLS=\"$root/{Calls}\" && " +
               $"{{ PATH=\"$root/{Shims}:$PATH\" /bin/sh -c {ShellQuote.Word(script)} > {Folder}/warm-up.log 2>&1; true; }} && " +
               $"mkdir -p /tmp/asa-java-host && cp {Folder}/AsaWarmHost.java.txt /tmp/asa-java-host/AsaWarmHost.java && " +
               $"{{ javac -d {BinFolder} /tmp/asa-java-host/AsaWarmHost.java > {Folder}/build.log 2>&1 && jar cf {Jar} -C {BinFolder} . >> {Folder}/build.log 2>&1 " +
               $"|| {{ cat {Folder}/build.log; exit 1; }}; }} && " +
               // Without the archive each batch loads the compiler's classes itself: slower, not different.
               $"{{ java -XX:ArchiveClassesAtExit=\"$root/{ClassData}\" -cp \"$root/{Jar}\" AsaWarmHost --load-compiler /tmp/asa-java-host/AsaWarmHost.java " +
               $"> {Folder}/class-data.log 2>&1 || rm -f {ClassData}; }} && " +
               "printf '@@asa-java root x%s\\n' \"$(printf '%s' \"$root\" | base64 -w0)\" && " +
               $"for n in $(ls {Calls} | sort -n); do c={Calls}/$n; " +
               "printf '@@asa-java call %s %s x%s x%s %s\\n' \"$n\" \"$(cat $c/tool)\" \"$(base64 -w0 < $c/cwd)\" \"$(base64 -w0 < $c/args)\" " +
               "\"$(if [ -f $c/classpath ]; then printf x; base64 -w0 < $c/classpath; else printf -; fi)\"; done";
    }

    public static string RunCommand() => $"exec /bin/sh {JUnitPlan.RunScript} \"$(pwd)\"";

    /// <summary>The plan's files from the warm-up's output, or why the host cannot follow what the command ran.</summary>
    public static (IReadOnlyDictionary<string, string>? Files, string? Error) Plan(string warmUpOutput)
    {
        if (JavaCall.Parse(warmUpOutput) is not var (root, calls))
        {
            return (null, "the warm-up printed no recorded calls");
        }
        try
        {
            return (JUnitPlan.Make(root, calls).Files(), null);
        }
        catch (JUnitPlanException error)
        {
            return (null, error.Message);
        }
    }

    /// <summary>Records one call (its tool, folder, NUL-ended arguments and CLASSPATH if set), then runs the real tool.</summary>
    private const string Recorder = """
        #!/bin/sh
        call="$ASA_JAVA_CALLS/$(ls "$ASA_JAVA_CALLS" | wc -l)"
        mkdir "$call"
        tool=${0##*/}
        printf '%s' "$tool" > "$call/tool"
        printf '%s' "$PWD" > "$call/cwd"
        if [ $# -gt 0 ]; then printf '%s\0' "$@" > "$call/args"; else : > "$call/args"; fi
        if [ "${CLASSPATH+set}" = set ]; then printf '%s' "$CLASSPATH" > "$call/classpath"; fi
        if [ "$tool" = javac ]; then exec "$ASA_REAL_JAVAC" "$@"; else exec "$ASA_REAL_JAVA" "$@"; fi

        """;
}
