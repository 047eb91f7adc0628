namespace Versions;

public static class UpdateCheck
{
    /// <summary>
    /// The newest of <paramref name="available"/> that is newer than <paramref name="installed"/>, or null; pre-releases
    /// are only offered to users who opted in.
    /// </summary>
    public static SemanticVersion? Newer(SemanticVersion installed, IEnumerable<string> available, bool includePrereleases)
    {
        SemanticVersion? best = null;
        foreach (var candidate in available.Select(SemanticVersion.Parse))
        {
            if (candidate.IsPrerelease && !includePrereleases) continue;
            if (candidate.CompareTo(installed) <= 0) continue;
            if (best is null || candidate.CompareTo(best) > 0) best = candidate;
        }
        return best;
    }
}
