using System.Diagnostics;
using Grpc.Core;

namespace Asa.Sandbox.Workspaces;

/// <summary>
/// Keeps a workspace's first state in a git directory beside the tree (never inside it, so code running in
/// the workspace cannot rewrite it) and diffs the tree against it. Runs git with no system or user
/// configuration and no hooks.
/// </summary>
public static class GitSnapshot
{
    public const string Branch = "snapshot";

    // What running tests leaves behind is not part of a fix, even in a repository that forgot to ignore it.
    private static readonly string[] BuildLeftovers =
        ["__pycache__/", "*.py[co]", ".pytest_cache/", ".mypy_cache/", ".tox/", "node_modules/", "obj/", "**/bin/Debug/", "**/bin/Release/", "target/", ".gradle/", "*.class", "TestResults/"];

    // gc.auto=0: past 6,700 loose objects `git add` or `git commit` starts a detached `git gc` that packs and
    // deletes objects/xx while a fork copies or a delete removes the folder.
    // core.protectNTFS=false: a Linux repository may hold names Windows cannot, and the snapshot must keep them.
    private static readonly string[] Settings =
    [
        "core.hooksPath=/dev/null", "safe.directory=*", "user.name=asa-sandbox", "user.email=sandbox@asa.invalid",
        "core.autocrlf=false", "core.fsmonitor=false", "core.quotePath=false", "core.protectNTFS=false", "gc.auto=0", "maintenance.auto=false",
    ];

    /// <summary>Starts recording a snapshot: the caller streams the files in as it unpacks them.</summary>
    public static async Task<SnapshotImport> BeginAsync(string gitDirectory, string tree, CancellationToken cancellationToken)
    {
        await GitAsync(gitDirectory, tree, cancellationToken, "init", "--quiet", $"--initial-branch={Branch}");
        await File.WriteAllLinesAsync(Path.Combine(gitDirectory, "info", "exclude"), BuildLeftovers, cancellationToken);
        return await SnapshotImport.StartAsync(Start(gitDirectory, tree, "fast-import", "--quiet", "--done", "--date-format=raw"), cancellationToken);
    }

    /// <summary>Gives the recorded snapshot an index, so later diffs compare the tree against every file in it.</summary>
    public static Task IndexAsync(string gitDirectory, string tree, CancellationToken cancellationToken) =>
        GitAsync(gitDirectory, tree, cancellationToken, "read-tree", Branch);

    public static async Task<(string Diff, IReadOnlyList<string> ChangedPaths)> DiffAsync(string gitDirectory, string tree, CancellationToken cancellationToken)
    {
        await GitAsync(gitDirectory, tree, cancellationToken, "add", "--all");
        // --no-renames: a rename as a deletion and a creation, which the worker can apply to its clone as a text patch.
        var diff = DiffText.Decode(await GitBytesAsync(gitDirectory, tree, cancellationToken,
            "diff", "--cached", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", Branch));
        // -z: names as they are, where the default output quotes any name with unusual characters.
        var names = await GitAsync(gitDirectory, tree, cancellationToken, "diff", "--cached", "--name-only", "-z", "--no-renames", Branch);
        return (diff, names.Split('\0', StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task<string> GitAsync(string gitDirectory, string tree, CancellationToken cancellationToken, params string[] arguments) =>
        System.Text.Encoding.UTF8.GetString(await GitBytesAsync(gitDirectory, tree, cancellationToken, arguments));

    private static async Task<byte[]> GitBytesAsync(string gitDirectory, string tree, CancellationToken cancellationToken, params string[] arguments)
    {
        using var process = Process.Start(Start(gitDirectory, tree, arguments)) ?? throw new InvalidOperationException("git could not be started.");
        process.StandardInput.Close();
        using var bytes = new MemoryStream();
        var output = process.StandardOutput.BaseStream.CopyToAsync(bytes, cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new WorkspaceException(StatusCode.Internal, $"git {arguments[0]} failed: {(await error).Trim()}");
        }
        await output;
        return bytes.ToArray();
    }

    private static ProcessStartInfo Start(string gitDirectory, string tree, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardInput = true,
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
        // glibc returns heap to the kernel after almost every free by default; fast-import then spends twice
        // its user time in brk (measured: 0.45 s instead of 0.19 s for 10,000 files). A 32 MiB pad stops that.
        start.Environment["GLIBC_TUNABLES"] = "glibc.malloc.top_pad=33554432";
        foreach (var setting in Settings)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }
}
