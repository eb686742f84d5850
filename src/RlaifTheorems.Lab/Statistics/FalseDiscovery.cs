namespace RlaifTheorems.Lab.Statistics;

/// <summary>Benjamini–Hochberg: with p-values sorted p₍₁₎ ≤ … ≤ p₍ₘ₎ and k the largest i with p₍ᵢ₎ ≤ q·i/m, reject the k smallest;
/// the expected share of false rejections among rejections is at most q for independent (or positively dependent) tests.</summary>
public static class FalseDiscovery
{
    /// <summary>Which of <paramref name="pValues"/> are rejected at false-discovery rate <paramref name="q"/>.</summary>
    public static bool[] Reject(IReadOnlyList<double> pValues, double q)
    {
        int m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        int last = -1;
        for (int r = 0; r < m; r++)
            if (pValues[order[r]] <= q * (r + 1) / m) last = r;
        var rejected = new bool[m];
        for (int r = 0; r <= last; r++) rejected[order[r]] = true;
        return rejected;
    }
}
