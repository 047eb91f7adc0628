using System.Globalization;
using System.Text;

namespace Asa.Repair.Engine;

/// <summary>
/// The candidates one run of a parser checks (<see cref="SyntaxCheckers"/>), written small: each unchanged file once,
/// each candidate as its <see cref="Splice"/> of one. The text is UTF-8 and every offset and length counts its bytes,
/// which Python and Java read alike:
/// <code>
/// ASA-SYNTAX-BATCH 1
/// file &lt;file id&gt; &lt;bytes&gt; &lt;path&gt;     then the unchanged file's bytes and a newline
/// candidate &lt;id&gt; &lt;file id&gt; &lt;start&gt; &lt;end&gt; &lt;bytes&gt;     then the replacement's bytes and a newline
/// </code>
/// The checker answers <c>ASA-SYNTAX file|candidate &lt;id&gt; ok|error|unknown [message]</c> for each, then
/// <c>ASA-SYNTAX end</c>.
/// </summary>
public static class SyntaxBatch
{
    public const string Header = "ASA-SYNTAX-BATCH 1";
    public const string Mark = "ASA-SYNTAX";

    /// <summary>The batch for the candidates: their files' unchanged texts first, then each one's splice; ids are the candidates' places in the list.</summary>
    public static string Write(IReadOnlyList<CandidateEdit> candidates)
    {
        var text = new StringBuilder(Header).Append('\n');
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (files.TryAdd(candidate.Path, files.Count))
            {
                text.Append(CultureInfo.InvariantCulture, $"file {files[candidate.Path]} {Bytes(candidate.Original)} {candidate.Path.ReplaceLineEndings(" ")}\n")
                    .Append(candidate.Original).Append('\n');
            }
        }
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var splice = Splice.Between(candidate.Original, candidate.Changed);
            var start = Bytes(candidate.Original.AsSpan(0, splice.Start));
            var end = start + Bytes(candidate.Original.AsSpan(splice.Start, splice.End - splice.Start));
            text.Append(CultureInfo.InvariantCulture, $"candidate {i} {files[candidate.Path]} {start} {end} {Bytes(splice.Replacement)}\n")
                .Append(splice.Replacement).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>What a checker's output says, or null when it did not finish its batch (the checker could not run).</summary>
    public static SyntaxBatchResult? Read(string output)
    {
        var files = new Dictionary<int, (SyntaxVerdict, string)>();
        var candidates = new Dictionary<int, (SyntaxVerdict, string)>();
        var ended = false;
        foreach (var line in output.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split(' ', 5);
            if (fields[0] != Mark || fields.Length < 2)
            {
                continue;
            }
            if (fields[1] == "end")
            {
                ended = true;
            }
            else if (fields.Length >= 4 && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                     && VerdictOf(fields[3]) is { } verdict)
            {
                var entry = (verdict, fields.Length > 4 ? fields[4] : "");
                _ = fields[1] switch
                {
                    "file" => files.TryAdd(id, entry),
                    "candidate" => candidates.TryAdd(id, entry),
                    _ => false,
                };
            }
        }
        return ended ? new SyntaxBatchResult(files, candidates) : null;
    }

    private static SyntaxVerdict? VerdictOf(string word) => word switch
    {
        "ok" => SyntaxVerdict.Parses,
        "error" => SyntaxVerdict.Fails,
        "unknown" => SyntaxVerdict.Unchecked,
        _ => null,
    };

    private static int Bytes(ReadOnlySpan<char> text) => Encoding.UTF8.GetByteCount(text);
}
