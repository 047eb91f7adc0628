using System.Text.RegularExpressions;

namespace Asa.Repair.Guardian;

/// <summary>Code no bug fix needs to add: credentials written into the source, and code hidden from a reader.</summary>
internal static class SuspiciousCodeRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static readonly (string What, Regex Pattern)[] Secrets =
    [
        ("a private key", new(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----", Options)),
        ("an AWS access key id", new(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", Options)),
        ("a GitHub token", new(@"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})", Options)),
        ("an OpenAI-style secret key", new(@"\bsk-[A-Za-z0-9_-]{20,}", Options)),
        ("a Slack token", new(@"\bxox[abposr]-[A-Za-z0-9-]{10,}|hooks\.slack\.com/services/", Options)),
        ("a hard-coded credential",
            new(@"\b\w*(?:password|passwd|secret|token|api_?key|apikey)\b[""']?\s*[:=]\s*[@$]?[""'][^""'\n]{8,}[""']",
                Options | RegexOptions.IgnoreCase)),
    ];

    /// <summary>Matched against all the lines a change adds at once, so a decode and an eval on different lines are seen together.</summary>
    public static readonly (string What, Regex Pattern)[] Obfuscation =
    [
        ("a long base64-looking literal", new(@"[A-Za-z0-9+/]{120,}={0,2}", Options)),
        ("base64 decoding fed to exec or eval",
            new(@"^(?=.*(?:b64decode|\batob\(|FromBase64String|getDecoder\(\)\.decode|[""']base64[""'])).*(?<![.\w])(?:exec|eval|Function)\s*\(",
                Options | RegexOptions.Singleline)),
        ("a long run of \\x escapes", new(@"(?:\\x[0-9A-Fa-f]{2}){16,}", Options)),
        ("a String.fromCharCode chain",
            new(@"String\.fromCharCode\(\s*\d+\s*(?:,\s*\d+\s*){4,}\)|(?:String\.fromCharCode\([^)]*\)\s*\+\s*){2,}String\.fromCharCode\(", Options)),
        ("a chr() chain", new(@"(?:\bchr\(\s*\d+\s*\)\s*\+\s*){2,}chr\(", Options)),
    ];

    public static IEnumerable<string> Check(FileChange change)
    {
        var newLines = change.NewLines;
        foreach (var (what, pattern) in Secrets)
        {
            if (newLines.Any(pattern.IsMatch))
            {
                yield return $"The fix adds what looks like {what} to {change.Path}.";
            }
        }
        var added = string.Join('\n', newLines);
        foreach (var (what, pattern) in Obfuscation)
        {
            if (pattern.IsMatch(added))
            {
                yield return $"The fix adds obfuscated code to {change.Path} ({what}).";
            }
        }
    }
}
