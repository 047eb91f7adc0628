namespace Asa.Repair.Edits;

/// <summary>
/// The outcome of applying a fix's edits: every touched file's full new text, or, when anything went wrong,
/// no contents and the problems to send back to the model.
/// </summary>
public sealed record EditApplication(IReadOnlyDictionary<string, string> NewContents, IReadOnlyList<string> Problems)
{
    public bool Applied => Problems.Count == 0;
}
