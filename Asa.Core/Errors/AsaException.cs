using Asa.Protos.V1;

namespace Asa.Core.Errors;

/// <summary>A failure with its class; the class decides whether to retry and what the client is told.</summary>
public sealed class AsaException(ErrorClass errorClass, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public ErrorClass ErrorClass { get; } = errorClass;

    public static AsaException Transient(string message, Exception? inner = null) => new(ErrorClass.Transient, message, inner);
    public static AsaException Permanent(string message, Exception? inner = null) => new(ErrorClass.Permanent, message, inner);
    public static AsaException Policy(string message, Exception? inner = null) => new(ErrorClass.Policy, message, inner);
    public static AsaException User(string message, Exception? inner = null) => new(ErrorClass.User, message, inner);
    public static AsaException Resource(string message, Exception? inner = null) => new(ErrorClass.Resource, message, inner);
}
