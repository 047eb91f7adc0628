using System.Text;

namespace Asa.Worker.Delivery;

/// <summary>The branch a fix is pushed to: <c>asa/&lt;task-id&gt;-&lt;slug&gt;</c>, the slug made of the bug description's first words.</summary>
public static class FixBranchName
{
    public const string Prefix = "asa/";
    private const int SlugLength = 40;

    public static string For(Guid taskId, string bugDescription) =>
        Slug(bugDescription) is { Length: > 0 } slug ? $"{Prefix}{taskId:D}-{slug}" : $"{Prefix}{taskId:D}";

    /// <summary>The name with a numeric suffix, for when the first choice is taken: <c>-2</c>, <c>-3</c>, ….</summary>
    public static string WithSuffix(string branch, int attempt) => attempt <= 1 ? branch : $"{branch}-{attempt}";

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
            if (slug.Length > SlugLength)
            {
                // Cut at a word's end when there is one.
                var lastBreak = slug.ToString().LastIndexOf('-');
                slug.Length = lastBreak > 0 ? lastBreak : SlugLength;
                break;
            }
        }
        return slug.ToString().Trim('-');
    }
}
