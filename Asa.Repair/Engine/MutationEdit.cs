namespace Asa.Repair.Engine;

/// <summary>
/// One proposed edit to a file, as a splice of its text: replace <paramref name="Length"/> characters at
/// <paramref name="Start"/> with <paramref name="Replacement"/>. <paramref name="Prior"/> says how often edits of this
/// kind fix real bugs, relative to the others (1 is the likeliest).
/// </summary>
public readonly record struct MutationEdit(string Kind, string Description, int Start, int Length, string Replacement, double Prior);
