using RlaifTheorems.Verification.Corpus;
using RlaifTheorems.Verification.Reports;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Core.Model;
using RlaifTheorems.Plotting;
using Vec = MathNet.Numerics.LinearAlgebra.Vector<double>;

namespace RlaifTheorems.Figures;

/// <summary>
/// Every figure of docs/THEORY.md and the README, regenerated from a seed and the counterexample corpus by one call
/// (<c>rlaif-theorems figures</c>): the RLAIF paths of P1.1's shrunk counterexample and of a monotone improvement (T1.2,
/// T1.3), the Beta law of ρ² (T2.4), the Pareto cone fraction (T5.2), the learned judge's error (S1) and the overshoot of a
/// non-monotone value (N2).
/// </summary>
public static class TheoryFigures
{
    /// <summary>The names of the figures, in the order they are written (each as NAME.png and NAME.svg).</summary>
    public static IReadOnlyList<string> Names { get; } =
        new[] { "path-transient-dip", "path-monotone", "ceiling-beta-law", "pareto-cone-fraction", "learned-judge-error", "non-monotone-overshoot" };

    /// <summary>Writes every figure into <paramref name="folder"/>, reading P1.1 and N2 from <paramref name="corpus"/>, and
    /// reports each figure's name to <paramref name="progress"/> as it starts. Returns the files written.</summary>
    /// <exception cref="InvalidDataException">A corpus file is missing or does not hold the case its figure needs.</exception>
    public static IReadOnlyList<string> WriteAll(string folder, string corpus, int seed, Action<string>? progress = null)
    {
        var written = new List<string>();
        void Write(string name, Func<ScottPlot.Plot> draw, ScottPlot.Alignment legend = ScottPlot.Alignment.LowerRight)
        {
            progress?.Invoke(name);
            written.AddRange(FigureFile.Save(draw(), folder, name, legend));
        }

        var dip = Pinned<ModelCase>(corpus, "P1.1");
        Write(Names[0], () =>
        {
            var model = dip.Model();
            var path = new Core.Theory.RlaifPath(model, dip.Constitution());
            double until = 2.5 * Math.Max(path.CrossingStrength ?? 0, path.Minimum.AtLimit ? path.NaturalScale : path.Minimum.Strength);
            return PathFigure.Draw(model, dip.Constitution(), "P1.1's shrunk counterexample: Δ(c) > 0, yet the path dips first", until);
        });
        Write(Names[1], () =>
        {
            // E = I₂, v = (1, 2)/√5, g = e₁, m = e₂, c = R²: Δ > 0 and s > 0, so by T1.3 A(g + λd_c) > A(g) at every λ > 0.
            var model = new LatentValueModel(Encoder.FromRows(new[] { new[] { 1.0, 0 }, new[] { 0, 1.0 } }), ValueDirection.Of(new[] { 1.0, 2 }),
                Vec.Build.DenseOfArray(new[] { 0.0, 1 }), Vec.Build.DenseOfArray(new[] { 1.0, 0 }));
            return PathFigure.Draw(model, Constitution.FromSpanningSet(new[] { new[] { 1.0, 0 }, new[] { 0, 1.0 } }),
                "Δ(c) > 0 and s(c) > 0: improvement at every strength (T1.3)", 10);
        });
        Write(Names[2], () => CeilingLawFigure.Draw(new[] { (2, 6), (4, 10), (9, 12) }, 20_000, seed), ScottPlot.Alignment.UpperLeft);
        Write(Names[3], () => ParetoConeFigure.Draw(3, 13, 100_000, (ulong)seed), ScottPlot.Alignment.UpperRight);
        Write(Names[4], () => LearnedJudgeFigure.Draw(new[]
        {
            ("E = diag(1, 1)", LearnedJudgeFigure.Anisotropic(1)),
            ("E = diag(1, 0.2)", LearnedJudgeFigure.Anisotropic(0.2)),
            ("E = diag(1, 0.05)", LearnedJudgeFigure.Anisotropic(0.05)),
        }, new[] { 125, 250, 500, 1000, 2000, 4000, 8000, 16000 }, 12, seed), ScottPlot.Alignment.LowerLeft);
        var overshoot = Pinned<ThresholdCase>(corpus, "N2");
        Write(Names[5], () => OvershootFigure.Draw(overshoot.Case.Model(), overshoot.Case.Constitution(), overshoot.Tau, 4), ScottPlot.Alignment.LowerLeft);
        return written;
    }

    /// <summary>The pinned case of <paramref name="id"/>, which must still refute its claim: the figure's title says it does.</summary>
    /// <exception cref="InvalidDataException">The file is missing, holds another kind of case, an invalid model, or a case that no
    /// longer refutes the claim.</exception>
    private static T Pinned<T>(string corpus, string id)
    {
        var file = CounterexampleFile.Read(Path.Combine(corpus, id + ".json"));
        ReplayResult replay;
        try { replay = file.Reevaluate(); }
        catch (Core.Numerics.ModelInputException e) { throw new InvalidDataException($"{id}.json: its case is not a valid model: {e.Message}"); }
        if (!replay.AsExpected) throw new InvalidDataException($"{id}.json no longer refutes its claim, so its figure would contradict its title: {replay.Summary}");
        return replay.Case is T c ? c : throw new InvalidDataException($"{id}.json holds a {replay.Case.GetType().Name}, not a {typeof(T).Name}");
    }
}
