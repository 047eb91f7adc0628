using Asa.Repair.Edits;

namespace Asa.Repair.Localization;

/// <summary>A text file of the checkout: its path relative to the root with '/' separators, its content, and the encoding its bytes are in.</summary>
public sealed record SourceFile(string Path, string Text, TextEncoding? Encoding = null);
