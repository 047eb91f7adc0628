using Asa.Repair.Guardian;
using Asa.Repair.Localization;

namespace Asa.Repair.Protection;

/// <summary>
/// What a path's name alone says about it: a file that steers a test runner or CI (which tests run, how, with what
/// plugins), or a test by the common frameworks' naming conventions. Names are the fallback for runners that cannot
/// say which files they collect; a file that steers the runner is protected whatever the run shows.
/// </summary>
public static class TestRunnerFiles
{
    private static readonly PathGlob[] RunnerConfiguration =
    [
        new("**/conftest.py"), new("**/pytest.ini"), new("**/.pytest.ini"), new("**/tox.ini"), new("**/setup.cfg"), new("**/pyproject.toml"),
        new("**/noxfile.py"), new("**/sitecustomize.py"), new("**/usercustomize.py"), new("**/.npmrc"),
        new("**/package.json"), new("**/jest.config.*"), new("**/.mocharc*"), new("**/vitest.config.*"), new("**/vitest.workspace.*"),
        new("**/karma.conf.*"), new("**/.nycrc*"), new("**/ava.config.*"),
        new("**/*.csproj"), new("**/*.fsproj"), new("**/*.vbproj"), new("**/Directory.Build.props"), new("**/Directory.Build.targets"),
        new("**/Directory.Build.rsp"), new("**/*.runsettings"), new("**/xunit.runner.json"),
        new("**/pom.xml"), new("**/build.gradle"), new("**/build.gradle.kts"), new("**/settings.gradle"), new("**/settings.gradle.kts"),
    ];

    private static readonly PathGlob[] ContinuousIntegration =
    [
        new(".github/**"), new(".ci/**"), new(".circleci/**"), new("**/.gitlab-ci.yml"), new("**/.travis.yml"),
        new("**/azure-pipelines.yml"), new("**/Jenkinsfile"), new(".buildkite/**"),
    ];

    /// <summary>Why the name alone protects the path, or null.</summary>
    public static string? ReasonByName(string path) =>
        PathGlob.AnyMatches(RunnerConfiguration, path) ? "it configures how the tests run"
        : PathGlob.AnyMatches(ContinuousIntegration, path) ? "it is CI configuration"
        : TestFileConvention.IsTest(path) ? "it is named as a test"
        : null;
}
