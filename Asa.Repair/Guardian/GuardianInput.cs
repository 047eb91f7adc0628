using Asa.Repair.Protection;

namespace Asa.Repair.Guardian;

/// <summary>
/// What the deterministic guardian reviews: the bug as reported, each changed file before (null when the fix creates it)
/// and after (empty text when the fix deletes it), the files the model was shown, the files it must not touch (the
/// reproduction test), and, when the task's tests have been run, the tests and test configuration no fix may edit,
/// delete or create.
/// </summary>
public sealed record GuardianInput(
    string BugDescription,
    IReadOnlyDictionary<string, string?> Originals,
    IReadOnlyDictionary<string, string> Changed,
    IReadOnlySet<string> ShownFiles,
    IReadOnlySet<string> ProtectedFiles,
    TestProtection? Tests = null);
