using Asa.Sandbox.Workspaces;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Asa.Sandbox.Grpc;

/// <summary>Turns workspace errors into the gRPC status they name.</summary>
public sealed class WorkspaceErrorInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (WorkspaceException exception)
        {
            throw new RpcException(new Status(exception.Status, exception.Message));
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (WorkspaceException exception)
        {
            throw new RpcException(new Status(exception.Status, exception.Message));
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
        catch (WorkspaceException exception)
        {
            throw new RpcException(new Status(exception.Status, exception.Message));
        }
    }
}
