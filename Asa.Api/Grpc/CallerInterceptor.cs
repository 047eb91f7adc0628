using Asa.Api.Access;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace Asa.Api.Grpc;

/// <summary>
/// Establishes who is calling before any service method runs, for gRPC and for the REST mapping alike (both
/// carry the same <c>authorization</c> header). Health checks and reflection stay open.
/// </summary>
public sealed class CallerInterceptor(ApiKeyStore keys, IOptions<AuthOptions> options) : Interceptor
{
    private const string AuthorizationHeader = "authorization";
    private const string BearerScheme = "Bearer ";
    private static readonly string[] OpenServices = ["/grpc.health.v1.Health/", "/grpc.reflection."];

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        await IdentifyAsync(context);
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await IdentifyAsync(context);
        await continuation(request, responseStream, context);
    }

    private async Task IdentifyAsync(ServerCallContext context)
    {
        if (OpenServices.Any(prefix => context.Method.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return;
        }
        var settings = options.Value;
        if (settings.IsLocal)
        {
            CallerIdentity.Set(context, new Caller(settings.LocalUser, IsAdmin: false));
            return;
        }
        var header = context.RequestHeaders.GetValue(AuthorizationHeader);
        if (header is null || !header.StartsWith(BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated,
                "This call needs an API key: send the header 'authorization: Bearer <key>'. An administrator creates keys with 'Asa.Api keys create'."));
        }
        var caller = await keys.AuthenticateAsync(header[BearerScheme.Length..].Trim(), context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "The API key is not valid: it is unknown, malformed or revoked."));
        CallerIdentity.Set(context, caller);
    }
}
