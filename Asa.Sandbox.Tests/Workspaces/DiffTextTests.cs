using System.Text;
using Asa.Sandbox.Workspaces;

namespace Asa.Sandbox.Tests.Workspaces;

public sealed class DiffTextTests
{
    [Fact]
    public void EachFilesPartIsUtf8WhenValidAndLatin1Otherwise()
    {
        var utf8Part = "diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -1 +1 @@\n-x = 'd\u00e9j\u00e0'\n+y = 'd\u00e9j\u00e0'\n";
        var latin1Part = "diff --git a/b.py b/b.py\n--- a/b.py\n+++ b/b.py\n@@ -1 +1 @@\n-caf\u00e9 = 1\n+caf\u00e9 = 2\n";
        byte[] diff = [.. Encoding.UTF8.GetBytes(utf8Part), .. Encoding.Latin1.GetBytes(latin1Part)];

        Assert.Equal(utf8Part + latin1Part, DiffText.Decode(diff));
    }
}
