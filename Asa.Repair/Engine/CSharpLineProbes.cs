using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Asa.Repair.Engine;

/// <summary>
/// Line coverage for C#, which has no tracer the sandbox could load into <c>dotnet run</c> or <c>dotnet test</c>: the
/// traced run builds copies of the repository's own files with a probe before each statement (in blocks, switch
/// sections and the bodies of if, else and loops). A probe appends its file and line to the report the first time it
/// runs, with the runtime's own types only, so it compiles in any project. A line counts as run when the innermost
/// probed statement holding it ran; a line no probed statement holds (a field initializer, an expression-bodied
/// member) is left unmeasured rather than counted as not run.
/// </summary>
public static class CSharpLineProbes
{
    private const string Slot = "asa-line ";

    /// <summary>The file with its probes and the statements they stand for, or null when it does not parse cleanly.</summary>
    public static ProbedFile? Probe(string path, string text)
    {
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview));
        if (tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }
        var rewriter = new Rewriter(path);
        var probed = rewriter.Visit(tree.GetRoot());
        // Warnings the probes may raise (unreachable code after a throw) must not fail a build that treats warnings as errors.
        return new ProbedFile("#pragma warning disable\n" + probed.ToFullString(), rewriter.Statements);
    }

    /// <summary>
    /// The report's probe lines spread over the statements they stand for: every line of a statement that ran counts
    /// as run, unless a statement nested in it starts there or holds it and says otherwise.
    /// </summary>
    public static LineCoverage Spread(LineCoverage probes, IReadOnlyDictionary<string, ProbedFile> files)
    {
        var executed = new Dictionary<string, IReadOnlySet<int>>(StringComparer.Ordinal);
        var measurable = new Dictionary<string, IReadOnlySet<int>>(StringComparer.Ordinal);
        foreach (var (path, file) in files)
        {
            var ran = new Dictionary<int, bool>();
            foreach (var statement in file.Statements.OrderByDescending(s => s.LastLine - s.FirstLine))
            {
                for (var line = statement.FirstLine; line <= statement.LastLine; line++)
                {
                    ran[line] = probes.Executed(path, statement.FirstLine);
                }
            }
            // A line where statements start ran when any of them did (an if and the return it guards, on one line).
            foreach (var first in file.Statements.GroupBy(s => s.FirstLine))
            {
                ran[first.Key] = probes.Executed(path, first.Key);
            }
            measurable[path] = ran.Keys.ToHashSet();
            executed[path] = ran.Where(p => p.Value).Select(p => p.Key).ToHashSet();
        }
        foreach (var path in probes.Files.Where(p => !files.ContainsKey(p)))
        {
            executed[path] = probes.LinesOf(path);
        }
        return new LineCoverage(executed, measurable);
    }

    /// <summary>A file with its probes, and the lines of each statement that has one (its first line is the probe's).</summary>
    public sealed record ProbedFile(string Text, IReadOnlyList<(int FirstLine, int LastLine)> Statements);

    private sealed class Rewriter(string path) : CSharpSyntaxRewriter
    {
        public List<(int FirstLine, int LastLine)> Statements { get; } = [];

        public override SyntaxNode? VisitBlock(BlockSyntax node)
        {
            var lines = node.Statements.Select(Lines).ToList();
            var visited = (BlockSyntax)base.VisitBlock(node)!;
            return visited.WithStatements(Probed(visited.Statements, lines));
        }

        public override SyntaxNode? VisitSwitchSection(SwitchSectionSyntax node)
        {
            var lines = node.Statements.Select(Lines).ToList();
            var visited = (SwitchSectionSyntax)base.VisitSwitchSection(node)!;
            return visited.WithStatements(Probed(visited.Statements, lines));
        }

        public override SyntaxNode? VisitIfStatement(IfStatementSyntax node) =>
            Embedded(node.Statement, (IfStatementSyntax)base.VisitIfStatement(node)!, (n, s) => n.WithStatement(s), n => n.Statement);

        public override SyntaxNode? VisitElseClause(ElseClauseSyntax node) =>
            node.Statement is IfStatementSyntax ? base.VisitElseClause(node)
                : Embedded(node.Statement, (ElseClauseSyntax)base.VisitElseClause(node)!, (n, s) => n.WithStatement(s), n => n.Statement);

        public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
            Embedded(node.Statement, (WhileStatementSyntax)base.VisitWhileStatement(node)!, (n, s) => n.WithStatement(s), n => n.Statement);

        public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
            Embedded(node.Statement, (ForStatementSyntax)base.VisitForStatement(node)!, (n, s) => n.WithStatement(s), n => n.Statement);

        public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
            Embedded(node.Statement, (ForEachStatementSyntax)base.VisitForEachStatement(node)!, (n, s) => n.WithStatement(s), n => n.Statement);

        public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
            Embedded(node.Statement, (DoStatementSyntax)base.VisitDoStatement(node)!, (n, s) => n.WithStatement(s), n => n.Statement);

        private T Embedded<T>(StatementSyntax original, T visited, Func<T, StatementSyntax, T> with, Func<T, StatementSyntax> statement)
        {
            if (original is BlockSyntax)
            {
                return visited;
            }
            var body = statement(visited);
            return with(visited, SyntaxFactory.Block(Probed(SyntaxFactory.SingletonList(body.WithoutLeadingTrivia()), [Lines(original)]))
                .WithLeadingTrivia(body.GetLeadingTrivia()));
        }

        private SyntaxList<StatementSyntax> Probed(SyntaxList<StatementSyntax> statements, IReadOnlyList<(int FirstLine, int LastLine)> lines)
        {
            var probed = new List<StatementSyntax>(statements.Count * 2);
            for (var index = 0; index < statements.Count; index++)
            {
                Statements.Add(lines[index]);
                probed.Add(ProbeFor(lines[index].FirstLine));
                probed.Add(statements[index]);
            }
            return SyntaxFactory.List(probed);
        }

        private StatementSyntax ProbeFor(int line)
        {
            var row = SyntaxFactory.Literal($"{path}:{line}\n").ToString();
            var slot = SyntaxFactory.Literal($"{Slot}{path}:{line}").ToString();
            const string domain = "global::System.AppDomain.CurrentDomain";
            return SyntaxFactory.ParseStatement(
                $"if ({domain}.GetData({slot}) == null) {{ {domain}.SetData({slot}, \"\"); try {{ global::System.IO.File.AppendAllText(" +
                $"global::System.Environment.GetEnvironmentVariable(\"ASA_LINE_TRACE\") ?? \"\", {row}); }} catch (global::System.Exception) {{ }} }} ");
        }

        private static (int FirstLine, int LastLine) Lines(StatementSyntax statement)
        {
            var span = statement.GetLocation().GetLineSpan();
            return (span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1);
        }
    }
}
