namespace Asa.Repair.Localization;

/// <summary>
/// A named definition in a source file: Kind is class, struct, interface, enum, record, type, function, method or
/// property. Lines are 1-based and inclusive; EndLine is a best guess from indentation or brace balance.
/// </summary>
public sealed record CodeSymbol(string Name, string Kind, int StartLine, int EndLine);
