namespace RlaifTheorems.Lab.LanguageModels;

/// <summary>Log-probabilities of continuations from a sequence already read, without rereading it: the sequence's cache is copied
/// into a scratch sequence and the continuation read there.</summary>
public static class Continuation
{
    /// <summary>log p(c | what <paramref name="after"/> has read) = Σ_t log p(c_t | …, c_&lt;t); <paramref name="scratch"/> is overwritten.</summary>
    public static double LogProbability(LlamaSequence after, IReadOnlyList<int> continuation, LlamaSequence scratch, ResidualEdit? edit = null)
    {
        if (continuation.Count == 0) return 0;
        double total = LogSoftmax.Of(after.Logits, continuation[0]);
        if (continuation.Count == 1) return total;
        scratch.CopyFrom(after);
        for (int t = 1; t < continuation.Count; t++) total += LogSoftmax.Of(scratch.Read(continuation[t - 1], edit), continuation[t]);
        return total;
    }
}
