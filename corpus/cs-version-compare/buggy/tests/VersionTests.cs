using Versions;

public static class VersionTests
{
    private static SemanticVersion V(string text) => SemanticVersion.Parse(text);

    public static void ParsesNumbersPrereleaseAndDropsBuildMetadata()
    {
        var version = V("2.10.3-rc.1+build.77");
        Assert.Equal((2, 10, 3, "rc.1"), (version.Major, version.Minor, version.Patch, version.Prerelease));
        Assert.Equal("2.10.3-rc.1", version.ToString());
    }

    public static void MalformedVersionsAreRejected()
    {
        Assert.Throws<FormatException>(() => V("1.2"));
        Assert.Throws<FormatException>(() => V("1.2.x"));
        Assert.Throws<FormatException>(() => V("1.2.3-"));
    }

    public static void NumbersCompareAsNumbers()
    {
        Assert.True(V("1.10.0").CompareTo(V("1.9.0")) > 0, "1.10.0 > 1.9.0");
        Assert.True(V("2.0.0").CompareTo(V("1.99.99")) > 0, "2.0.0 > 1.99.99");
        Assert.Equal(0, V("1.2.3").CompareTo(V("1.2.3+other")));
    }

    public static void AReleaseIsNewerThanItsReleaseCandidate()
    {
        Assert.True(V("2.0.0").CompareTo(V("2.0.0-rc.1")) > 0, "2.0.0 > 2.0.0-rc.1");
    }

    public static void TheNewestStableReleaseIsOffered()
    {
        var offer = UpdateCheck.Newer(V("1.2.0"), ["1.2.1", "1.10.0", "1.3.0", "2.0.0-beta"], includePrereleases: false);
        Assert.Equal("1.10.0", offer?.ToString());
    }

    public static void NothingIsOfferedWhenUpToDate()
    {
        Assert.Equal(null, UpdateCheck.Newer(V("1.10.0"), ["1.2.1", "1.10.0", "1.3.0"], includePrereleases: false));
    }
}
