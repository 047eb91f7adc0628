using Asa.Repair.Verification;

namespace Asa.Repair.Tests.Verification;

public sealed class BugTestsTests
{
    private static readonly Func<string, TestResult, bool> MayStillFail =
        BugTests.MayStillFail("Leap years are computed wrongly: isLeapYear(2024) returns false, and daysInMonth(2024, 2) returns 28.");

    [Theory]
    [InlineData("test/calendar.test.js::other leap years", "false !== true")]
    [InlineData("tests.test_calendar::test_days_in_month", "assert 28 == 29")]
    [InlineData("tests.test_calendar::test_feb", "daysInMonth(2024, 2) was 28")]
    public void ATestSharingAWordWithTheBugReportIsTheBugsAndMustPass(string id, string message) =>
        Assert.False(MayStillFail(id, new TestResult(TestOutcome.Failed, message, null)));

    [Theory]
    [InlineData("tests.test_currency::test_format_euro", "ModuleNotFoundError: No module named 'babel'")]
    [InlineData("test/io.test.js::writes the cache", "EACCES: permission denied")]
    public void AnUnrelatedFailingTestMayGoOnFailing(string id, string message) =>
        Assert.True(MayStillFail(id, new TestResult(TestOutcome.Failed, message, null)));

    [Fact]
    public void IdentifiersSplitIntoTheirWords() =>
        Assert.Equal(["days", "http", "leap", "month", "server", "year"],
            BugTests.Words("isLeapYear days_in_month HTTPServer it returns").Order(StringComparer.Ordinal));
}
