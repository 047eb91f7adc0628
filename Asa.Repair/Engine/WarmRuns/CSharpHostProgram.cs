namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The C# host's entry point: loads the project's compile inputs once, then for each candidate re-parses only its file,
/// compiles in memory and runs the program's entry point in a collectible load context of its own, with the console
/// captured into the candidate's block, as <c>dotnet run</c> would have built and run it.
/// </summary>
internal static class CSharpHostProgram
{
    public const string Source = """
        using System.Diagnostics;
        using System.Globalization;
        using System.Reflection;
        using System.Runtime.Loader;
        using System.Text;
        using System.Text.Json;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.CSharp;
        using Microsoft.CodeAnalysis.Emit;
        using Microsoft.CodeAnalysis.Text;

        var workspace = Directory.GetCurrentDirectory();
        var batch = JsonDocument.Parse(File.ReadAllBytes(args[0])).RootElement;
        var mark = "@@asa-warm-" + batch.GetProperty("nonce").GetString();
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
        Project project;
        try
        {
            project = Project.Load(Path.Combine(workspace, args[1]), workspace);
        }
        catch (Exception error) when (error is WarmHostException or IOException or JsonException or KeyNotFoundException)
        {
            stdout.Write($"\n{mark} error {error.Message.ReplaceLineEndings(" ")}@@\n");
            return 3;
        }
        Directory.SetCurrentDirectory(Path.Combine(workspace, batch.GetProperty("dir").GetString()!));
        var runDirectory = Directory.GetCurrentDirectory();
        var runArgs = batch.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();
        var limit = TimeSpan.FromSeconds(batch.GetProperty("limitSeconds").GetDouble());
        var tailChars = batch.GetProperty("tailBytes").GetInt32();
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var index = 0;
        foreach (var candidate in batch.GetProperty("candidates").EnumerateArray())
        {
            var path = candidate.GetProperty("path").GetString();
            var compilation = project.Compilation;
            if (path is not null)
            {
                if (!project.Trees.TryGetValue(Path.GetFullPath(Path.Combine(workspace, path)), out var tree))
                {
                    // Not a file of the compiled project (a project file, a referenced project's source): it runs the classic way.
                    stdout.Write($"\n{mark} error {path} is not compiled into the project the host runs@@\n");
                    return 4;
                }
                using var content = File.OpenRead(Path.Combine(workspace, candidate.GetProperty("content").GetString()!));
                compilation = compilation.ReplaceSyntaxTree(tree, project.Parse(SourceText.From(content, checksumAlgorithm: SourceHashAlgorithm.Sha256), tree.FilePath));
            }
            var output = new TailWriter(tailChars);
            var (exit, hung, compiled, ran) = Run(compilation, output);
            Report(index, output.ToString(), exit, hung, ran, compiled);
            if (hung)
            {
                // The candidate's thread cannot be stopped: the host ends with it, and the next candidate runs in a new sandbox run.
                Process.GetCurrentProcess().Kill();
            }
            index++;
            if (exit == 0 && batch.GetProperty("stopAtPass").GetBoolean())
            {
                break;
            }
        }
        stdout.Write($"{mark} done@@\n");
        // A thread a candidate left running would otherwise keep the host, and the batch's sandbox run, alive.
        Environment.Exit(0);
        return 0;

        // The limit is the run's, from the end of the compile: a compile's time varies with Roslyn's own JIT and collections.
        (int Exit, bool Hung, TimeSpan Compiled, TimeSpan Ran) Run(CSharpCompilation compilation, TailWriter output)
        {
            var compiling = Stopwatch.StartNew();
            using var image = new MemoryStream();
            using var symbols = new MemoryStream();
            var emitted = compilation.Emit(image, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            var shown = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed).ToList();
            foreach (var diagnostic in shown)
            {
                output.WriteLine(project.Describe(diagnostic));
            }
            if (!emitted.Success)
            {
                output.WriteLine();
                output.WriteLine("The build failed. Fix the build errors and run again.");
                return (1, false, compiling.Elapsed, TimeSpan.Zero);
            }
            var compiled = compiling.Elapsed;
            image.Position = 0;
            symbols.Position = 0;
            var context = new CandidateContext(project.OutputDirectory);
            var exit = 0;
            var thread = new Thread(() =>
            {
                try
                {
                    var assembly = context.LoadFromStream(image, symbols);
                    context.Candidate = assembly;
                    var entry = assembly.EntryPoint ?? throw new InvalidOperationException("The program has no entry point.");
                    Environment.ExitCode = 0;
                    var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [runArgs.ToArray()]);
                    exit = result switch
                    {
                        int code => code,
                        Task<int> task => task.GetAwaiter().GetResult(),
                        Task task => Wait(task),
                        _ => Environment.ExitCode,
                    };
                }
                catch (Exception error)
                {
                    // As the runtime reports an exception that leaves Main, and the exit code of the abort that follows.
                    output.Error.WriteLine("Unhandled exception. " + (error is TargetInvocationException { InnerException: { } inner } ? inner : error));
                    exit = 134;
                }
            }, 8 * 1024 * 1024) { IsBackground = true };
            var (savedOut, savedError) = (Console.Out, Console.Error);
            Console.SetOut(output);
            Console.SetError(output.Error);
            try
            {
                var running = Stopwatch.StartNew();
                thread.Start();
                var finished = thread.Join(limit);
                return finished ? (exit, false, compiled, running.Elapsed) : (137, true, compiled, running.Elapsed);
            }
            finally
            {
                Console.SetOut(savedOut);
                Console.SetError(savedError);
                Directory.SetCurrentDirectory(runDirectory);
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
                CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = null;
                context.Unload();
            }
        }

        static int Wait(Task task)
        {
            task.GetAwaiter().GetResult();
            return Environment.ExitCode;
        }

        void Report(int index, string text, int exit, bool hung, TimeSpan ran, TimeSpan compiled) =>
            stdout.Write($"\n{mark} begin {index}@@\n{text}\n" +
                         $"{mark} end {index} {exit} {(hung ? 1 : 0)} {ran.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} " +
                         $"{compiled.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)}@@\n");
        """;
}
