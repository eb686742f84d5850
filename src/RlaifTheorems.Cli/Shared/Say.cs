namespace RlaifTheorems.Cli.Shared;

/// <summary>One-line messages on standard error, each starting with the command that speaks.</summary>
public static class Say
{
    /// <summary>Prints "<paramref name="command"/>: <paramref name="message"/>" and returns <see cref="ExitCodes.Usage"/>.</summary>
    public static int Usage(string command, string message)
    {
        Console.Error.WriteLine($"{command}: {message}");
        return ExitCodes.Usage;
    }
}
