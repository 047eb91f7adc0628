using Asa.Core.Tasks;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Core.Errors;

/// <summary>What each error class means for retries and for the gRPC status a client sees.</summary>
public static class ErrorClasses
{
    public static bool IsRetryable(this ErrorClass errorClass) => errorClass == ErrorClass.Transient;

    public static StatusCode ToStatusCode(this ErrorClass errorClass) => errorClass switch
    {
        ErrorClass.Transient => StatusCode.Unavailable,
        ErrorClass.User => StatusCode.InvalidArgument,
        ErrorClass.Policy => StatusCode.PermissionDenied,
        ErrorClass.Resource => StatusCode.ResourceExhausted,
        _ => StatusCode.FailedPrecondition,
    };

    public static string ToName(this ErrorClass errorClass) => ProtoEnumNames<ErrorClass>.NameOf(errorClass);

    public static ErrorClass ParseErrorClass(string? name) =>
        ProtoEnumNames<ErrorClass>.TryParse(name, out var value) ? value : ErrorClass.Unspecified;
}
