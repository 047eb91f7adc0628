using Asa.Core.Errors;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Npgsql;
using StackExchange.Redis;

namespace Asa.Api.Grpc;

/// <summary>Turns the error taxonomy into the gRPC status a client sees; unexpected errors are logged and hidden.</summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Map(exception, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (exception is not RpcException)
        {
            throw Map(exception, context);
        }
    }

    private RpcException Map(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case AsaException asa:
                return new RpcException(new Status(asa.ErrorClass.ToStatusCode(), asa.Message));
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled."));
            case NpgsqlException { IsTransient: true } or RedisConnectionException or RedisTimeoutException or TimeoutException:
                logger.LogWarning(exception, "{Method} failed on a transient error", context.Method);
                return new RpcException(new Status(StatusCode.Unavailable, "A backing service is unavailable; retry shortly."));
            default:
                logger.LogError(exception, "{Method} failed unexpectedly", context.Method);
                return new RpcException(new Status(StatusCode.Internal, "Internal error; see the server log."));
        }
    }
}
