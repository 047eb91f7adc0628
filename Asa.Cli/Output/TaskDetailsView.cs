using Asa.Protos.V1;
using Spectre.Console;

namespace Asa.Cli.Output;

/// <summary>A task's fields as a two-column grid, leaving out those that are still empty.</summary>
public static class TaskDetailsView
{
    public static void Write(IAnsiConsole console, AsaTask task)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string name, string? value, bool escape = true)
        {
            if (!string.IsNullOrEmpty(value))
            {
                grid.AddRow($"[grey]{name}[/]", escape ? Markup.Escape(value) : value);
            }
        }
        Row("Task", task.TaskId);
        Row("Status", $"[{task.Status.Colour()}]{task.Status.Name()}[/]", escape: false);
        Row("Repository", task.RepoUrl);
        Row("Branch", task.CommitSha.Length > 0 ? $"{task.BaseBranch} at {task.CommitSha}" : task.BaseBranch);
        Row("Bug", task.BugDescription);
        Row("Test command", task.TestCommand);
        Row("Setup command", task.SetupCommand);
        Row("Fixer", task.Fixer);
        Row("Model", task.Model);
        Row("User", task.UserId);
        Row("Created", HumanText.Time(task.CreatedAt));
        Row("Started", HumanText.Time(task.StartedAt));
        Row("Ended", HumanText.Time(task.EndedAt));
        if (task.Inventory is { } inventory)
        {
            var languages = string.Join(", ", inventory.Languages.Select(l => $"{l.Language} {l.FileCount}"));
            Row("Code", $"{inventory.FileCount} files, {HumanText.Bytes(inventory.TotalBytes)}{(languages.Length > 0 ? $" ({languages})" : "")}");
        }
        Row("Cost", task.Cost is { } cost
            ? $"${cost.CostUsd:0.0000} for {cost.ModelCalls} model calls ({cost.PromptTokens:N0} prompt + {cost.CompletionTokens:N0} completion tokens)"
            : "no model calls");
        Row("Prompts", string.Join(", ", task.PromptVersions));
        console.Write(grid);
        console.WriteLine();
    }
}
