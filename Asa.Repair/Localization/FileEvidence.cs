namespace Asa.Repair.Localization;

/// <summary>The evidence gathered for one file while ranking, each kind bounded so no single kind runs away.</summary>
internal sealed class FileEvidence(string path, bool isTest)
{
    private readonly List<(double Weight, string Text)> reasons = [];
    private readonly List<int> frameLines = [];
    private readonly List<int> symbolLines = [];
    private double strongestFrame;
    private double names;
    private double other;

    public string Path { get; } = path;

    public bool IsTest { get; } = isTest;

    public void AddFrame(double weight, int line, string reason)
    {
        if (frameLines.Contains(line))
        {
            return;
        }
        frameLines.Add(line);
        strongestFrame = Math.Max(strongestFrame, weight);
        reasons.Add((weight, reason));
    }

    public void AddNamedSymbol(double weight, int line, string reason, double cap)
    {
        names = Math.Min(cap, names + weight);
        if (!symbolLines.Contains(line))
        {
            symbolLines.Add(line);
        }
        reasons.Add((weight, reason));
    }

    public void Add(double weight, string reason)
    {
        other += weight;
        reasons.Add((weight, reason));
    }

    // Further frames in a file add a little: that a file appears at all is the news, not how often.
    private double FrameScore => frameLines.Count == 0 ? 0 : strongestFrame + Math.Min(2, 0.5 * (frameLines.Count - 1));

    public double Score(double testFactor) => (FrameScore + names + other) * (IsTest ? testFactor : 1);

    public RankedFile ToRankedFile(double testFactor, int maxLines, int maxReasons)
    {
        var ordered = reasons.OrderByDescending(r => r.Weight).Select(r => r.Text).Distinct(StringComparer.Ordinal).Take(maxReasons).ToList();
        if (IsTest)
        {
            ordered.Add("test file: ranked below code with the same evidence");
        }
        var lines = frameLines.Concat(symbolLines).Distinct().Take(maxLines).ToList();
        return new RankedFile(Path, Math.Round(Score(testFactor), 6), IsTest, lines, ordered);
    }
}
