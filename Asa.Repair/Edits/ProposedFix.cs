namespace Asa.Repair.Edits;

/// <summary>A candidate fix as the model proposed it: why, how sure, and the edits.</summary>
public sealed record ProposedFix(string Rationale, double Confidence, IReadOnlyList<FileEdit> Edits);
