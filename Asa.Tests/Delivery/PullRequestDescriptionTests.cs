using Asa.Core.Data;
using Asa.Core.Tasks;
using Asa.Protos.V1;
using Asa.Worker.Delivery;

namespace Asa.Tests.Delivery;

public sealed class PullRequestDescriptionTests
{
    private static readonly Guid TaskId = Guid.Parse("01a21945-7416-715b-bab7-8340bb183ce8");

    [Theory]
    [InlineData("add() subtracts instead of adding", "Fix: add() subtracts instead of adding")]
    [InlineData("The total is wrong. It ignores the discount.\nMore detail.", "Fix: The total is wrong")]
    [InlineData("add(2, 3) returns -1 instead of 5: add() subtracts its second argument instead of adding it.",
        "Fix: add(2, 3) returns -1 instead of 5: add() subtracts its second…")]
    [InlineData("Parsing a CSV line with quoted commas splits the quoted field into two fields and shifts every later column",
        "Fix: Parsing a CSV line with quoted commas splits the quoted field…")]
    public void TheTitleIsTheBugsFirstSentenceWithinSeventyTwoCharacters(string bug, string title)
    {
        Assert.Equal(title, PullRequestDescription.Title(bug));
        Assert.True(title.Length <= 72);
    }

    [Fact]
    public void TheBodyTellsTheBugTheChangeTheTestsBeforeAndAfterTheConfidenceTheCostAndWhoWroteIt()
    {
        var body = PullRequestDescription.Body(Facts(diff: Diff(3), bug: "add() subtracts", tokens: 12_345, cost: 0.0123m));

        Assert.Contains("## Bug\n\n> add() subtracts\n", body);
        Assert.Contains("- `calculator.py`", body);
        Assert.Contains("<details><summary>The diff (", body);
        Assert.Contains("```diff\n--- a/calculator.py", body);
        Assert.Contains("| tests before the fix | `pytest -q` | failed (exit 1) | 1.5 s |", body);
        Assert.Contains("| tests with the fix | `pytest -q` | passed | 0.8 s |", body);
        Assert.Contains("**Confidence:** 62%, after 4 candidate(s).", body);
        Assert.Contains("**Cost:** $0.0123 for 12,345 model tokens.", body);
        Assert.EndsWith($"for task `{TaskId}`. The change passed the tests above in an isolated sandbox; review it as you would any contribution.</sub>\n", body);
    }

    [Fact]
    public void ALongDiffAndDescriptionAreFoldedAndCutSoTheBodyFitsGitHubsLimitWithItsFooter()
    {
        var body = PullRequestDescription.Body(Facts(diff: Diff(20_000), bug: new string('x', 90_000), tokens: 0, cost: 0));

        Assert.InRange(body.Length, PullRequestDescription.GitHubBodyLimit - 2_000, PullRequestDescription.GitHubBodyLimit);
        Assert.Contains("<details><summary>The whole description</summary>", body);
        Assert.Contains("cut to fit GitHub's size limit", body);
        Assert.Contains("| tests with the fix |", body);
        Assert.Contains("**Cost:** $0.00; no model was used.", body);
        Assert.EndsWith("review it as you would any contribution.</sub>\n", body);
    }

    [Fact]
    public void ACommandWithPipesAndBackticksStaysInsideItsTableCell()
    {
        var facts = Facts(diff: Diff(1), bug: "bug", tokens: 0, cost: 0) with
        {
            TestRuns = [Run(TestPhases.AfterFix, "npm test | tee `date`.log", passed: true, 100)],
        };

        var body = PullRequestDescription.Body(facts);

        Assert.Contains("| tests with the fix | `` npm test \\| tee `date`.log `` | passed | 0.1 s |", body);
    }

    private static PullRequestFacts Facts(string diff, string bug, long tokens, decimal cost) => new(
        TaskId, bug,
        new TaskFix { Diff = diff, Rationale = "add() subtracted; it adds now.", Confidence = 0.62, Attempts = 4, ChangedFiles = { "calculator.py" } },
        [Run(TestPhases.BeforeFix, "pytest -q", passed: false, 1500), Run(TestPhases.AfterFix, "pytest -q", passed: true, 800)],
        tokens, cost);

    private static TestRunRecord Run(string phase, string command, bool passed, long milliseconds) => new()
    {
        Phase = phase, Command = command, Passed = passed, ExitCode = passed ? 0 : 1, DurationMs = milliseconds,
        OutputTail = passed ? "2 passed" : "1 failed", RanAt = DateTime.UtcNow,
    };

    private static string Diff(int changedLines) =>
        "--- a/calculator.py\n+++ b/calculator.py\n@@ -1 +1 @@\n" + string.Concat(Enumerable.Range(0, changedLines).Select(i => $"-old {i}\n+new {i}\n"));
}
