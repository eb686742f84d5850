using RlaifTheorems.Lab.Studies;
using Spectre.Console;

namespace RlaifTheorems.Cli.Lab;

/// <summary>The lab's progress on standard error: a Spectre.Console bar per task when standard error is a terminal, one line per
/// task otherwise (logs, CI), nothing under --quiet.</summary>
public sealed class LabProgress : ILabProgress
{
    private readonly bool _quiet;
    // Colour only on a terminal: a redirected standard error (a log, CI) gets plain text.
    private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
        Ansi = Console.IsErrorRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = Console.IsErrorRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    });

    /// <summary>A progress sink; silent when <paramref name="quiet"/>.</summary>
    public LabProgress(bool quiet) => _quiet = quiet;

    /// <inheritdoc />
    public IProgress<int> Start(string description, int total)
    {
        if (_quiet) return new Sink(_ => { });
        if (Console.IsErrorRedirected || total <= 1)
        {
            Console.Error.WriteLine($"lab: {description} ({total})");
            return new Sink(_ => { });
        }
        return new Sink(done =>
        {
            int width = 30, filled = (int)Math.Round(width * Math.Clamp((double)done / total, 0, 1));
            Console.Error.Write($"\rlab: {description} [{new string('#', filled)}{new string('.', width - filled)}] {done}/{total}");
            if (done >= total) Console.Error.WriteLine();
        });
    }

    /// <inheritdoc />
    public void Note(string message)
    {
        if (!_quiet) _console.MarkupLineInterpolated($"[grey]lab: {message}[/]");
    }

    private sealed class Sink(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
