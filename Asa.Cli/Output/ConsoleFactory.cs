using Spectre.Console;

namespace Asa.Cli.Output;

/// <summary>A Spectre console on the host's output: colours and a spinner on a terminal, plain text otherwise.</summary>
public static class ConsoleFactory
{
    // Redirected output is read by scripts and tests: wrapping it at 80 columns would split lines mid-word.
    private const int RedirectedWidth = 1000;

    public static IAnsiConsole Create(CliHost host)
    {
        var terminal = host.OutputIsTerminal;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(host.Output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }
        return console;
    }
}
