namespace RlaifTheorems.Core.Numerics;

/// <summary>What is wrong with an input (THEORY "Numerics": invalid input gets a typed error naming it).</summary>
public enum InputProblem
{
    /// <summary>Dimensions do not agree (e.g. v ∉ R^D for E ∈ R^{d×D}).</summary>
    ShapeMismatch,
    /// <summary>An entry is NaN or infinite.</summary>
    NonFiniteEntry,
    /// <summary>A vector that must be a direction is zero.</summary>
    ZeroDirection,
    /// <summary>An encoder is not of full row rank (or has d &gt; D).</summary>
    RankDeficient,
    /// <summary>A basis declared orthonormal is not.</summary>
    NotOrthonormal,
    /// <summary>A scalar is outside its documented range.</summary>
    OutOfRange,
    /// <summary>A required field is absent (JSON input).</summary>
    MissingField,
}
