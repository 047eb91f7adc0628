using System.Globalization;
using System.Text;
using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Fakes;

/// <summary>
/// Answers a syntax checker's run (<see cref="SyntaxCheckers"/>) in the in-memory sandbox as the real checkers do: it
/// reads the batch file written into the workspace byte by byte, rebuilds every candidate from its splice, and prints
/// one verdict line for each unchanged file and each candidate, judged by <paramref name="parses"/> (path, text).
/// </summary>
public sealed class FakeParserCheck(Func<string, string, bool> parses)
{
    /// <summary>Every text the checker was given, in order: the unchanged files and the rebuilt candidates.</summary>
    public List<(string Kind, string Path, string Text)> Checked { get; } = [];

    public int Runs { get; private set; }

    public static bool IsCheck(string command) => command.Contains(SyntaxCheckers.BatchFile, StringComparison.Ordinal);

    public CommandRun Answer(IReadOnlyDictionary<string, string> files)
    {
        lock (Checked)
        {
            Runs++;
            var output = new StringBuilder();
            foreach (var (kind, id, path, text) in Decode(files[SyntaxCheckers.BatchFile]))
            {
                Checked.Add((kind, path, text));
                output.Append(CultureInfo.InvariantCulture,
                    $"{SyntaxBatch.Mark} {kind} {id} {(parses(path, text) ? "ok" : "error line 1: invalid syntax")}\n");
            }
            output.Append(SyntaxBatch.Mark).Append(" end\n");
            return new CommandRun(0, [], TimeSpan.FromMilliseconds(5), output.ToString());
        }
    }

    /// <summary>The batch's entries, each candidate rebuilt from its file and splice as the checkers rebuild it.</summary>
    public static IEnumerable<(string Kind, int Id, string Path, string Text)> Decode(string batch)
    {
        var data = Encoding.UTF8.GetBytes(batch);
        var pos = 0;
        string Line()
        {
            var end = Array.IndexOf(data, (byte)'\n', pos);
            var line = Encoding.UTF8.GetString(data, pos, end - pos);
            pos = end + 1;
            return line;
        }
        byte[] Chunk(int length)
        {
            var chunk = data[pos..(pos + length)];
            Assert.Equal((byte)'\n', data[pos + length]);
            pos += length + 1;
            return chunk;
        }
        Assert.Equal(SyntaxBatch.Header, Line());
        var originals = new Dictionary<string, (string Path, byte[] Bytes)>();
        while (pos < data.Length)
        {
            var fields = Line().Split(' ');
            if (fields[0] == "file")
            {
                var original = Chunk(int.Parse(fields[2], CultureInfo.InvariantCulture));
                originals[fields[1]] = (string.Join(' ', fields[3..]), original);
                yield return ("file", int.Parse(fields[1], CultureInfo.InvariantCulture), originals[fields[1]].Path, Encoding.UTF8.GetString(original));
            }
            else
            {
                Assert.Equal("candidate", fields[0]);
                var (path, original) = originals[fields[2]];
                var (start, end) = (int.Parse(fields[3], CultureInfo.InvariantCulture), int.Parse(fields[4], CultureInfo.InvariantCulture));
                byte[] text = [.. original[..start], .. Chunk(int.Parse(fields[5], CultureInfo.InvariantCulture)), .. original[end..]];
                yield return ("candidate", int.Parse(fields[1], CultureInfo.InvariantCulture), path, Encoding.UTF8.GetString(text));
            }
        }
    }
}
