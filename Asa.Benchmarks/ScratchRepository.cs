using Asa.Corpus;

namespace Asa.Benchmarks;

/// <summary>A one-commit git repository (a Python module and its test) in a temp directory, removed on dispose.</summary>
public sealed class ScratchRepository : IDisposable
{
    private ScratchRepository(string path) => Path = path;

    public string Path { get; }

    public static async Task<ScratchRepository> CreateAsync(CancellationToken cancellationToken)
    {
        var path = Directory.CreateTempSubdirectory("asa-bench-repo-").FullName;
        var repository = new ScratchRepository(path);
        try
        {
            await File.WriteAllTextAsync(System.IO.Path.Combine(path, "calc.py"),
                "def add(a, b):\n    return a - b\n", cancellationToken);
            await File.WriteAllTextAsync(System.IO.Path.Combine(path, "test_calc.py"),
                "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n", cancellationToken);
            await GitCommand.RunAsync(path, cancellationToken, "init", "--quiet", "--initial-branch=main");
            await GitCommand.RunAsync(path, cancellationToken, "add", "--all");
            await GitCommand.RunAsync(path, cancellationToken, "-c", "user.name=asa-bench", "-c", "user.email=asa-bench@localhost",
                "commit", "--quiet", "--message", "add() and its test");
            return repository;
        }
        catch
        {
            repository.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless; the figures matter more than the cleanup.
        }
    }
}
