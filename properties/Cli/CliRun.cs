using RlaifTheorems.Cli;

namespace RlaifTheorems.Properties.Cli;

/// <summary>The command line run in process, as a user runs it, with standard output and standard error captured. Console
/// redirection is process-wide, so a test that reads standard output runs in the "Alone" collection, where no other test
/// writes meanwhile.</summary>
internal static class CliRun
{
    /// <summary>Exit code, standard output and standard error of <c>rlaif-theorems <paramref name="args"/></c>.</summary>
    public static (int Code, string Out, string Error) Of(params string[] args) => WithInput(null, args);

    /// <summary>As <see cref="Of"/>, with <paramref name="stdin"/> (when not null) on standard input.</summary>
    public static (int Code, string Out, string Error) WithInput(string? stdin, params string[] args)
    {
        var (input, error, output) = (Console.In, Console.Error, Console.Out);
        var (capturedOut, capturedError) = (new StringWriter(), new StringWriter());
        try
        {
            if (stdin is not null) Console.SetIn(new StringReader(stdin));
            Console.SetOut(capturedOut);
            Console.SetError(capturedError);
            int code = Program.Main(args);
            return (code, capturedOut.ToString(), capturedError.ToString());
        }
        finally
        {
            Console.SetIn(input);
            Console.SetError(error);
            Console.SetOut(output);
        }
    }

    /// <summary>Exit code, standard output and standard error of <paramref name="run"/> (a handler called directly); the first time
    /// standard error holds <paramref name="cue"/>, <paramref name="atCue"/> runs, inside that write.</summary>
    public static (int Code, string Out, string Error) Handler(Func<int> run, string cue, Action atCue)
    {
        var (error, output) = (Console.Error, Console.Out);
        var (capturedOut, capturedError) = (new StringWriter(), new CueWriter(cue, atCue));
        try
        {
            Console.SetOut(capturedOut);
            Console.SetError(capturedError);
            int code = run();
            return (code, capturedOut.ToString(), capturedError.ToString());
        }
        finally
        {
            Console.SetError(error);
            Console.SetOut(output);
        }
    }

    /// <summary>Text written, and an action run once, when the text first holds the cue.</summary>
    private sealed class CueWriter(string cue, Action atCue) : TextWriter
    {
        private readonly System.Text.StringBuilder _text = new();
        private bool _cued;

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            _text.Append(value);
            if (_cued || value != cue[^1] || !_text.ToString().EndsWith(cue, StringComparison.Ordinal)) return;
            _cued = true;
            atCue();
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>The lines of <paramref name="text"/>, without trailing blanks.</summary>
    public static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd()).ToArray();

    /// <summary>The cells of a table row (Spectre's simple border: cells separated by two or more spaces), or null when
    /// <paramref name="line"/> does not start with <paramref name="firstCell"/>.</summary>
    public static string[]? Row(string line, string firstCell)
    {
        var cells = System.Text.RegularExpressions.Regex.Split(line.Trim(), @"\s{2,}");
        return cells[0] == firstCell ? cells : null;
    }
}
