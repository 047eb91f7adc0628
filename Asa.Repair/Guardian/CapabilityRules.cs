using System.Text.RegularExpressions;

namespace Asa.Repair.Guardian;

/// <summary>
/// Powers a fix should not quietly acquire: the network, running programs, reading the environment. Each is allowed when
/// the file already used it or the bug description is about it.
/// </summary>
internal static partial class CapabilityRules
{
    public sealed record Capability(string What, string[] CodePatterns, string[] BugKeywords)
    {
        public Regex Code { get; } = new(string.Join('|', CodePatterns), RegexOptions.CultureInvariant);

        public Regex Bug { get; } = new(string.Join('|', BugKeywords), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    public static readonly Capability[] Capabilities =
    [
        new("network access",
            [
                @"\brequests\.", @"\bimport requests\b", @"\burllib", @"\bhttp\.client\b", @"\bhttpx\b", @"\baiohttp\b",
                @"\bsocket\.", @"\bimport socket\b", @"\bHttpClient\b", @"\bWebClient\b", @"\bfetch\(", @"\baxios\b",
                @"\bnet/http\b", @"\bjava\.net\.(?:URL|HttpURLConnection|Socket)\b", @"\bnew URL\(", @"\bcurl\b", @"\bwget\b",
            ],
            [@"\bhttps?\b", @"\bnetwork", @"\burls?\b", @"\brequests?\b", @"\bdownload", @"\bupload", @"\bfetch", @"\bsocket", @"\bendpoint"]),
        new("process or shell execution",
            [
                @"\bsubprocess\b", @"\bos\.system\(", @"\bos\.popen\(", @"\bos\.exec\w*\(", @"\bProcess\.Start\(", @"\bProcessStartInfo\b",
                @"\bchild_process\b", @"\bexecSync\(", @"\bspawnSync\(", @"Runtime\.getRuntime\(\)\.exec", @"\bProcessBuilder\b",
                @"""os/exec""", @"\bexec\.Command\(",
                // Bare calls only: model.eval() and regex.exec() are ordinary methods.
                @"(?<![.\w])exec\(", @"(?<![.\w])eval\(", @"(?<![.\w])Function\(",
            ],
            [@"\bsubprocess", @"\bshell\b", @"\bchild process", @"\bexec\b", @"\beval\b", @"\bspawn", @"\bos\.system", @"\bProcess\.Start"]),
        new("reading the environment",
            [
                @"\bos\.environ\b", @"\bos\.getenv\(", @"\bprocess\.env\b", @"\bEnvironment\.GetEnvironmentVariables?\(",
                @"\bSystem\.getenv\(", @"\bos\.Getenv\(", @"\bos\.Environ\(", @"\bENV\[",
            ],
            [@"\benvironment\b", @"\benv\b", @"\benv vars?\b", @"\benviron", @"\bgetenv"]),
    ];

    public static IEnumerable<string> Check(FileChange change, string bugDescription)
    {
        foreach (var capability in Capabilities)
        {
            var added = change.Added.FirstOrDefault(capability.Code.IsMatch);
            if (added is null || capability.Code.IsMatch(CodeLines(change.Original)) || capability.Bug.IsMatch(bugDescription))
            {
                continue;
            }
            yield return $"The fix adds {capability.What} to {change.Path} ('{added.Trim()}'), "
                         + "which the file did not use before and the bug description does not mention.";
        }
    }

    // A comment that names a capability is not a use of it; repository text can say anything, to anyone reading it.
    private static string CodeLines(string? text) => text is null
        ? ""
        : string.Join('\n', text.Split('\n').Where(line => !CommentLine().IsMatch(line)));

    [GeneratedRegex(@"^\s*(#|//|/\*|\*|--|<!--)")]
    private static partial Regex CommentLine();
}
