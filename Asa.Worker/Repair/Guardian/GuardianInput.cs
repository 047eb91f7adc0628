namespace Asa.Worker.Repair.Guardian;

/// <summary>
/// What the deterministic guardian reviews: the bug as reported, each changed file before (null when the fix creates it)
/// and after (empty text when the fix deletes it), the files the model was shown, and the files it must not touch.
/// </summary>
public sealed record GuardianInput(
    string BugDescription,
    IReadOnlyDictionary<string, string?> Originals,
    IReadOnlyDictionary<string, string> Changed,
    IReadOnlySet<string> ShownFiles,
    IReadOnlySet<string> ProtectedFiles);
