namespace Asa.Repair.Indexing;

/// <summary>
/// Which folders of a checkout hold what a build made rather than code: <c>bin</c>, <c>obj</c>, <c>target</c>,
/// <c>dist</c> and <c>build</c> where a build tool puts them, at the checkout's root or beside a project file. Deeper,
/// the same names are code: a Java package <c>com.acme.build</c> lives in <c>src/com/acme/build/</c>.
/// </summary>
public static class BuildOutput
{
    private static readonly HashSet<string> OutputNames = new(StringComparer.Ordinal) { "bin", "obj", "target", "dist", "build" };

    private static readonly HashSet<string> ProjectFiles = new(StringComparer.Ordinal)
    {
        "package.json", "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "build.xml",
        "setup.py", "setup.cfg", "pyproject.toml", "Cargo.toml", "go.mod", "Makefile", "CMakeLists.txt", "global.json",
    };

    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj", ".sln", ".slnx"];

    /// <summary>Whether <paramref name="directory"/> is a build's output folder of the checkout at <paramref name="root"/>.</summary>
    public static bool Is(DirectoryInfo directory, string root)
    {
        if (!OutputNames.Contains(directory.Name) || directory.Parent is not { } parent)
        {
            return false;
        }
        return Path.GetRelativePath(root, parent.FullName) == "."
            || parent.EnumerateFiles().Any(file => ProjectFiles.Contains(file.Name) || ProjectExtensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase));
    }
}
