namespace Asa.Repair;

/// <summary>Keeps text a prompt quotes (test output, files) to a length, saying where it was cut.</summary>
public static class PromptText
{
    public static string Clip(string text, int chars) => text.Length <= chars ? text : text[..chars] + "\n…";
}
