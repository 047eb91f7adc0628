using Asa.Api.Grpc;
using Asa.Core.Data;
using Asa.Protos.V1;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace Asa.Api.Access;

/// <summary>API keys over the API, for callers holding an admin key.</summary>
public sealed class KeyGrpcService(ApiKeyStore keys, IOptions<AuthOptions> auth) : KeyService.KeyServiceBase
{
    public override async Task<CreatedKey> CreateKey(CreateKeyRequest request, ServerCallContext context)
    {
        RequireAdmin(context);
        if (!UserIds.IsValid(request.UserId))
        {
            throw FieldErrors.Single("user_id", UserIds.Rule);
        }
        var (record, key) = await keys.CreateAsync(request.UserId, request.Admin, context.CancellationToken);
        return new CreatedKey { Info = MapToInfo(record), Key = key };
    }

    public override async Task<ListKeysResponse> ListKeys(ListKeysRequest request, ServerCallContext context)
    {
        RequireAdmin(context);
        return new ListKeysResponse { Keys = { (await keys.ListAsync(context.CancellationToken)).Select(MapToInfo) } };
    }

    public override async Task<ApiKeyInfo> RevokeKey(RevokeKeyRequest request, ServerCallContext context)
    {
        RequireAdmin(context);
        if (!await keys.RevokeAsync(request.KeyId, context.CancellationToken))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"There is no key '{request.KeyId}'."));
        }
        var revoked = (await keys.ListAsync(context.CancellationToken)).Single(k => k.Id == request.KeyId);
        return MapToInfo(revoked);
    }

    private void RequireAdmin(ServerCallContext context)
    {
        if (auth.Value.IsLocal)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                "Auth:Mode is local: this API takes no keys. Run it with Auth:Mode=keys to manage keys."));
        }
        if (!CallerIdentity.Of(context).IsAdmin)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "Managing API keys needs an admin key."));
        }
    }

    private static ApiKeyInfo MapToInfo(ApiKeyRecord record)
    {
        var info = new ApiKeyInfo
        {
            KeyId = record.Id,
            UserId = record.UserId,
            Admin = record.IsAdmin,
            CreatedAt = Timestamps.From(record.CreatedAt),
        };
        if (record.RevokedAt is { } revoked)
        {
            info.RevokedAt = Timestamps.From(revoked);
        }
        return info;
    }
}
