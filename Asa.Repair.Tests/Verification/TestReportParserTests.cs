using Asa.Repair.Verification;

namespace Asa.Repair.Tests.Verification;

public sealed class TestReportParserTests
{
    [Fact]
    public void ReadsSurefiresJUnitXml()
    {
        var tests = TestReportParser.ParseJUnitXml("""
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="shop.CartTest" tests="3" failures="1" errors="1" skipped="0">
              <testcase name="total" classname="shop.CartTest" time="0.01"/>
              <testcase name="discount" classname="shop.CartTest" time="0.01"><failure message="expected:&lt;9&gt; but was:&lt;10&gt;" type="java.lang.AssertionError">trace</failure></testcase>
              <testcase name="empty" classname="shop.CartTest" time="0.01"><error message="NullPointerException">trace</error></testcase>
            </testsuite>
            """)!;

        Assert.Equal(TestOutcome.Passed, tests["shop.CartTest::total"].Outcome);
        Assert.Equal(new TestResult(TestOutcome.Failed, "expected:<9> but was:<10>", "shop.CartTest"), tests["shop.CartTest::discount"]);
        Assert.Equal(TestOutcome.Failed, tests["shop.CartTest::empty"].Outcome);
    }

    [Fact]
    public void ReadsDotnetTestsTrx()
    {
        var tests = TestReportParser.ParseTrx("\uFEFF" + """
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                <UnitTestResult testId="a1" testName="Shop.CartChecks.Total" outcome="Passed" />
                <UnitTestResult testId="b2" testName="Shop.CartChecks.Discount" outcome="Failed">
                  <Output><ErrorInfo><Message>Assert.Equal() Failure: Expected 9, Actual 10</Message></ErrorInfo></Output>
                </UnitTestResult>
                <UnitTestResult testId="c3" testName="Shop.CartChecks.Later" outcome="NotExecuted" />
              </Results>
              <TestDefinitions>
                <UnitTest name="Shop.CartChecks.Total" id="a1"><TestMethod className="Shop.CartChecks" name="Total" /></UnitTest>
                <UnitTest name="Shop.CartChecks.Discount" id="b2"><TestMethod className="Shop.CartChecks" name="Discount" /></UnitTest>
                <UnitTest name="Shop.CartChecks.Later" id="c3"><TestMethod className="Shop.CartChecks" name="Later" /></UnitTest>
              </TestDefinitions>
            </TestRun>
            """)!;

        Assert.Equal(new TestResult(TestOutcome.Passed, "", "Shop.CartChecks"), tests["Shop.CartChecks.Total"]);
        Assert.Equal(new TestResult(TestOutcome.Failed, "Assert.Equal() Failure: Expected 9, Actual 10", "Shop.CartChecks"), tests["Shop.CartChecks.Discount"]);
        Assert.Equal(TestOutcome.Skipped, tests["Shop.CartChecks.Later"].Outcome);
    }

    [Fact]
    public void AnUnreadableReportIsNoReport()
    {
        Assert.Null(TestReportParser.ParseJUnitXml("<testsuite><testcase"));
        Assert.Null(TestReportParser.ParseNodeLines("{\"file\": \"a.js\""));
    }
}
