namespace Asa.Tests.Corpus;

/// <summary>A corpus folder in a temp directory holding small Python cases written by a test; deleted on dispose.</summary>
public sealed class SampleCorpus : IDisposable
{
    public const string ValidCase = """
        {
          "name": "py-sample",
          "language": "python",
          "category": "algorithm",
          "bug": "operator",
          "description": "add(2, 3) returns -1 instead of 5.",
          "testCommand": "python3 -m pytest -q -p no:cacheprovider test_calc.py",
          "heldBackCommand": "python3 -m pytest -q -p no:cacheprovider heldback_tests",
          "engineFixable": true,
          "set": "evaluation"
        }
        """;

    public const string BuggyCalc = "def add(a, b):\n    return a - b\n";
    public const string FixedCalc = "def add(a, b):\n    return a + b\n";

    public string Path { get; } = Directory.CreateTempSubdirectory("asa-tests-corpus-").FullName;

    /// <summary>Writes a case: its case.json as given, buggy/ with calc.py and its test, fixed/calc.py and one held-back test.</summary>
    public void WriteCase(string name, string caseJson)
    {
        var directory = System.IO.Path.Combine(Path, name);
        Write(System.IO.Path.Combine(directory, "case.json"), caseJson);
        Write(System.IO.Path.Combine(directory, "buggy", "calc.py"), BuggyCalc);
        Write(System.IO.Path.Combine(directory, "buggy", "test_calc.py"), "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n");
        Write(System.IO.Path.Combine(directory, "fixed", "calc.py"), FixedCalc);
        Write(System.IO.Path.Combine(directory, "heldback", "heldback_tests", "test_more.py"),
            "from calc import add\n\n\ndef test_negative():\n    assert add(-2, -3) == -5\n");
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
