namespace Asa.Core.Data;

/// <summary>A row of <c>prompt_versions</c>: a prompt file as loaded, identified by name, version and checksum.</summary>
public sealed class PromptVersionRecord
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Version { get; set; }
    public required string Checksum { get; set; }
    public required string Content { get; set; }
    public DateTime CreatedAt { get; set; }
}
