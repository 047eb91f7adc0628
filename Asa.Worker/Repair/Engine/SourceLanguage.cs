namespace Asa.Worker.Repair.Engine;

/// <summary>The languages the embedded engine can edit.</summary>
public enum SourceLanguage
{
    Python,
    JavaScript,
    Java,
    CSharp,
}

public static class SourceLanguages
{
    /// <summary>The language of a source file by its extension; null for files the engine does not edit.</summary>
    public static SourceLanguage? Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".py" => SourceLanguage.Python,
        ".js" or ".mjs" or ".cjs" => SourceLanguage.JavaScript,
        ".java" => SourceLanguage.Java,
        ".cs" => SourceLanguage.CSharp,
        _ => null,
    };

    public static bool IsCLike(this SourceLanguage language) => language is not SourceLanguage.Python;
}
