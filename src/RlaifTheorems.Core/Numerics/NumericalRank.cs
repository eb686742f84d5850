using MathNet.Numerics.LinearAlgebra;

namespace RlaifTheorems.Core.Numerics;

/// <summary>Numerical rank: the number of singular values above <see cref="Tolerance.RankThreshold"/>·σ_max (and above the absolute floor).</summary>
public static class NumericalRank
{
    /// <summary>rank(A) within the tolerance policy; 0 for the zero matrix.</summary>
    public static int Of(Matrix<double> a)
    {
        if (a.RowCount == 0 || a.ColumnCount == 0) return 0;
        // Stryker disable once Boolean : the singular vectors, when computed, change no singular value.
        var s = a.Svd(computeVectors: false).S;
        double top = s[0];
        double cut = Math.Max(Tolerance.RankThreshold * top, Tolerance.Absolute);
        return s.Count(x => x > cut);
    }
}
