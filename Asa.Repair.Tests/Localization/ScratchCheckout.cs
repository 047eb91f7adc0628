namespace Asa.Repair.Tests.Localization;

/// <summary>A checkout in a temporary directory, removed on dispose.</summary>
public sealed class ScratchCheckout : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("asa-localize-");

    public string Root => root.FullName;

    public ScratchCheckout Write(string relativePath, string content)
    {
        var path = Path.Combine(root.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public void Dispose() => root.Delete(recursive: true);
}
