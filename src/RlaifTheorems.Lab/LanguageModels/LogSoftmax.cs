namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>log p_i = z_i − log Σ_j exp z_j, in double from float32 logits, with the maximum subtracted first so no exponential
/// overflows: exact up to double rounding for the logits the pass computed.</summary>
public static class LogSoftmax
{
    /// <summary>log Σ_j exp z_j.</summary>
    public static double LogNormaliser(ReadOnlySpan<float> logits)
    {
        double max = double.NegativeInfinity;
        foreach (var z in logits) max = Math.Max(max, z);
        double sum = 0;
        foreach (var z in logits) sum += Math.Exp(z - max);
        return max + Math.Log(sum);
    }

    /// <summary>log p of <paramref name="token"/> under <paramref name="logits"/>.</summary>
    public static double Of(ReadOnlySpan<float> logits, int token) => logits[token] - LogNormaliser(logits);

    /// <summary>Every token's log p.</summary>
    public static double[] All(ReadOnlySpan<float> logits)
    {
        double lse = LogNormaliser(logits);
        var result = new double[logits.Length];
        for (int i = 0; i < result.Length; i++) result[i] = logits[i] - lse;
        return result;
    }

    /// <summary>Every token's log p under the logits z + b, formed in double.</summary>
    public static double[] All(ReadOnlySpan<float> logits, ReadOnlySpan<float> bias)
    {
        var shifted = new double[logits.Length];
        double max = double.NegativeInfinity;
        for (int i = 0; i < shifted.Length; i++) max = Math.Max(max, shifted[i] = (double)logits[i] + bias[i]);
        double sum = 0;
        foreach (var z in shifted) sum += Math.Exp(z - max);
        double lse = max + Math.Log(sum);
        for (int i = 0; i < shifted.Length; i++) shifted[i] -= lse;
        return shifted;
    }
}
