using System.Runtime.InteropServices;

namespace RlaifTheorems.Cli.Shared;

/// <summary>
/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a request to stop after the chunk under way, so a long run writes what has
/// finished instead of dying with nothing; a second Ctrl-C ends the process at once.
/// </summary>
public sealed class Interrupt : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration? _term;

    /// <summary>Starts listening.</summary>
    public Interrupt()
    {
        Console.CancelKeyPress += OnCancel;
        try { _term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; Request(); }); }
        catch (PlatformNotSupportedException) { }
    }

    /// <summary>Signalled at the first interrupt.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>True once an interrupt arrived.</summary>
    public bool Requested => _source.IsCancellationRequested;

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        if (Requested) return;
        e.Cancel = true;
        Request();
    }

    /// <summary>Asks the run to stop after the chunk under way, as a first Ctrl-C does.</summary>
    public void Request()
    {
        Console.Error.WriteLine();
        Console.Error.WriteLine("check: interrupt received; finishing the chunk under way, then writing what has finished (Ctrl-C again to abort)");
        _source.Cancel();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _term?.Dispose();
        _source.Dispose();
    }
}
