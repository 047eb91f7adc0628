namespace Asa.Cli.Failures;

/// <summary>Bad input found before anything was sent: a malformed option, an unreadable config file.</summary>
public sealed class UsageException(string message) : Exception(message);
