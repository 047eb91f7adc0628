using Asa.Repair.Engine;

namespace Asa.Repair.Tests.Engine;

public sealed class CandidateEditTests
{
    private const string Original = "function isAdult(age) {\n  return age > 18;\n}\n";

    [Fact]
    public void OfTwoOneLineEditsThatPassedTheLikelierIsKeptWhateverTheirCharacters()
    {
        var operatorEdit = Edit("operator", "return age >= 18;", priority: 1.0);
        var constantEdit = Edit("constant", "return age > 17;", priority: 0.9);

        Assert.Same(operatorEdit, CandidateEdit.Preferred([constantEdit, operatorEdit]).First());
        Assert.Same(operatorEdit, CandidateEdit.Preferred([operatorEdit, constantEdit]).First());
    }

    [Fact]
    public void AnEditOfFewerLinesIsKeptBeforeALikelierOneOfMore()
    {
        var oneLine = Edit("constant", "return age > 17;", priority: 0.5);
        var twoLines = new CandidateEdit("lib.js", 2, "statement", "duplicate", Original,
            Original.Replace("  return age > 18;\n", "  age = age;\n  return age >= 18;\n"), 1, 1);

        Assert.Same(oneLine, CandidateEdit.Preferred([twoLines, oneLine]).First());
    }

    private static CandidateEdit Edit(string kind, string line, double priority) =>
        new("lib.js", 2, kind, kind, Original, Original.Replace("return age > 18;", line), 1, priority);
}
