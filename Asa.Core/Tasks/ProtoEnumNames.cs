using System.Collections.Frozen;
using System.Reflection;
using Google.Protobuf.Reflection;

namespace Asa.Core.Tasks;

/// <summary>Maps a generated proto enum to the names in the .proto file (QUEUED, not Queued), which is how they are stored and shown.</summary>
public static class ProtoEnumNames<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToFrozenDictionary(
        value => value,
        value => typeof(TEnum).GetField(value.ToString())!.GetCustomAttribute<OriginalNameAttribute>()!.Name);

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string NameOf(TEnum value) => Names[value];

    public static bool TryParse(string? name, out TEnum value) => Values.TryGetValue(name ?? "", out value);
}
