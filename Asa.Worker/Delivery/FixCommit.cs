using Asa.Repair.Diffs;
using Asa.Repair.Edits;
using LibGit2Sharp;

namespace Asa.Worker.Delivery;

/// <summary>
/// Writes the verified patch as one commit on top of the cloned commit, straight into the clone's object database:
/// the clone's working tree, index and checked-out branch are not touched, and the branch is created by the publisher.
/// </summary>
public static class FixCommit
{
    /// <summary>Returns the new commit's id; throws <see cref="FormatException"/> when the patch does not apply to <paramref name="baseSha"/>.</summary>
    public static string Create(string clonePath, string baseSha, string diff, string message, Signature author)
    {
        using var repository = new Repository(clonePath);
        var parent = repository.Lookup<Commit>(baseSha) ?? throw new FormatException($"the commit {baseSha} is not in the clone.");
        var patches = GitPatch.Parse(diff);
        if (patches.Count == 0)
        {
            throw new FormatException("the patch changes nothing.");
        }
        var tree = TreeDefinition.From(parent.Tree);
        foreach (var patch in patches)
        {
            var existing = patch.OldPath is null ? null : parent[patch.OldPath];
            if (patch.OldPath is not null && existing?.TargetType != TreeEntryTargetType.Blob)
            {
                throw new FormatException($"'{patch.OldPath}' is changed by the patch but is not a file in {baseSha[..12]}.");
            }
            var (oldText, encoding) = existing?.Target is Blob blob ? Text(blob) : (null, TextEncoding.Utf8);
            var newText = patch.Apply(oldText);
            if (newText is null)
            {
                tree.Remove(patch.OldPath!);
                continue;
            }
            if (patch.OldPath is not null && patch.OldPath != patch.NewPath)
            {
                tree.Remove(patch.OldPath);
            }
            // A Latin-1 file stays Latin-1, so the bytes outside the changed lines stay as they were.
            using var content = new MemoryStream((encoding == TextEncoding.Latin1 ? TextEncoding.Latin1 : TextEncoding.Utf8).Encode(newText));
            var newBlob = repository.ObjectDatabase.CreateBlob(content);
            tree.Add(patch.NewPath!, newBlob, Mode(patch.NewMode, existing?.Mode));
        }
        var commit = repository.ObjectDatabase.CreateCommit(
            author, author, message, repository.ObjectDatabase.CreateTree(tree), [parent], prettifyMessage: true);
        return commit.Sha;
    }

    // Not Blob.GetContentText: it drops a byte order mark, which the diff keeps as part of the first line.
    private static (string Text, TextEncoding Encoding) Text(Blob blob)
    {
        using var content = blob.GetContentStream();
        using var bytes = new MemoryStream();
        content.CopyTo(bytes);
        var (text, encoding) = TextEncoding.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        return (encoding == TextEncoding.Utf8WithBom ? '\uFEFF' + text : text, encoding);
    }

    private static Mode Mode(string? declared, Mode? existing) => declared switch
    {
        "100755" => LibGit2Sharp.Mode.ExecutableFile,
        "100644" => LibGit2Sharp.Mode.NonExecutableFile,
        null => existing ?? LibGit2Sharp.Mode.NonExecutableFile,
        _ => throw new FormatException($"the file mode {declared} is not supported."),
    };
}
