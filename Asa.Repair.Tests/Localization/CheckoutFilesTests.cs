using Asa.Repair.Localization;

namespace Asa.Repair.Tests.Localization;

public sealed class CheckoutFilesTests : IDisposable
{
    private readonly ScratchCheckout checkout = new();
    private readonly DirectoryInfo outside = Directory.CreateTempSubdirectory("asa-outside-");

    public void Dispose()
    {
        checkout.Dispose();
        outside.Delete(recursive: true);
    }

    [Fact]
    public void ReadsSourceButNotDependenciesBuildOutputBinariesHugeFilesOrLinks()
    {
        checkout
            .Write("src/app.py", "def main(): pass\n")
            .Write("node_modules/lib/index.js", "x")
            .Write("build/out.js", "x")
            .Write(".venv/lib/site.py", "x")
            .Write("huge.txt", new string('a', CheckoutFiles.MaxFileBytes + 1));
        File.WriteAllBytes(Path.Combine(checkout.Root, "logo.png"), [0x89, 0x50, 0x00, 0x47]);
        File.WriteAllText(Path.Combine(outside.FullName, "secret.py"), "TOKEN = 'x'");
        Directory.CreateSymbolicLink(Path.Combine(checkout.Root, "escape"), outside.FullName);
        File.CreateSymbolicLink(Path.Combine(checkout.Root, "link.py"), Path.Combine(outside.FullName, "secret.py"));

        var files = CheckoutFiles.Read(checkout.Root, CancellationToken.None);

        Assert.Equal(["src/app.py"], files.Select(f => f.Path));
    }
}
