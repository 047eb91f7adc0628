namespace Asa.Cli;

/// <summary>The exit codes scripts can rely on; README.md documents them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The watched task ended FAILED or CANCELLED.</summary>
    public const int TaskDidNotComplete = 1;

    /// <summary>The command line or the configuration is wrong; nothing was sent.</summary>
    public const int Usage = 2;

    /// <summary>The server did not accept the API key, or the key may not do this.</summary>
    public const int NotAuthenticated = 3;

    /// <summary>The task or key does not exist (or is not the caller's).</summary>
    public const int NotFound = 4;

    /// <summary>The server refused the request as given: a bad field or a state that does not allow it.</summary>
    public const int InvalidArgument = 5;

    /// <summary>The server could not be reached, or failed in another way.</summary>
    public const int Unavailable = 6;

    /// <summary>Stopped by Ctrl+C (SIGINT), as shells report it.</summary>
    public const int Interrupted = 130;
}
