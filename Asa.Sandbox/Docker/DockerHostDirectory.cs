namespace Asa.Sandbox.Docker;

/// <summary>
/// A directory of the service's own (mode 0700) for the files it hands the engine: the amended seccomp profile
/// and one directory per run. Created on first use, removed with the backend. The engine reads these paths on
/// its own host, which the workspace bind mount already requires to be this one.
/// </summary>
internal sealed class DockerHostDirectory : IDisposable
{
    private readonly Lazy<DirectoryInfo> directory = new(() => Directory.CreateTempSubdirectory("asa-docker-"));

    public string PathOf(string name) => Path.Combine(directory.Value.FullName, name);

    public void Dispose()
    {
        if (directory.IsValueCreated)
        {
            directory.Value.Delete(recursive: true);
        }
    }
}
