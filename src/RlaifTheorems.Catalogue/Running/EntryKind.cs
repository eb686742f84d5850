namespace RlaifTheorems.Catalogue.Running;

/// <summary>Status words of the THEORY: THEOREM must hold, LAW holds statistically with a stated bound, PROBE must be refuted.</summary>
public enum EntryKind { Theorem, Law, Probe }

/// <summary>The outcome of running one catalogue entry.</summary>
public enum Verdict
{
    /// <summary>A THEOREM or LAW held on every case.</summary>
    Holds,
    /// <summary>A PROBE's claim was refuted by a shrunk counterexample.</summary>
    Refuted,
    /// <summary>A THEOREM or LAW failed, a PROBE was not refuted, or a property threw.</summary>
    Failed,
}
