using System.Text.RegularExpressions;
using Asa.Tests.Infrastructure;

namespace Asa.Repair.Tests.Architecture;

/// <summary>
/// The worker's feature folders depend on each other one way only: the queue's loops on the task lifecycle, the
/// lifecycle on the pipeline, the pipeline on storage, the sandbox client, delivery and the model. <c>Extensions/</c>,
/// the composition root, may use them all.
/// </summary>
public sealed partial class WorkerFolderTests
{
    [Fact]
    public void NoTwoFoldersOfTheWorkerUseEachOther()
    {
        var worker = Path.Combine(SolutionPaths.Root, "Asa.Worker");
        var folders = Directory.GetDirectories(worker).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "Extensions" or "Properties"))
            .ToList();
        var uses = folders.ToDictionary(folder => folder, folder => Directory
            .EnumerateFiles(Path.Combine(worker, folder), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => WorkerNamespace().Matches(File.ReadAllText(file)).Select(match => match.Groups["folder"].Value))
            .Where(used => used != folder && folders.Contains(used))
            .ToHashSet(StringComparer.Ordinal));

        var loops = folders.SelectMany(a => uses[a].Where(b => uses[b].Contains(a) && string.CompareOrdinal(a, b) < 0).Select(b => $"{a} <-> {b}")).ToList();

        Assert.True(uses["Pipeline"].Contains("Storage"), "the check reads the worker's sources");
        Assert.Empty(loops);
    }

    [GeneratedRegex(@"\bAsa\.Worker\.(?<folder>[A-Z]\w*)")]
    private static partial Regex WorkerNamespace();
}
