using RlaifTheorems.Lab.LanguageModels;

namespace RlaifTheorems.Properties.Lab.LanguageModels;

/// <summary>
/// The Llama-2 forward pass written the plain way, as the test's independent reference: double precision, no cache, every
/// position's keys and values recomputed from the whole prefix, causal attention as a masked matrix. Returns the logits at every
/// position, and the residual stream after the embedding and every block at the last position.
/// </summary>
internal static class ReferenceTransformer
{
    public static (double[][] Logits, double[][] Residuals) Run(LlamaCheckpoint w, IReadOnlyList<int> tokens)
    {
        var c = w.Config;
        int n = tokens.Count, d = c.Dim, hs = c.HeadSize;
        var x = new double[n][];
        for (int t = 0; t < n; t++) x[t] = Enumerable.Range(0, d).Select(j => (double)w.Embedding[tokens[t] * d + j]).ToArray();
        var residuals = new List<double[]> { (double[])x[n - 1].Clone() };
        for (int l = 0; l < c.Layers; l++)
        {
            var normed = x.Select(v => Norm(v, w.AttentionNorm[l])).ToArray();
            var q = normed.Select((v, t) => Rope(Mul(w.Wq[l], v, d), t, hs)).ToArray();
            var k = normed.Select((v, t) => Rope(Mul(w.Wk[l], v, c.KvDim), t, hs)).ToArray();
            var val = normed.Select(v => Mul(w.Wv[l], v, c.KvDim)).ToArray();
            for (int t = 0; t < n; t++)
            {
                var mixed = new double[d];
                for (int h = 0; h < c.Heads; h++)
                {
                    int kvh = h / (c.Heads / c.KvHeads);
                    var scores = new double[t + 1];
                    for (int u = 0; u <= t; u++)
                        for (int i = 0; i < hs; i++) scores[u] += q[t][h * hs + i] * k[u][kvh * hs + i] / Math.Sqrt(hs);
                    double max = scores.Max(), sum = scores.Sum(s => Math.Exp(s - max));
                    for (int u = 0; u <= t; u++)
                        for (int i = 0; i < hs; i++) mixed[h * hs + i] += Math.Exp(scores[u] - max) / sum * val[u][kvh * hs + i];
                }
                var o = Mul(w.Wo[l], mixed, d);
                for (int j = 0; j < d; j++) x[t][j] += o[j];
            }
            for (int t = 0; t < n; t++)
            {
                var m = Norm(x[t], w.FeedForwardNorm[l]);
                var gate = Mul(w.W1[l], m, c.HiddenDim);
                var up = Mul(w.W3[l], m, c.HiddenDim);
                var hidden = gate.Select((g, i) => g / (1 + Math.Exp(-g)) * up[i]).ToArray();
                var down = Mul(w.W2[l], hidden, d);
                for (int j = 0; j < d; j++) x[t][j] += down[j];
            }
            residuals.Add((double[])x[n - 1].Clone());
        }
        var logits = x.Select(v => Mul(w.Classifier, Norm(v, w.FinalNorm), c.VocabSize)).ToArray();
        return (logits, residuals.ToArray());
    }

    private static double[] Norm(double[] x, float[] weight)
    {
        double r = 1 / Math.Sqrt(x.Sum(v => v * v) / x.Length + 1e-5);
        return x.Select((v, j) => weight[j] * v * r).ToArray();
    }

    private static double[] Mul(float[] w, double[] x, int rows)
    {
        var y = new double[rows];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < x.Length; j++) y[i] += w[(long)i * x.Length + j] * x[j];
        return y;
    }

    private static double[] Rope(double[] v, int pos, int hs)
    {
        var r = (double[])v.Clone();
        for (int i = 0; i < v.Length; i += 2)
        {
            int pair = i % hs / 2;
            double angle = pos * Math.Pow(10000, -2.0 * pair / hs);
            r[i] = v[i] * Math.Cos(angle) - v[i + 1] * Math.Sin(angle);
            r[i + 1] = v[i] * Math.Sin(angle) + v[i + 1] * Math.Cos(angle);
        }
        return r;
    }
}
