using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Api.Grpc;

/// <summary>The gRPC status a client sees for each error class.</summary>
internal static class ErrorStatusCodes
{
    public static StatusCode ToStatusCode(this ErrorClass errorClass) => errorClass switch
    {
        ErrorClass.Transient => StatusCode.Unavailable,
        ErrorClass.User => StatusCode.InvalidArgument,
        ErrorClass.Policy => StatusCode.PermissionDenied,
        ErrorClass.Resource => StatusCode.ResourceExhausted,
        _ => StatusCode.FailedPrecondition,
    };
}
