using System.Formats.Tar;
using System.Text;
using Asa.Protos.V1;
using Asa.Tests.Infrastructure;
using Google.Protobuf;
using Grpc.Core;

namespace Asa.Sandbox.Tests.Service;

public sealed class WorkspaceServiceTests(SandboxServer sandbox) : IClassFixture<SandboxServer>
{
    private SandboxService.SandboxServiceClient Client => sandbox.Client;

    private static DateTime Deadline => DateTime.UtcNow + TestTimeouts.Call;

    [Fact]
    public async Task UploadedRepositoryCanBeListedReadEditedAndDiffed()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();

        var workspace = await Client.UploadAsync(repository.Path);
        var listing = await Client.ListFilesAsync(new ListFilesRequest { WorkspaceId = workspace.WorkspaceId }, deadline: Deadline);
        var read = await Client.ReadFilesAsync(new ReadFilesRequest { WorkspaceId = workspace.WorkspaceId, Paths = { "calculator.py" } }, deadline: Deadline);
        var unchanged = await Client.GetDiffAsync(new GetDiffRequest { WorkspaceId = workspace.WorkspaceId }, deadline: Deadline);
        await Client.WriteFilesAsync(new WriteFilesRequest
        {
            WorkspaceId = workspace.WorkspaceId,
            Files =
            {
                new WorkspaceFile { Path = "calculator.py", Content = ByteString.CopyFromUtf8("def add(a, b):\n    return a + b\n") },
                new WorkspaceFile { Path = "tests/test_new.py", Content = ByteString.CopyFromUtf8("def test_new():\n    pass\n") },
            },
        }, deadline: Deadline);
        var changed = await Client.GetDiffAsync(new GetDiffRequest { WorkspaceId = workspace.WorkspaceId }, deadline: Deadline);

        Assert.Equal(3, workspace.FileCount);
        Assert.Equal(["README.md", "calculator.py", "test_calculator.py"], listing.Paths);
        Assert.Equal("def add(a, b):\n    return a - b\n", read.Files[0].Content.ToStringUtf8());
        Assert.Equal("", unchanged.Diff);
        Assert.Equal(["calculator.py", "tests/test_new.py"], changed.ChangedPaths);
        Assert.Contains("-    return a - b", changed.Diff);
        Assert.Contains("+    return a + b", changed.Diff);
    }

    [Fact]
    public async Task SearchFindsMatchingLinesButNeverThroughLinksOrInBinaries()
    {
        using var repository = await GitRepositoryBuilder.PythonProject()
            .WithFile("data.bin", [0, 1, 2, (byte)'a', (byte)'d', (byte)'d'])
            .Commit("Add binary data")
            .BuildAsync();
        File.CreateSymbolicLink(Path.Combine(repository.Path, "hosts-link"), "/etc/hosts");
        var workspace = await Client.UploadAsync(repository.Path);

        var literal = await Client.SearchFilesAsync(new SearchFilesRequest { WorkspaceId = workspace.WorkspaceId, Query = "add(" }, deadline: Deadline);
        var pattern = await Client.SearchFilesAsync(new SearchFilesRequest
        {
            WorkspaceId = workspace.WorkspaceId, Query = @"^\s+return a [-+] b$", Regex = true,
        }, deadline: Deadline);
        var hosts = await Client.SearchFilesAsync(new SearchFilesRequest { WorkspaceId = workspace.WorkspaceId, Query = "localhost" }, deadline: Deadline);
        var limited = await Client.SearchFilesAsync(new SearchFilesRequest { WorkspaceId = workspace.WorkspaceId, Query = "a", MaxResults = 1 }, deadline: Deadline);
        var invalid = await Assert.ThrowsAsync<RpcException>(() =>
            Client.SearchFilesAsync(new SearchFilesRequest { WorkspaceId = workspace.WorkspaceId, Query = "(", Regex = true }, deadline: Deadline).ResponseAsync);

        Assert.Equal([("calculator.py", 1), ("test_calculator.py", 4), ("test_calculator.py", 5)],
            literal.Matches.Select(m => (m.Path, m.LineNumber)));
        Assert.Equal("    return a - b", Assert.Single(pattern.Matches).Line);
        Assert.Empty(hosts.Matches);
        Assert.True(limited.Truncated);
        Assert.Single(limited.Matches);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
    }

    [Fact]
    public async Task ForkIsIndependentOfItsSource()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var source = await Client.UploadAsync(repository.Path);

        var fork = await Client.ForkWorkspaceAsync(new ForkWorkspaceRequest { WorkspaceId = source.WorkspaceId }, deadline: Deadline);
        await Client.WriteFilesAsync(new WriteFilesRequest
        {
            WorkspaceId = fork.WorkspaceId,
            Files = { new WorkspaceFile { Path = "calculator.py", Content = ByteString.CopyFromUtf8("changed\n") } },
        }, deadline: Deadline);

        Assert.NotEqual(source.WorkspaceId, fork.WorkspaceId);
        Assert.Equal(source.FileCount, fork.FileCount);
        Assert.Empty((await Client.GetDiffAsync(new GetDiffRequest { WorkspaceId = source.WorkspaceId }, deadline: Deadline)).ChangedPaths);
        Assert.Equal(["calculator.py"], (await Client.GetDiffAsync(new GetDiffRequest { WorkspaceId = fork.WorkspaceId }, deadline: Deadline)).ChangedPaths);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../outside.txt")]
    [InlineData("")]
    public async Task PathsThatLeaveTheWorkspaceAreRefused(string path)
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var workspace = await Client.UploadAsync(repository.Path);

        var write = await Assert.ThrowsAsync<RpcException>(() => Client.WriteFilesAsync(new WriteFilesRequest
        {
            WorkspaceId = workspace.WorkspaceId,
            Files = { new WorkspaceFile { Path = path, Content = ByteString.CopyFromUtf8("x") } },
        }, deadline: Deadline).ResponseAsync);
        var read = await Assert.ThrowsAsync<RpcException>(() =>
            Client.ReadFilesAsync(new ReadFilesRequest { WorkspaceId = workspace.WorkspaceId, Paths = { path } }, deadline: Deadline).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, write.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, read.StatusCode);
    }

    [Fact]
    public async Task SymbolicLinksInTheRepositoryAreNeverFollowed()
    {
        var outside = Directory.CreateTempSubdirectory("asa-tests-outside-");
        try
        {
            var secret = Path.Combine(outside.FullName, "secret.txt");
            await File.WriteAllTextAsync(secret, "host secret");
            using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
            File.CreateSymbolicLink(Path.Combine(repository.Path, "leak.txt"), secret);
            Directory.CreateSymbolicLink(Path.Combine(repository.Path, "escape"), outside.FullName);
            var workspace = await Client.UploadAsync(repository.Path);

            var readLink = await Assert.ThrowsAsync<RpcException>(() =>
                Client.ReadFilesAsync(new ReadFilesRequest { WorkspaceId = workspace.WorkspaceId, Paths = { "leak.txt" } }, deadline: Deadline).ResponseAsync);
            var writeThrough = await Assert.ThrowsAsync<RpcException>(() => Client.WriteFilesAsync(new WriteFilesRequest
            {
                WorkspaceId = workspace.WorkspaceId,
                Files = { new WorkspaceFile { Path = "escape/planted.txt", Content = ByteString.CopyFromUtf8("x") } },
            }, deadline: Deadline).ResponseAsync);
            var overwriteLink = await Assert.ThrowsAsync<RpcException>(() => Client.WriteFilesAsync(new WriteFilesRequest
            {
                WorkspaceId = workspace.WorkspaceId,
                Files = { new WorkspaceFile { Path = "leak.txt", Content = ByteString.CopyFromUtf8("overwritten") } },
            }, deadline: Deadline).ResponseAsync);

            Assert.Equal(StatusCode.InvalidArgument, readLink.StatusCode);
            Assert.Equal(StatusCode.InvalidArgument, writeThrough.StatusCode);
            Assert.Equal(StatusCode.InvalidArgument, overwriteLink.StatusCode);
            Assert.Equal("host secret", await File.ReadAllTextAsync(secret));
            Assert.False(File.Exists(Path.Combine(outside.FullName, "planted.txt")));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task SnapshotRecordsEveryUploadedFileAsItWas()
    {
        string[] oddNames = ["with space.txt", "\"quoted\".txt", "tab\there.txt", "back\\slash.txt", "ünïcödé.txt"];
        using var archive = new MemoryStream();
        await using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var name in oddNames.Concat([".gitignore", "debug.log", "node_modules/pkg/index.js", "vendor/.git/config", "empty.txt"]))
            {
                var content = name switch { ".gitignore" => "*.log\n", "empty.txt" => "", _ => $"content of {name}\n" };
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) });
            }
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "run.sh")
            {
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
                DataStream = new MemoryStream("#!/bin/sh\n"u8.ToArray()),
            });
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, "link") { LinkName = "with space.txt" });
        }

        var workspace = await Client.UploadArchiveAsync(archive.ToArray());
        var unchanged = await Client.GetDiffAsync(new GetDiffRequest { WorkspaceId = workspace.WorkspaceId }, deadline: Deadline);
        string[] edited = ["\"quoted\".txt", "tab\there.txt", "ünïcödé.txt", "debug.log", "node_modules/pkg/index.js", "empty.txt"];
        await Client.WriteFilesAsync(new WriteFilesRequest
        {
            WorkspaceId = workspace.WorkspaceId,
            Files =
            {
                edited.Select(path => new WorkspaceFile { Path = path, Content = ByteString.CopyFromUtf8("edited\n") }),
                new WorkspaceFile { Path = "__pycache__/module.cpython-311.pyc", Content = ByteString.CopyFromUtf8("bytecode") },
                new WorkspaceFile { Path = "vendor/.git/config", Content = ByteString.CopyFromUtf8("[core]\n") },
            },
        }, deadline: Deadline);
        var changed = await Client.GetDiffAsync(new GetDiffRequest { WorkspaceId = workspace.WorkspaceId }, deadline: Deadline);

        // Modes, links, names git must quote and files the repository's own ignore rules cover all match.
        Assert.Equal(11, workspace.FileCount);
        Assert.Equal("", unchanged.Diff);
        Assert.Empty(unchanged.ChangedPaths);
        // Tracked files are diffed whatever the ignore rules say; build leftovers and nested git folders never are.
        Assert.Equal(edited.Order(StringComparer.Ordinal), changed.ChangedPaths.Order(StringComparer.Ordinal));
        Assert.Contains("+++ b/ünïcödé.txt", changed.Diff);
        Assert.Contains("-content of debug.log", changed.Diff);
    }

    [Fact]
    public async Task ArchiveEntriesThatEscapeTheWorkspaceAreRefused()
    {
        using var archive = new MemoryStream();
        await using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "../../escaped.txt") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes("x")) };
            await writer.WriteEntryAsync(entry);
        }

        var exception = await Assert.ThrowsAsync<RpcException>(() => Client.UploadArchiveAsync(archive.ToArray()));

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        // The entry would have landed beside the workspaces, two levels above the tree.
        Assert.False(File.Exists(Path.Combine(sandbox.WorkspaceRoot, "escaped.txt")));
    }

    [Theory]
    [InlineData("not a tar archive at all, but long enough to fill a header block")]
    [InlineData("truncated")]
    public async Task UnreadableArchivesAreRefusedByName(string kind)
    {
        byte[] upload;
        if (kind == "truncated")
        {
            using var archive = new MemoryStream();
            await using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "big.txt") { DataStream = new MemoryStream(new byte[100_000]) });
            }
            upload = archive.ToArray()[..50_000];
        }
        else
        {
            upload = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(kind, 20)));
        }

        var exception = await Assert.ThrowsAsync<RpcException>(() => Client.UploadArchiveAsync(upload));

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        Assert.Contains("not a tar archive the sandbox can read", exception.Status.Detail);
        Assert.DoesNotContain(Directory.GetDirectories(sandbox.WorkspaceRoot), folder => File.Exists(Path.Combine(folder, "tree", "big.txt")));
    }

    [Fact]
    public async Task UnknownAndMalformedWorkspaceIdsAreNamed()
    {
        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            Client.ListFilesAsync(new ListFilesRequest { WorkspaceId = new string('a', 32) }, deadline: Deadline).ResponseAsync);
        var malformed = await Assert.ThrowsAsync<RpcException>(() =>
            Client.ListFilesAsync(new ListFilesRequest { WorkspaceId = "../../etc" }, deadline: Deadline).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
    }

    [Fact]
    public async Task DeletedWorkspaceIsGone()
    {
        using var repository = await GitRepositoryBuilder.PythonProject().BuildAsync();
        var workspace = await Client.UploadAsync(repository.Path);

        await Client.DeleteWorkspaceAsync(new DeleteWorkspaceRequest { WorkspaceId = workspace.WorkspaceId }, deadline: Deadline);

        Assert.False(Directory.Exists(Path.Combine(sandbox.WorkspaceRoot, workspace.WorkspaceId)));
        var exception = await Assert.ThrowsAsync<RpcException>(() =>
            Client.GetDiffAsync(new GetDiffRequest { WorkspaceId = workspace.WorkspaceId }, deadline: Deadline).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, exception.StatusCode);
    }
}
