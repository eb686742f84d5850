namespace RlaifTheorems.Catalogue.Running;

/// <summary>The dimensions of a case: D (world) and d (representation).</summary>
public readonly record struct Dimensions(int World, int Representation)
{
    /// <inheritdoc/>
    public override string ToString() => $"D={World}, d={Representation}";
}
