using Asa.Api.Access;
using Grpc.Core;

namespace Asa.Api.Grpc;

/// <summary>The caller <see cref="CallerInterceptor"/> established for a call.</summary>
public static class CallerIdentity
{
    public static Caller Of(ServerCallContext context) =>
        context.UserState.TryGetValue(typeof(Caller), out var caller) && caller is Caller known
            ? known
            : throw new InvalidOperationException($"{context.Method} ran without CallerInterceptor establishing its caller.");

    public static void Set(ServerCallContext context, Caller caller) => context.UserState[typeof(Caller)] = caller;
}
