using System.Text;
using System.Text.RegularExpressions;

namespace Asa.Repair.Guardian;

/// <summary>
/// A repository path pattern: '**/' is any number of leading directories, '/**' anything below, '*' any part of one name.
/// Case-sensitive, as 'Test.cs' must not match 'Latest.cs'.
/// </summary>
internal sealed class PathGlob(string pattern)
{
    private readonly Regex regex = new(ToRegex(pattern), RegexOptions.CultureInvariant);

    public string Pattern { get; } = pattern;

    public bool Matches(string path) => regex.IsMatch(path);

    public static bool AnyMatches(IEnumerable<PathGlob> globs, string path) => globs.Any(glob => glob.Matches(path));

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob.AsSpan(i).StartsWith("**/"))
            {
                regex.Append("(?:.*/)?");
                i += 2;
            }
            else if (glob.AsSpan(i).StartsWith("/**"))
            {
                regex.Append("/.*");
                i += 2;
            }
            else if (glob[i] == '*')
            {
                regex.Append("[^/]*");
            }
            else
            {
                regex.Append(Regex.Escape(glob[i].ToString()));
            }
        }
        return regex.Append('$').ToString();
    }
}
