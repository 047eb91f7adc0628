namespace Versions;

/// <summary>A version such as 1.4.2 or 2.0.0-rc.1; build metadata after '+' is accepted and ignored in comparisons.</summary>
public sealed class SemanticVersion : IComparable<SemanticVersion>
{
    private SemanticVersion(int major, int minor, int patch, string prerelease)
    {
        (Major, Minor, Patch, Prerelease) = (major, minor, patch, prerelease);
    }

    public int Major { get; }
    public int Minor { get; }
    public int Patch { get; }

    /// <summary>The dot-separated pre-release part after '-', or "" for a release.</summary>
    public string Prerelease { get; }

    public bool IsPrerelease => Prerelease.Length > 0;

    public static SemanticVersion Parse(string text)
    {
        var withoutBuild = text.Split('+')[0];
        var dash = withoutBuild.IndexOf('-');
        var core = dash < 0 ? withoutBuild : withoutBuild[..dash];
        var prerelease = dash < 0 ? "" : withoutBuild[(dash + 1)..];
        var numbers = core.Split('.');
        if (numbers.Length != 3 || (dash >= 0 && prerelease.Length == 0))
        {
            throw new FormatException($"'{text}' is not a version like 1.2.3 or 1.2.3-beta.1");
        }
        var parts = numbers.Select(n => int.TryParse(n, out var value) && value >= 0 ? value : throw new FormatException($"'{text}' has a bad number '{n}'")).ToArray();
        return new SemanticVersion(parts[0], parts[1], parts[2], prerelease);
    }

    public int CompareTo(SemanticVersion? other)
    {
        if (other is null) return 1;
        if (Major != other.Major) return Major.CompareTo(other.Major);
        if (Minor != other.Minor) return Minor.CompareTo(other.Minor);
        if (Patch != other.Patch) return Patch.CompareTo(other.Patch);
        return ComparePrerelease(Prerelease, other.Prerelease);
    }

    public override string ToString() => IsPrerelease ? $"{Major}.{Minor}.{Patch}-{Prerelease}" : $"{Major}.{Minor}.{Patch}";

    // A release ranks above its own pre-releases; pre-releases compare identifier by identifier.
    private static int ComparePrerelease(string left, string right)
    {
        if (left == right) return 0;
        if (left.Length == 0) return 1;
        if (right.Length == 0) return -1;
        var leftIds = left.Split('.');
        var rightIds = right.Split('.');
        for (var i = 0; i < Math.Min(leftIds.Length, rightIds.Length); i++)
        {
            var byIdentifier = CompareIdentifier(leftIds[i], rightIds[i]);
            if (byIdentifier != 0) return byIdentifier;
        }
        return leftIds.Length.CompareTo(rightIds.Length);
    }

    // Numeric identifiers compare as numbers and rank below alphanumeric ones.
    private static int CompareIdentifier(string left, string right)
    {
        var leftIsNumber = int.TryParse(left, out var leftNumber);
        var rightIsNumber = int.TryParse(right, out var rightNumber);
        if (leftIsNumber && rightIsNumber) return leftNumber.CompareTo(rightNumber);
        if (leftIsNumber) return -1;
        if (rightIsNumber) return 1;
        return string.CompareOrdinal(left, right);
    }
}
