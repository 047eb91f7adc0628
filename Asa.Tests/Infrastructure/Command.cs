namespace Asa.Tests.Infrastructure;

/// <summary>Runs a program to completion.</summary>
public static class Command
{
    /// <summary>Runs the program and returns its exit code and output; kills it when time runs out.</summary>
    public static async Task<CommandResult> RunAsync(ProcessSpec spec, TimeSpan timeout)
    {
        await using var process = ChildProcess.Start(spec);
        var exitCode = await process.WaitForExitAsync(timeout);
        return new CommandResult(spec, exitCode, process.Output.Lines);
    }

    /// <summary>Runs the program and throws, with its output, unless it exits with code 0.</summary>
    public static async Task<CommandResult> RunCheckedAsync(ProcessSpec spec, TimeSpan timeout)
    {
        var result = await RunAsync(spec, timeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{spec.Name} ({spec.FileName} {string.Join(' ', spec.Arguments)}) exited with code {result.ExitCode}:"
                + $"{Environment.NewLine}{result.Text}");
        }
        return result;
    }

    /// <summary>Shorthand for a program that needs no environment or working directory of its own.</summary>
    public static Task<CommandResult> RunCheckedAsync(string fileName, params string[] arguments) =>
        RunCheckedAsync(new ProcessSpec(Path.GetFileName(fileName), fileName, arguments), TestTimeouts.Command);
}

/// <summary>How a program ended.</summary>
public sealed record CommandResult(ProcessSpec Spec, int ExitCode, IReadOnlyList<string> Lines)
{
    /// <summary>The output as one string.</summary>
    public string Text => string.Join(Environment.NewLine, Lines);
}
