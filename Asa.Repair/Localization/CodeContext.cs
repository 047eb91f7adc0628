namespace Asa.Repair.Localization;

/// <summary>The code the model is shown, in rank order; Tokens is the counted size of its rendering; files left out for lack of room.</summary>
public sealed record CodeContext(IReadOnlyList<CodeExcerpt> Excerpts, int Tokens, IReadOnlyList<string> OmittedFiles);
