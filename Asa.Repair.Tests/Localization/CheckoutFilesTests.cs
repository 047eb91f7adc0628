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

    [Fact]
    public void BuildOutputNamesAreSkippedAtTheRootAndBesideAProjectFileButAreCodeDeeperIn()
    {
        checkout
            .Write("src/com/acme/build/ModuleGraph.java", "class ModuleGraph {}\n")
            .Write("lib/dist/units.py", "KM = 1000\n")
            .Write("target/classes/Stale.java", "x")
            .Write("web/package.json", "{}")
            .Write("web/dist/bundle.js", "x")
            .Write("web/src/app.js", "export {};\n")
            .Write("service/Service.csproj", "<Project />")
            .Write("service/obj/Generated.cs", "x")
            .Write("service/bin/Release/App.cs", "x");

        var files = CheckoutFiles.Read(checkout.Root, CancellationToken.None);

        Assert.Equal(["lib/dist/units.py", "service/Service.csproj", "src/com/acme/build/ModuleGraph.java", "web/package.json", "web/src/app.js"],
            files.Select(f => f.Path));
    }
}
