namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// A recorded javac call's arguments, sorted into what the Java host needs: the sources, the output folder (the host
/// keeps classes in memory instead), the classpath and source path (re-rooted), the encoding, and the options it passes
/// on as they are. Any option the host does not know how to follow (annotation processors, modules, @argfiles, native
/// headers) throws <see cref="JUnitPlanException"/>.
/// </summary>
public sealed record JavacArguments(IReadOnlyList<string> Sources, IReadOnlyList<string> Options, string? Output, string? ClassPath, string? SourcePath, string? Encoding)
{
    /// <summary>Options whose value follows them and which the in-memory compile takes as they are.</summary>
    private static readonly HashSet<string> KeptWithValue = new(StringComparer.Ordinal)
    {
        "-source", "--source", "-target", "--target", "--release", "-Xmaxerrs", "-Xmaxwarns",
    };

    private static readonly HashSet<string> KeptFlags = new(StringComparer.Ordinal)
    {
        "-g", "-nowarn", "-deprecation", "-Werror", "-Xlint", "-parameters", "-proc:none", "-verbose", "-Xdoclint",
    };

    private static readonly string[] KeptPrefixes = ["-g:", "-Xlint:", "-implicit:", "-Xdiags:", "-Xdoclint:", "-A"];

    public static JavacArguments Read(IReadOnlyList<string> arguments)
    {
        var sources = new List<string>();
        var options = new List<string>();
        string? output = null, classPath = null, sourcePath = null, encoding = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            var (name, inlineValue) = Split(arguments[i]);
            string Value() => inlineValue ?? (i + 1 < arguments.Count ? arguments[++i] : throw new JUnitPlanException($"javac's {name} has no value"));
            switch (name)
            {
                case "-d":
                    output = Value();
                    break;
                case "-cp" or "-classpath" or "--class-path":
                    classPath = Value();
                    break;
                case "-sourcepath" or "--source-path":
                    sourcePath = Value();
                    break;
                case "-encoding":
                    encoding = Value();
                    options.AddRange([name, encoding]);
                    break;
                case var _ when KeptWithValue.Contains(name):
                    options.AddRange([name, Value()]);
                    break;
                case var _ when inlineValue is null && (KeptFlags.Contains(name) || KeptPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))):
                    options.Add(name);
                    break;
                case var _ when name.StartsWith('@'):
                    throw new JUnitPlanException("javac read its arguments from a file (@argfile), which the Java host does not follow");
                case var _ when name.StartsWith('-'):
                    throw new JUnitPlanException($"javac was given {name}, which the Java host does not follow");
                case var _ when name.EndsWith(".java", StringComparison.Ordinal):
                    sources.Add(name);
                    break;
                default:
                    throw new JUnitPlanException($"javac was given {name}, which is not a .java source the Java host can compile");
            }
        }
        if (sources.Count == 0)
        {
            throw new JUnitPlanException("javac was given no .java source");
        }
        return new JavacArguments(sources, options, output, classPath, sourcePath, encoding);
    }

    /// <summary>A <c>--name=value</c> option's name and value; any other word whole.</summary>
    private static (string Name, string? Value) Split(string argument) =>
        argument.StartsWith("--", StringComparison.Ordinal) && argument.IndexOf('=') is > 2 and var at ? (argument[..at], argument[(at + 1)..]) : (argument, null);
}
