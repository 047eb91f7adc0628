using System.Collections.Concurrent;
using Npgsql;

namespace Asa.Worker.Prompts;

/// <summary>Registers each loaded prompt in <c>prompt_versions</c> (once per name, version and checksum) and knows its row id.</summary>
public sealed class PromptVersions(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, long> ids = new(StringComparer.Ordinal);

    public async Task<long> IdOfAsync(Prompt prompt, CancellationToken cancellationToken)
    {
        if (ids.TryGetValue(prompt.Checksum, out var known))
        {
            return known;
        }
        // The no-op update makes RETURNING give the existing row's id when another worker registered it first.
        await using var command = dataSource.CreateCommand("""
            INSERT INTO prompt_versions (name, version, checksum, content, created_at)
            VALUES (@name, @version, @checksum, @content, @now)
            ON CONFLICT (name, version, checksum) DO UPDATE SET name = EXCLUDED.name
            RETURNING id
            """);
        command.Parameters.AddWithValue("name", prompt.Name);
        command.Parameters.AddWithValue("version", prompt.Version);
        command.Parameters.AddWithValue("checksum", prompt.Checksum);
        command.Parameters.AddWithValue("content", prompt.Content);
        command.Parameters.AddWithValue("now", clock.GetUtcNow().UtcDateTime);
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        ids[prompt.Checksum] = id;
        return id;
    }
}
