using Google.Protobuf.WellKnownTypes;

namespace Asa.Api.Grpc;

/// <summary>Stored times are UTC whatever Npgsql says their kind is; protobuf insists on the kind.</summary>
internal static class Timestamps
{
    public static Timestamp From(DateTime utc) => Timestamp.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
