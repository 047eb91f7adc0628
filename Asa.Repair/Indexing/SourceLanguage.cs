namespace Asa.Repair.Indexing;

/// <summary>The languages the embedded engine can edit (<see cref="Languages.Editable"/>).</summary>
public enum SourceLanguage
{
    Python,
    JavaScript,
    Java,
    CSharp,
}

public static class SourceLanguageTraits
{
    public static bool IsCLike(this SourceLanguage language) => language is not SourceLanguage.Python;
}
