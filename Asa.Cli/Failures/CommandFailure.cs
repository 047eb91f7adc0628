namespace Asa.Cli.Failures;

/// <summary>Why a command stopped, as the user and a script see it: an exit code, a message and any bad fields.</summary>
public sealed record CommandFailure(int ExitCode, string Code, string Message, IReadOnlyList<FieldViolation> Violations)
{
    public static CommandFailure Usage(string message) => new(ExitCodes.Usage, "USAGE", message, []);
}

/// <summary>One field the server rejected, and why.</summary>
public sealed record FieldViolation(string Field, string Description);
