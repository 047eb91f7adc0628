using Google.Rpc;
using Grpc.Core;

namespace Asa.Api.Grpc;

/// <summary>Collects field violations and turns them into INVALID_ARGUMENT with google.rpc.BadRequest details.</summary>
public sealed class FieldErrors
{
    private readonly BadRequest badRequest = new();

    public bool Any => badRequest.FieldViolations.Count > 0;

    public void Add(string field, string description) =>
        badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });

    /// <summary>Adds the violations of another INVALID_ARGUMENT, their fields prefixed, so one answer names them all.</summary>
    public void AddFrom(RpcException invalid, string fieldPrefix)
    {
        var details = invalid.GetRpcStatus()?.GetDetail<BadRequest>();
        if (details is null)
        {
            Add(fieldPrefix.TrimEnd('.'), invalid.Status.Detail);
            return;
        }
        foreach (var violation in details.FieldViolations)
        {
            Add(fieldPrefix + violation.Field, violation.Description);
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw ToException();
        }
    }

    public RpcException ToException()
    {
        var summary = string.Join("; ", badRequest.FieldViolations.Select(v => $"{v.Field} {v.Description}"));
        return new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = $"Invalid request: {summary}",
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(badRequest) },
        }.ToRpcException();
    }

    public static RpcException Single(string field, string description)
    {
        var errors = new FieldErrors();
        errors.Add(field, description);
        return errors.ToException();
    }
}
