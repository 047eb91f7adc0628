namespace Asa.Corpus;

/// <summary>Which of a case's folders are laid over <c>buggy/</c> in a checkout.</summary>
[Flags]
public enum CorpusOverlay
{
    None = 0,
    Fixed = 1,
    HeldBack = 2,
}
