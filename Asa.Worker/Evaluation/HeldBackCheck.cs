using Asa.Worker.Storage;
using Asa.Repair.Diffs;
using System.Text.Json;
using Asa.Core.Errors;
using Asa.Repair;
using Asa.Core.Repositories;
using Asa.Worker.Delivery;
using Asa.Worker.Pipeline;
using Asa.Worker.Sandbox;
using Asa.Worker.Tasks;
using LibGit2Sharp;
using Microsoft.Extensions.Options;

namespace Asa.Worker.Evaluation;

/// <summary>
/// Judges a verified fix against tests the fixer never saw: clones the task's repository at the commit it fixed, applies the
/// fix, uploads that to a fresh sandbox workspace, lays the case's held-back files over it and runs the check command there,
/// without network and within the test time limit.
/// </summary>
public sealed class HeldBackCheck(SandboxClient sandbox, RepositoryUrlPolicy policy, WorkspaceRoot root, IOptions<WorkerOptions> options)
{
    public async Task<CommandRun> RunAsync(EndedEvaluation ended, string fixDiff, CancellationToken cancellationToken)
    {
        var command = ended.CheckCommand ?? throw new InvalidOperationException("The case has no held-back check.");
        var files = ended.CheckFilesJson is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(ended.CheckFilesJson) ?? [];
        var checkout = Path.Combine(root.Path, $"evaluation-{ended.ResultId}");
        try
        {
            await CloneFixedAsync(ended, fixDiff, checkout, cancellationToken);
            var workspace = await sandbox.UploadAsync(ended.TaskId, checkout, cancellationToken);
            try
            {
                if (files.Count > 0)
                {
                    await sandbox.WriteFilesAsync(workspace, files, null, cancellationToken);
                }
                return await sandbox.RunAsync(workspace, command, allowNetwork: false, options.Value.TestTimeLimit, cancellationToken);
            }
            finally
            {
                await sandbox.DeleteAsync(workspace);
            }
        }
        finally
        {
            if (Directory.Exists(checkout))
            {
                Directory.Delete(checkout, recursive: true);
            }
        }
    }

    private async Task CloneFixedAsync(EndedEvaluation ended, string fixDiff, string checkout, CancellationToken cancellationToken)
    {
        var source = await CloneSource.ResolveAsync(policy, ended.RepoUrl, cancellationToken);
        if (Directory.Exists(checkout))
        {
            Directory.Delete(checkout, recursive: true);
        }
        await Task.Run(() =>
        {
            Repository.Clone(source.CloneUrl, checkout, new CloneOptions { RecurseSubmodules = false });
            using var repository = new Repository(checkout);
            var commit = repository.Lookup<Commit>(ended.CommitSha)
                ?? throw AsaException.Permanent($"The commit {ended.CommitSha} the task fixed is no longer in the repository.");
            Commands.Checkout(repository, commit, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
        }, cancellationToken);

        foreach (var patch in GitPatch.Parse(fixDiff))
        {
            var path = Path.Combine(checkout, patch.Path);
            var changed = patch.Apply(File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null);
            if (changed is null)
            {
                File.Delete(path);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, changed, cancellationToken);
        }
    }
}
