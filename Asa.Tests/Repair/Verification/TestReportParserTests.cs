using Asa.Worker.Repair.Verification;

namespace Asa.Tests.Repair.Verification;

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
    public void AnUnreadableReportIsNoReport()
    {
        Assert.Null(TestReportParser.ParseJUnitXml("<testsuite><testcase"));
        Assert.Null(TestReportParser.ParseNodeLines("{\"file\": \"a.js\""));
    }
}
