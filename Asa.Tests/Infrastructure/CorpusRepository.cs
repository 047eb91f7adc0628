namespace Asa.Tests.Infrastructure;

/// <summary>A corpus case's buggy repository (corpus/&lt;case&gt;/buggy) as a fresh git repository.</summary>
public static class CorpusRepository
{
    public static string CaseDirectory(string name) => Path.Combine(SolutionPaths.Root, "corpus", name);

    public static Task<GitRepository> BuildAsync(string name)
    {
        var buggy = Path.Combine(CaseDirectory(name), "buggy");
        var builder = new GitRepositoryBuilder();
        foreach (var file in Directory.EnumerateFiles(buggy, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            builder.WithFile(Path.GetRelativePath(buggy, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
        return builder.Commit("The buggy version").BuildAsync();
    }
}
