namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// A recorded <c>java … org.junit.runner.JUnitCore …</c> call's arguments: the classpath, the JVM options the Java host
/// starts with (system properties, assertions, -X and -XX settings), and JUnit's arguments. Anything else (-jar, modules,
/// @argfiles, another main class) throws <see cref="JUnitPlanException"/>.
/// </summary>
public sealed record JavaArguments(string? ClassPath, IReadOnlyList<string> JvmOptions, IReadOnlyList<string> JUnitArguments)
{
    private static readonly HashSet<string> KeptFlags = new(StringComparer.Ordinal)
    {
        "-ea", "-da", "-esa", "-dsa", "-enableassertions", "-disableassertions", "-enablesystemassertions", "-disablesystemassertions",
        "-server", "-client", "-verbose",
    };

    private static readonly string[] KeptPrefixes = ["-D", "-X", "-ea:", "-da:", "-enableassertions:", "-disableassertions:", "-verbose:"];

    public static JavaArguments Read(IReadOnlyList<string> arguments)
    {
        string? classPath = null;
        var jvmOptions = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            switch (argument)
            {
                case "-cp" or "-classpath" or "--class-path":
                    classPath = i + 1 < arguments.Count ? arguments[++i] : throw new JUnitPlanException($"java's {argument} has no value");
                    break;
                case var _ when argument.StartsWith("--class-path=", StringComparison.Ordinal):
                    classPath = argument["--class-path=".Length..];
                    break;
                case var _ when KeptFlags.Contains(argument) || KeptPrefixes.Any(p => argument.StartsWith(p, StringComparison.Ordinal)):
                    jvmOptions.Add(argument);
                    break;
                case JUnitPlan.MainClass:
                    return new JavaArguments(classPath, jvmOptions, [.. arguments.Skip(i + 1)]);
                case var _ when argument.StartsWith('@'):
                    throw new JUnitPlanException("java read its arguments from a file (@argfile), which the Java host does not follow");
                case var _ when argument.StartsWith('-'):
                    throw new JUnitPlanException($"java was given {argument}, which the Java host does not follow");
                default:
                    throw new JUnitPlanException($"java ran {argument}, not {JUnitPlan.MainClass}");
            }
        }
        throw new JUnitPlanException($"java ran no main class, not {JUnitPlan.MainClass}");
    }
}
