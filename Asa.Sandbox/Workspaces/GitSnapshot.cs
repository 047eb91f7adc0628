using System.Diagnostics;
using Grpc.Core;

namespace Asa.Sandbox.Workspaces;

/// <summary>
/// Records a workspace's first state in a git directory kept beside the tree (never inside it, so code running
/// in the workspace cannot rewrite it) and diffs the tree against it. Runs git with no system or user
/// configuration and no hooks.
/// </summary>
public static class GitSnapshot
{
    // What running tests leaves behind is not part of a fix, even in a repository that forgot to ignore it.
    private static readonly string[] BuildLeftovers =
        ["__pycache__/", "*.py[co]", ".pytest_cache/", ".mypy_cache/", ".tox/", "node_modules/", "obj/", "target/", ".gradle/", "*.class", "TestResults/"];

    public static async Task RecordAsync(string gitDirectory, string tree, CancellationToken cancellationToken)
    {
        await GitAsync(gitDirectory, tree, cancellationToken, "init", "--quiet");
        Directory.CreateDirectory(Path.Combine(gitDirectory, "info"));
        await File.WriteAllLinesAsync(Path.Combine(gitDirectory, "info", "exclude"), BuildLeftovers, cancellationToken);
        await GitAsync(gitDirectory, tree, cancellationToken, "add", "--all");
        await GitAsync(gitDirectory, tree, cancellationToken, "commit", "--quiet", "--allow-empty", "--no-verify", "-m", "snapshot");
    }

    public static async Task<(string Diff, IReadOnlyList<string> ChangedPaths)> DiffAsync(string gitDirectory, string tree, CancellationToken cancellationToken)
    {
        await GitAsync(gitDirectory, tree, cancellationToken, "add", "--all");
        var diff = await GitAsync(gitDirectory, tree, cancellationToken, "diff", "--cached", "--no-color", "--no-ext-diff", "--no-textconv", "HEAD");
        var names = await GitAsync(gitDirectory, tree, cancellationToken, "diff", "--cached", "--name-only", "--no-renames", "HEAD");
        return (diff, names.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    // gc.auto=0: past 6,700 loose objects (any 10,000-file repository) `git commit` starts a detached `git gc`
    // that packs and deletes objects/xx while a fork copies or a delete removes the folder.
    private static async Task<string> GitAsync(string gitDirectory, string tree, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        start.Environment["HOME"] = gitDirectory;
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_DIR"] = gitDirectory;
        start.Environment["GIT_WORK_TREE"] = tree;
        foreach (var setting in (string[])["core.hooksPath=/dev/null", "safe.directory=*", "user.name=asa-sandbox", "user.email=sandbox@asa.invalid", "core.autocrlf=false", "core.fsmonitor=false", "gc.auto=0", "maintenance.auto=false"])
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new WorkspaceException(StatusCode.Internal, $"git {arguments[0]} failed: {(await error).Trim()}");
        }
        return await output;
    }
}
