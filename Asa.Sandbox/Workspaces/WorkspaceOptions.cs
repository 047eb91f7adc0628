namespace Asa.Sandbox.Workspaces;

/// <summary>Where workspaces live and how big they may get (section <c>Sandbox:Workspaces</c>).</summary>
public sealed class WorkspaceOptions
{
    public const string SectionName = "Sandbox:Workspaces";

    /// <summary>The folder holding every workspace; each is a subfolder named by its id.</summary>
    public string Root { get; set; } = Path.Combine(Path.GetTempPath(), "asa-sandbox");

    /// <summary>Largest repository snapshot accepted, in bytes once unpacked.</summary>
    public long MaxSnapshotBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>A workspace unused this long is deleted; its task has surely ended or been abandoned.</summary>
    public TimeSpan IdleLimit { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most files in a snapshot.</summary>
    public int MaxSnapshotFiles { get; set; } = 200_000;
}
