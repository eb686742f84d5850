namespace RlaifTheorems.Lab.Studies;

/// <summary>Where a lab run reports what it is doing: a named task with a total, then counts done.</summary>
public interface ILabProgress
{
    /// <summary>Starts a task of <paramref name="total"/> units; the returned sink takes the units done so far.</summary>
    IProgress<int> Start(string description, int total);

    /// <summary>A line of information (what was fetched, what was dropped).</summary>
    void Note(string message);
}

/// <summary>Reports nothing.</summary>
public sealed class SilentProgress : ILabProgress
{
    /// <inheritdoc />
    public IProgress<int> Start(string description, int total) => new Progress<int>();
    /// <inheritdoc />
    public void Note(string message) { }
}
