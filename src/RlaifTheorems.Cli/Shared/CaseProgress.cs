namespace RlaifTheorems.Cli.Shared;

/// <summary>
/// Progress inside one entry of a long run, after each chunk of cases: on a terminal the entry's line is redrawn with the
/// cases done; on a redirected standard error (a log, CI: <paramref name="redirected"/>) a line is added at every tenth of the
/// budget.
/// </summary>
public sealed class CaseProgress(string line, int total, bool redirected) : IProgress<int>
{
    private int _tenths;
    private bool _drawn;

    /// <inheritdoc />
    public void Report(int cases)
    {
        if (redirected)
        {
            int tenths = (int)(10L * cases / Math.Max(1, total));
            if (tenths > _tenths && cases < total) Console.Error.Write($"{(_tenths == 0 ? "\n" : "")}  … {cases:N0}/{total:N0} cases\n");
            _tenths = Math.Max(_tenths, tenths);
            return;
        }
        Console.Error.Write($"\r{line}{cases:N0}/{total:N0} cases ");
        _drawn = true;
    }

    /// <summary>Leaves the line ready for the entry's verdict.</summary>
    public void Done()
    {
        if (_drawn) Console.Error.Write($"\r{line}");
        else if (_tenths > 0) Console.Error.Write("  … ");
    }
}
