using System.Runtime.CompilerServices;

namespace RlaifTheorems.Kernels;

/// <summary>
/// Q (d×k, column-major) packed twice for <see cref="LargeRankProjection256"/>, in panels of <see cref="Width"/> = 8 that each
/// register tile reads as one contiguous run:
/// coefficient panels, one per group of eight columns of Q, panel_g[8r + j] = Q[r, 8g + j] (zero for 8g + j ≥ k), so a row's
/// eight coefficients are one cache line; and reconstruction panels, one per strip of eight rows, panel_s[8i + j] = Q[8s + j, i]
/// (zero for 8s + j ≥ d). The memory is the caller's (pinned, <see cref="Length"/> doubles).
/// </summary>
internal readonly unsafe struct PackedPanels
{
    /// <summary>Coefficients per coefficient panel row, rows per reconstruction strip.</summary>
    public const int Width = 8;

    private readonly double* coefficients;
    private readonly double* reconstruction;

    /// <summary>Packs Q into <paramref name="memory"/>, which holds at least <see cref="Length"/>(d, k) doubles.</summary>
    public PackedPanels(double* q, int d, int k, double* memory)
    {
        D = d;
        K = k;
        Kp = PaddedRank(k);
        Strips = (d + Width - 1) / Width;
        coefficients = memory;
        reconstruction = memory + (long)Kp * d;
        PackCoefficients(q);
        PackReconstruction(q);
    }

    /// <summary>Rows of Q.</summary>
    public int D { get; }

    /// <summary>Columns of Q.</summary>
    public int K { get; }

    /// <summary>k rounded up to a multiple of eight.</summary>
    public int Kp { get; }

    /// <summary>Strips of eight rows, the last one padded with zero rows.</summary>
    public int Strips { get; }

    /// <summary>k rounded up to a multiple of eight.</summary>
    public static int PaddedRank(int k) => (k + Width - 1) / Width * Width;

    /// <summary>Doubles the two packings take.</summary>
    public static long Length(int d, int k) => (long)PaddedRank(k) * d + (long)(d + Width - 1) / Width * Width * k;

    /// <summary>The panel of coefficients k0 … k0 + 7 (k0 a multiple of eight): row r at [8r].</summary>
    public double* CoefficientPanel(int k0) => coefficients + (long)k0 * D;

    /// <summary>The panel of strip s (rows 8s … 8s + 7): column i at [8i].</summary>
    public double* ReconstructionPanel(int s) => reconstruction + (long)s * Width * K;

    /// <summary>Panel by panel, row by row: eight columns of Q read side by side, the panel written in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PackCoefficients(double* q)
    {
        for (int k0 = 0; k0 < Kp; k0 += Width)
        {
            double* panel = CoefficientPanel(k0);
            for (int r = 0; r < D; r++)
                for (int j = 0; j < Width; j++)
                    panel[(long)r * Width + j] = k0 + j < K ? q[(long)(k0 + j) * D + r] : 0;
        }
    }

    /// <summary>Strip by strip, column by column: eight rows of each column of Q, the panel written in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PackReconstruction(double* q)
    {
        for (int s = 0; s < Strips; s++)
        {
            double* panel = ReconstructionPanel(s);
            int r0 = s * Width;
            for (int i = 0; i < K; i++)
                for (int j = 0; j < Width; j++)
                    panel[(long)i * Width + j] = r0 + j < D ? q[(long)i * D + r0 + j] : 0;
        }
    }
}
