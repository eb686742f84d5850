using Spectre.Console;

namespace RlaifTheorems.Cli.Shared;

/// <summary>Where tables and markup go: the terminal, or, when standard output is redirected (a file, a pipe, CI), plain text
/// with no colour codes, wide enough that no cell wraps.</summary>
public static class Tables
{
    /// <summary>The console to write to, <paramref name="width"/> columns wide when redirected.</summary>
    public static IAnsiConsole Console(int width) =>
        System.Console.IsOutputRedirected
            ? AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(System.Console.Out),
            }).WithWidth(width)
            : AnsiConsole.Console;

    /// <summary>Writes <paramref name="table"/>.</summary>
    public static void Write(Table table, int width) => Console(width).Write(table);

    private static IAnsiConsole WithWidth(this IAnsiConsole console, int width)
    {
        console.Profile.Width = width;
        return console;
    }
}
