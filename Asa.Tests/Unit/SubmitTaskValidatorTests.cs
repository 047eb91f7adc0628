using Asa.Api.Tasks;
using Asa.Core.Repositories;
using Asa.Protos.V1;
using Google.Rpc;
using Grpc.Core;

namespace Asa.Tests.Unit;

public sealed class SubmitTaskValidatorTests : IDisposable
{
    private const string GoodBug = "add() subtracts instead of adding";
    private readonly string localRepository = Directory.CreateTempSubdirectory("asa-validator-").FullName;

    public void Dispose() => Directory.Delete(localRepository, recursive: true);

    private static SubmitTaskValidator Validator(bool allowLocal = true) => new(new RepositoryUrlPolicy(allowLocal));

    private static IReadOnlyList<BadRequest.Types.FieldViolation> Violations(Action act)
    {
        var exception = Assert.Throws<RpcException>(act);
        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var badRequest = exception.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        return badRequest.FieldViolations;
    }

    [Theory]
    [InlineData("http://github.com/owner/repo", "plain http")]
    [InlineData("ssh://git@github.com/owner/repo.git", "ssh://")]
    [InlineData("git@github.com:owner/repo.git", "ssh")]
    [InlineData("https://user:secret@github.com/owner/repo", "credentials")]
    [InlineData("https://169.254.169.254/latest/meta-data", "non-public")]
    [InlineData("https://10.0.0.5/repo.git", "non-public")]
    [InlineData("https://127.0.0.1/repo.git", "non-public")]
    [InlineData("https://[::1]/repo.git", "non-public")]
    [InlineData("https://metadata.google.internal/repo.git", "internal host")]
    [InlineData("https://localhost/repo.git", "internal host")]
    [InlineData("https://github.com/just-owner", "github.com/<owner>/<repository>")]
    [InlineData("https://example.com/repo.git?token=abc", "query")]
    [InlineData("ftp://example.com/repo.git", "unsupported scheme")]
    [InlineData("", "required")]
    [InlineData("not a url", "not an absolute URL")]
    public void SubmitRejectsRepositoryUrlsThatAreNotAllowed(string repoUrl, string reason)
    {
        var violations = Violations(() => Validator().Validate(new SubmitTaskRequest { RepoUrl = repoUrl, BugDescription = GoodBug }, "local"));

        var violation = Assert.Single(violations);
        Assert.Equal("repo_url", violation.Field);
        Assert.Contains(reason, violation.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SubmitRejectsLocalPathsWhenTheServerDoesNotAllowThem()
    {
        var violations = Violations(() => Validator(allowLocal: false).Validate(
            new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = GoodBug }, "local"));

        Assert.Contains("does not accept local repositories", Assert.Single(violations).Description);
    }

    [Fact]
    public void SubmitRejectsALocalPathThatDoesNotExist()
    {
        var violations = Violations(() => Validator().Validate(
            new SubmitTaskRequest { RepoUrl = Path.Combine(localRepository, "missing"), BugDescription = GoodBug }, "local"));

        Assert.Contains("does not exist", Assert.Single(violations).Description);
    }

    [Theory]
    [InlineData("https://github.com/owner/repo", "https://github.com/owner/repo.git")]
    [InlineData("https://github.com/owner/repo.git", "https://github.com/owner/repo.git")]
    [InlineData("https://gitlab.example.org/group/repo.git", "https://gitlab.example.org/group/repo.git")]
    public void SubmitAcceptsHttpsRepositories(string repoUrl, string cloneUrl)
    {
        var task = Validator().Validate(new SubmitTaskRequest { RepoUrl = repoUrl, BugDescription = GoodBug }, "alice");

        Assert.Equal(cloneUrl, task.RepoUrl);
        Assert.Equal("alice", task.UserId);
    }

    [Fact]
    public void SubmitAcceptsLocalPathsAndFileUrlsWhenAllowed()
    {
        var byPath = Validator().Validate(new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = GoodBug }, "local");
        var byUrl = Validator().Validate(new SubmitTaskRequest { RepoUrl = new Uri(localRepository).AbsoluteUri, BugDescription = GoodBug }, "local");

        Assert.Equal(localRepository, byPath.RepoUrl);
        Assert.Equal(localRepository, byUrl.RepoUrl);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("too short", "at least 10")]
    public void SubmitRejectsABugDescriptionThatIsTooShort(string bug, string reason)
    {
        var violations = Violations(() => Validator().Validate(new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = bug }, "local"));

        var violation = Assert.Single(violations);
        Assert.Equal("bug_description", violation.Field);
        Assert.Contains(reason, violation.Description);
    }

    [Fact]
    public void SubmitRejectsABugDescriptionOverFiveThousandCharacters()
    {
        var violations = Violations(() => Validator().Validate(
            new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = new string('x', 5001) }, "local"));

        Assert.Contains("5,000", Assert.Single(violations, v => v.Field == "bug_description").Description);
    }

    [Theory]
    [InlineData("test_command")]
    [InlineData("setup_command")]
    public void SubmitRejectsEmptyOverlongOrMultilineCommands(string field)
    {
        foreach (var (value, reason) in new[] { ("  ", "empty"), (new string('a', 201), "limit is 200"), ("pytest\nrm -rf /", "control characters") })
        {
            var request = new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = GoodBug };
            if (field == "test_command")
            {
                request.TestCommand = value;
            }
            else
            {
                request.SetupCommand = value;
            }

            var violation = Assert.Single(Violations(() => Validator().Validate(request, "local")));
            Assert.Equal(field, violation.Field);
            Assert.Contains(reason, violation.Description);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-bad")]
    [InlineData("has space")]
    [InlineData("a..b")]
    [InlineData("ends.lock")]
    [InlineData("refs/heads/")]
    public void SubmitRejectsInvalidBranchNames(string branch)
    {
        var request = new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = GoodBug, BaseBranch = branch };

        Assert.Equal("base_branch", Assert.Single(Violations(() => Validator().Validate(request, "local"))).Field);
    }

    [Fact]
    public void SubmitNamesEveryBadFieldAtOnce()
    {
        var request = new SubmitTaskRequest { RepoUrl = "http://x/y", BugDescription = "short", TestCommand = "", SetupCommand = "", BaseBranch = "" };

        var fields = Violations(() => Validator().Validate(request, "local")).Select(v => v.Field).ToHashSet();

        Assert.Equal(new HashSet<string> { "repo_url", "bug_description", "test_command", "setup_command", "base_branch" }, fields);
    }

    [Fact]
    public void SubmitKeepsValidOptionalFieldsTrimmed()
    {
        var task = Validator().Validate(new SubmitTaskRequest
        {
            RepoUrl = localRepository, BugDescription = $"  {GoodBug}  ", TestCommand = " pytest -q ", SetupCommand = "pip install -e .", BaseBranch = "release/1.2",
        }, "local");

        Assert.Equal(GoodBug, task.BugDescription);
        Assert.Equal("pytest -q", task.TestCommand);
        Assert.Equal("pip install -e .", task.SetupCommand);
        Assert.Equal("release/1.2", task.BaseBranch);
    }

    [Theory]
    [InlineData("robot")]
    [InlineData("Engine")]
    [InlineData("")]
    public void SubmitRejectsAFixerItDoesNotKnowNamingTheAllowedOnes(string fixer)
    {
        var request = new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = GoodBug, Fixer = fixer };

        var violation = Assert.Single(Violations(() => Validator().Validate(request, "local")));
        Assert.Equal("fixer", violation.Field);
        Assert.Contains("engine, model, engine-first", violation.Description);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("gpt 4o", "not a model name")]
    [InlineData("gpt-4o;rm", "not a model name")]
    [InlineData("modèle", "not a model name")]
    public void SubmitRejectsAModelNameThatIsEmptyOrHasOtherCharacters(string model, string reason)
    {
        var request = new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = GoodBug, Model = model };

        var violation = Assert.Single(Violations(() => Validator().Validate(request, "local")));
        Assert.Equal("model", violation.Field);
        Assert.Contains(reason, violation.Description);
    }

    [Fact]
    public void SubmitRejectsAModelNameOverAHundredCharacters()
    {
        var request = new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = GoodBug, Model = new string('m', 101) };

        var violation = Assert.Single(Violations(() => Validator().Validate(request, "local")));
        Assert.Equal("model", violation.Field);
        Assert.Contains("limit is 100", violation.Description);
    }

    [Fact]
    public void SubmitRejectsAModelForTheEngineWhichAsksNone()
    {
        var request = new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = GoodBug, Fixer = "engine", Model = "gpt-4o" };

        var violation = Assert.Single(Violations(() => Validator().Validate(request, "local")));
        Assert.Equal("model", violation.Field);
        Assert.Contains("engine", violation.Description);
    }

    [Theory]
    [InlineData("engine", null)]
    [InlineData("model", "gpt-4o-mini")]
    [InlineData("engine-first", "ollama/qwen2.5-coder:7b")]
    [InlineData(null, "my_deployment.v2")]
    [InlineData(null, null)]
    public void SubmitKeepsTheFixerAndModelAskedFor(string? fixer, string? model)
    {
        var request = new SubmitTaskRequest { RepoUrl = localRepository, BugDescription = GoodBug };
        if (fixer is not null)
        {
            request.Fixer = fixer;
        }
        if (model is not null)
        {
            request.Model = model;
        }

        var task = Validator().Validate(request, "local");

        Assert.Equal((fixer, model), (task.Fixer, task.Model));
    }
}
