namespace Asa.Worker.Repair.Localization;

/// <summary>A text file of the checkout: its path relative to the root with '/' separators, and its content.</summary>
public sealed record SourceFile(string Path, string Text);
