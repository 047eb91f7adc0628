using Versions;

public static class HeldBackTests
{
    private static SemanticVersion V(string text) => SemanticVersion.Parse(text);

    public static void PrereleasesSortByTheirIdentifiers()
    {
        string[] ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1-alpha"];
        var shuffled = new[] { 4, 8, 0, 6, 2, 7, 1, 5, 3 }.Select(i => V(ordered[i])).ToList();
        shuffled.Sort();
        Assert.SequenceEqual(ordered, shuffled.Select(v => v.ToString()));
    }

    public static void ComparisonIsAntisymmetric()
    {
        Assert.True(V("1.0.0-beta").CompareTo(V("1.0.0-alpha")) > 0, "beta > alpha");
        Assert.True(V("1.0.0-alpha").CompareTo(V("1.0.0-beta")) < 0, "alpha < beta");
        Assert.True(V("3.1.0-rc.1").CompareTo(V("3.1.0")) < 0, "3.1.0-rc.1 < 3.1.0");
    }

    public static void AReleaseCandidateIsNoUpdateForItsRelease()
    {
        Assert.Equal(null, UpdateCheck.Newer(V("3.1.0"), ["3.1.0-rc.1", "3.0.9"], includePrereleases: true));
    }

    public static void TesterMovesFromCandidateToRelease()
    {
        var offer = UpdateCheck.Newer(V("3.0.0-rc.1"), ["3.0.0-beta.2", "3.0.0", "3.0.0-rc.2"], includePrereleases: true);
        Assert.Equal("3.0.0", offer?.ToString());
    }

    public static void TesterGetsTheLatestCandidate()
    {
        var offer = UpdateCheck.Newer(V("3.0.0"), ["3.1.0-rc.1", "3.1.0-rc.2", "3.1.0-beta.9"], includePrereleases: true);
        Assert.Equal("3.1.0-rc.2", offer?.ToString());
        Assert.Equal(null, UpdateCheck.Newer(V("3.0.0"), ["3.1.0-rc.1", "3.1.0-rc.2"], includePrereleases: false));
    }
}
