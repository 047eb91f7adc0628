using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Asa.Repair.Verification;

/// <summary>
/// Reads the runners' machine-readable reports: JUnit XML (pytest's <c>--junit-xml</c>, Maven Surefire, Gradle),
/// Visual Studio's TRX (<c>dotnet test</c>) and the JSON lines of ASA's reporter for Node's test runner. A report that cannot be read is no report, never an empty one.
/// </summary>
public static class TestReportParser
{
    private const int MessageChars = 400;

    /// <summary>The tests of a JUnit XML document, or null when it is not one.</summary>
    public static Dictionary<string, TestResult>? ParseJUnitXml(string xml)
    {
        XDocument document;
        try
        {
            // Printed files keep their byte order mark, which the XML parser takes for text before the root.
            document = XDocument.Parse(xml.TrimStart('\uFEFF', ' ', '\r', '\n'), LoadOptions.None);
        }
        catch (XmlException)
        {
            return null;
        }
        var tests = new Dictionary<string, TestResult>(StringComparer.Ordinal);
        foreach (var testCase in document.Descendants("testcase"))
        {
            var className = (string?)testCase.Attribute("classname") ?? "";
            var name = (string?)testCase.Attribute("name") ?? "";
            var failure = testCase.Element("failure") ?? testCase.Element("error");
            var outcome = failure is not null ? TestOutcome.Failed
                : testCase.Element("skipped") is not null ? TestOutcome.Skipped
                : TestOutcome.Passed;
            var message = failure is null ? "" : (string?)failure.Attribute("message") ?? failure.Value;
            var location = (string?)testCase.Attribute("file") ?? (className.Length > 0 ? className : null);
            tests[className.Length > 0 ? $"{className}::{name}" : name] = new TestResult(outcome, Clip(message), location);
        }
        return tests;
    }

    /// <summary>The tests of a Visual Studio test results file (<c>dotnet test --logger trx</c>), or null when it is not one.</summary>
    public static Dictionary<string, TestResult>? ParseTrx(string xml)
    {
        XDocument document;
        try
        {
            // Printed files keep their byte order mark, which the XML parser takes for text before the root.
            document = XDocument.Parse(xml.TrimStart('\uFEFF', ' ', '\r', '\n'), LoadOptions.None);
        }
        catch (XmlException)
        {
            return null;
        }
        var classes = document.Descendants().Where(e => e.Name.LocalName == "UnitTest")
            .Select(test => (Id: (string?)test.Attribute("id"), Class: (string?)test.Elements().FirstOrDefault(e => e.Name.LocalName == "TestMethod")?.Attribute("className")))
            .Where(test => test.Id is not null)
            .GroupBy(test => test.Id!)
            .ToDictionary(g => g.Key, g => g.First().Class);
        var tests = new Dictionary<string, TestResult>(StringComparer.Ordinal);
        foreach (var result in document.Descendants().Where(e => e.Name.LocalName == "UnitTestResult"))
        {
            var name = (string?)result.Attribute("testName") ?? "";
            var outcome = (string?)result.Attribute("outcome") switch
            {
                "Passed" => TestOutcome.Passed,
                "NotExecuted" or "Inconclusive" => TestOutcome.Skipped,
                _ => TestOutcome.Failed,
            };
            var message = result.Descendants().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value ?? "";
            var className = classes.GetValueOrDefault((string?)result.Attribute("testId") ?? "");
            tests[name] = new TestResult(outcome, Clip(message), className);
        }
        return tests;
    }

    /// <summary>The tests of the Node reporter's JSON lines (one object a test: file, path, outcome, message); null when unreadable.</summary>
    public static Dictionary<string, TestResult>? ParseNodeLines(string lines)
    {
        var tests = new Dictionary<string, TestResult>(StringComparer.Ordinal);
        foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var file = root.TryGetProperty("file", out var f) ? f.GetString() : null;
                var path = root.GetProperty("path").GetString() ?? "";
                var outcome = root.GetProperty("outcome").GetString() switch
                {
                    "passed" => TestOutcome.Passed,
                    "skipped" => TestOutcome.Skipped,
                    _ => TestOutcome.Failed,
                };
                var message = root.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
                tests[file is null ? path : $"{file}::{path}"] = new TestResult(outcome, Clip(message), file);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return null;
            }
        }
        return tests;
    }

    private static string Clip(string message)
    {
        var trimmed = message.Trim();
        return trimmed.Length > MessageChars ? trimmed[..MessageChars] : trimmed;
    }
}
