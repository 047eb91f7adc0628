using Asa.Core.Tasks;
using Asa.Protos.V1;

namespace Asa.Core.Errors;

/// <summary>What each error class means for retries, and its name as stored.</summary>
public static class ErrorClasses
{
    public static bool IsRetryable(this ErrorClass errorClass) => errorClass == ErrorClass.Transient;

    public static string ToName(this ErrorClass errorClass) => ProtoEnumNames<ErrorClass>.NameOf(errorClass);

    public static ErrorClass ParseErrorClass(string? name) =>
        ProtoEnumNames<ErrorClass>.TryParse(name, out var value) ? value : ErrorClass.Unspecified;
}
