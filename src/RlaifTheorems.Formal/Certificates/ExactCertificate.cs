namespace RlaifTheorems.Formal.Certificates;

/// <summary>
/// The exact inequality a counterexample certifies (<see cref="Inequality"/>, with every number in it exact), and whether
/// exact arithmetic confirms it for the stored inputs read as the rationals they are. An unconfirmed one says why.
/// </summary>
public sealed record ExactCertificate(string Inequality, bool Certified, string? Reason = null)
{
    /// <summary>A certificate the exact check does not confirm.</summary>
    public static ExactCertificate Fails(string inequality, string reason) => new(inequality, false, reason);
}
