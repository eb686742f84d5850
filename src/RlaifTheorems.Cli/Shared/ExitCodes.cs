namespace RlaifTheorems.Cli.Shared;

/// <summary>The tool's exit codes, and the sentence each command's help ends with.</summary>
public static class ExitCodes
{
    /// <summary>Everything as expected.</summary>
    public const int Ok = 0;

    /// <summary>An entry failed: a THEOREM or LAW broke, a PROBE was not refuted, or a pinned case no longer does what it records.</summary>
    public const int Failed = 1;

    /// <summary>Bad usage or input, named in one line.</summary>
    public const int Usage = 2;

    /// <summary>An interrupted run (128 + SIGINT, as shells report it): what finished was written.</summary>
    public const int Interrupted = 130;

    /// <summary>The exit codes of the commands that run the catalogue.</summary>
    public const string Help = "\n\nExit codes: 0 as expected, 1 an entry failed (a THEOREM or LAW broke, a PROBE was not refuted), 2 bad usage or input.";
}
