namespace Asa.AppHost.Infrastructure;

/// <summary>A setting of the AppHost is wrong; the message names it and what it may be.</summary>
public sealed class AppHostConfigurationException(string message) : Exception(message);
