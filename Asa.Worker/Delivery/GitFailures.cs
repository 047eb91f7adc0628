namespace Asa.Worker.Delivery;

/// <summary>Tells a git transport failure that may pass (network, an overloaded server) from one that will not.</summary>
public static class GitFailures
{
    private static readonly string[] TransientSigns =
        ["timed out", "timeout", "failed to resolve address", "connection", "could not connect", "502", "503", "504", "early EOF"];

    public static bool IsTransient(string message) =>
        TransientSigns.Any(sign => message.Contains(sign, StringComparison.OrdinalIgnoreCase));
}
