using System.Text.RegularExpressions;
using Asa.Api.Grpc;
using Asa.Core.Repositories;
using Asa.Core.Tasks;
using Asa.Protos.V1;

namespace Asa.Api.Tasks;

/// <summary>Checks a submission field by field, naming every bad field at once.</summary>
public sealed partial class SubmitTaskValidator(RepositoryUrlPolicy repositoryPolicy)
{
    public const int MinBugDescriptionLength = 10;
    public const int MaxBugDescriptionLength = 5000;
    public const int MaxCommandLength = 200;
    public const int MaxBranchLength = 255;
    public const int MaxModelLength = 100;

    public NewTask Validate(SubmitTaskRequest request, string userId)
    {
        var errors = new FieldErrors();

        var source = repositoryPolicy.Check(request.RepoUrl, out var repoReason);
        if (source is null)
        {
            errors.Add("repo_url", repoReason!);
        }

        var bug = request.BugDescription.Trim();
        if (bug.Length < MinBugDescriptionLength)
        {
            errors.Add("bug_description", bug.Length == 0
                ? "is required"
                : $"is {bug.Length} characters; describe the bug in at least {MinBugDescriptionLength}");
        }
        else if (bug.Length > MaxBugDescriptionLength)
        {
            errors.Add("bug_description", $"is {bug.Length} characters; the limit is {MaxBugDescriptionLength:N0}");
        }
        else if (bug.Contains('\0'))
        {
            errors.Add("bug_description", "contains a NUL character");
        }

        var testCommand = request.HasTestCommand ? CheckCommand(errors, "test_command", request.TestCommand) : null;
        var setupCommand = request.HasSetupCommand ? CheckCommand(errors, "setup_command", request.SetupCommand) : null;
        var baseBranch = request.HasBaseBranch ? CheckBranch(errors, request.BaseBranch) : null;
        var fixer = request.HasFixer ? CheckFixer(errors, request.Fixer) : null;
        var model = request.HasModel ? CheckModel(errors, request.Model, fixer) : null;

        errors.ThrowIfAny();
        return new NewTask(userId, source!.CloneUrl, bug, testCommand, setupCommand, baseBranch, Fixer: fixer, Model: model);
    }

    private static string? CheckCommand(FieldErrors errors, string field, string value)
    {
        var command = value.Trim();
        if (command.Length == 0)
        {
            errors.Add(field, "is empty; leave it out instead");
        }
        else if (command.Length > MaxCommandLength)
        {
            errors.Add(field, $"is {command.Length} characters; the limit is {MaxCommandLength}");
        }
        else if (command.Any(char.IsControl))
        {
            errors.Add(field, "contains control characters (newlines, tabs or NUL); give a single command line");
        }
        return command;
    }

    private static string? CheckBranch(FieldErrors errors, string value)
    {
        var branch = value.Trim();
        if (branch.Length == 0)
        {
            errors.Add("base_branch", "is empty; leave it out to use the repository's default branch");
        }
        else if (branch.Length > MaxBranchLength)
        {
            errors.Add("base_branch", $"is {branch.Length} characters; the limit is {MaxBranchLength}");
        }
        else if (!ValidBranchName().IsMatch(branch) || branch.Contains("..") || branch.Contains("@{")
                 || branch.EndsWith('.') || branch.EndsWith(".lock", StringComparison.Ordinal) || branch.Contains("//"))
        {
            errors.Add("base_branch", $"'{branch}' is not a valid git branch name");
        }
        return branch;
    }

    private static string? CheckFixer(FieldErrors errors, string value)
    {
        var fixer = value.Trim();
        if (!Fixers.IsKnown(fixer))
        {
            errors.Add("fixer", $"'{fixer}' is not a fixer; use one of {string.Join(", ", Fixers.All)}, or leave it out for the worker's choice");
        }
        return fixer;
    }

    private static string? CheckModel(FieldErrors errors, string value, string? fixer)
    {
        var model = value.Trim();
        if (model.Length == 0)
        {
            errors.Add("model", "is empty; leave it out to use the worker's configured model");
        }
        else if (model.Length > MaxModelLength)
        {
            errors.Add("model", $"is {model.Length} characters; the limit is {MaxModelLength}");
        }
        else if (!ValidModelName().IsMatch(model))
        {
            errors.Add("model", $"'{model}' is not a model name; use letters, digits and . _ : / - only");
        }
        else if (fixer == Fixers.Engine)
        {
            errors.Add("model", $"cannot be set with fixer '{Fixers.Engine}': the embedded engine asks no model");
        }
        return model;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._:/-]+$")]
    private static partial Regex ValidModelName();

    // Git's ref-name rules, simplified: no control characters, spaces, ~^:?*[\ and no leading '-', '.' or '/'.
    [GeneratedRegex(@"^(?![-./])[^\x00-\x20\x7f~^:?*\[\\]+(?<!/)$")]
    private static partial Regex ValidBranchName();
}
