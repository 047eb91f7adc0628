using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Asa.Api.Grpc;
using Asa.Api.Tasks;
using Asa.Core.Data;
using Asa.Protos.V1;
using Grpc.Core;

namespace Asa.Api.Evaluation;

/// <summary>
/// Checks a case to register: its repository, bug and test command exactly as a submission is checked (the case will be
/// submitted as one), and its own fields; every bad field is named at once.
/// </summary>
public sealed partial class EvaluationCaseValidator(SubmitTaskValidator submissions)
{
    public const int MaxNameLength = 100;
    public const int MaxLabelLength = 100;
    public const int MaxExpectedBehaviorLength = 5000;
    public const int MaxCheckFiles = 200;
    public const int MaxCheckFilesBytes = 1024 * 1024;
    private const string Prefix = "evaluation_case.";

    public EvaluationCaseRecord Validate(EvaluationCase candidate, string userId, DateTime now)
    {
        var errors = new FieldErrors();
        NewTask? submission = null;
        try
        {
            submission = submissions.Validate(AsSubmission(candidate), userId);
        }
        catch (RpcException invalid) when (invalid.StatusCode == StatusCode.InvalidArgument)
        {
            errors.AddFrom(invalid, Prefix);
        }

        var name = candidate.Name.Trim();
        if (!ValidName().IsMatch(name))
        {
            errors.Add(Prefix + "name", name.Length == 0
                ? "is required"
                : $"'{name}' must be 1 to {MaxNameLength} lowercase letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        CheckLabel(errors, "difficulty", candidate.Difficulty);
        CheckLabel(errors, "category", candidate.Category);
        if (candidate.ExpectedBehavior.Length > MaxExpectedBehaviorLength)
        {
            errors.Add(Prefix + "expected_behavior", $"is {candidate.ExpectedBehavior.Length} characters; the limit is {MaxExpectedBehaviorLength:N0}");
        }
        var checkCommand = candidate.CheckCommand.Trim();
        if (checkCommand.Length > SubmitTaskValidator.MaxCommandLength)
        {
            errors.Add(Prefix + "check_command", $"is {checkCommand.Length} characters; the limit is {SubmitTaskValidator.MaxCommandLength}");
        }
        else if (checkCommand.Any(char.IsControl))
        {
            errors.Add(Prefix + "check_command", "contains control characters (newlines, tabs or NUL); give a single command line");
        }
        if (candidate.CheckFiles.Count > 0 && checkCommand.Length == 0)
        {
            errors.Add(Prefix + "check_files", "are given without a check_command to run them");
        }
        CheckFiles(errors, candidate.CheckFiles);
        errors.ThrowIfAny();

        return new EvaluationCaseRecord
        {
            Name = name,
            RepoUrl = submission!.RepoUrl,
            BugDescription = submission.BugDescription,
            TestCommand = submission.TestCommand,
            ExpectedBehavior = NullIfEmpty(candidate.ExpectedBehavior),
            Difficulty = NullIfEmpty(candidate.Difficulty),
            Category = NullIfEmpty(candidate.Category),
            CheckCommand = NullIfEmpty(checkCommand),
            CheckFiles = candidate.CheckFiles.Count == 0 ? null : JsonSerializer.Serialize(candidate.CheckFiles.ToDictionary()),
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The submission a case becomes when it runs.</summary>
    public static SubmitTaskRequest AsSubmission(EvaluationCase candidate)
    {
        var request = new SubmitTaskRequest { RepoUrl = candidate.RepoUrl, BugDescription = candidate.BugDescription };
        if (candidate.TestCommand.Length > 0)
        {
            request.TestCommand = candidate.TestCommand;
        }
        return request;
    }

    private static void CheckLabel(FieldErrors errors, string field, string value)
    {
        if (value.Length > MaxLabelLength || value.Any(char.IsControl) || value.Trim() != value)
        {
            errors.Add(Prefix + field, $"must be a label of at most {MaxLabelLength} characters, without control characters or surrounding spaces");
        }
    }

    private static void CheckFiles(FieldErrors errors, IDictionary<string, string> files)
    {
        if (files.Count > MaxCheckFiles)
        {
            errors.Add(Prefix + "check_files", $"holds {files.Count} files; the limit is {MaxCheckFiles}");
        }
        var bytes = files.Sum(file => (long)Encoding.UTF8.GetByteCount(file.Key) + Encoding.UTF8.GetByteCount(file.Value));
        if (bytes > MaxCheckFilesBytes)
        {
            errors.Add(Prefix + "check_files", $"hold {bytes:N0} bytes; the limit is {MaxCheckFilesBytes:N0}");
        }
        foreach (var path in files.Keys.Where(path => !IsRelativePath(path)))
        {
            errors.Add(Prefix + "check_files", $"'{path}' is not a relative path inside the repository (no leading '/', no '..', no '.git')");
        }
    }

    private static bool IsRelativePath(string path) =>
        path.Length is > 0 and <= 500
        && !path.StartsWith('/') && !path.Contains('\\') && !path.Any(char.IsControl)
        && path.Split('/').All(part => part.Length > 0 && part is not "." and not ".." and not ".git");

    private static string? NullIfEmpty(string value) => value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{0,99}$")]
    private static partial Regex ValidName();
}
