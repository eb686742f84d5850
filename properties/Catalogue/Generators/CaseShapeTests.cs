using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using RlaifTheorems.Catalogue.Generators;
using RlaifTheorems.Core.Model;

namespace RlaifTheorems.Properties.Catalogue.Generators;

/// <summary>
/// What each generator's documentation promises, on samples at stated sizes: the dimension bounds as functions of FsCheck's size;
/// the anisotropic encoders' singular values log-spaced from 1 to exactly 1/κ, κ ∈ {10, 10³, 10⁶}; the planted edges with
/// their stated factors (m = ±c·Ev and g = c·m with c ∈ [0.5, 2], g = −c·Ev, m in the constitution); the exact cases on the
/// k/4 grid with their planted edges; and the other case types' ranges and edges.
/// </summary>
public sealed class CaseShapeTests
{
    private static T[] Sample<T>(Gen<T> gen, int count, int size, ulong seed = 31) => Gen.Sample(gen, count, new Rnd(seed, 0x9E3779B97F4A7C15UL), size);

    private static double Cos(double[] x, double[] y) => Vectors.Dot(x, y) / (Vectors.Norm(x) * Vectors.Norm(y));

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(24, 1, 1)]
    [InlineData(60, 2, 2)]
    [InlineData(100, 3, 1)]
    [InlineData(200, 1, 1)]
    public void ModelDimensionsGrowWithSizeWithinTheirBounds(int size, int minWorld, int minRepresentation)
    {
        var cases = Sample(ModelCaseGenerator.Cases(minWorld, minRepresentation), 300, size);
        int lowest = Math.Max(minWorld, minRepresentation), highest = lowest + Math.Min(8, size / 12);
        Assert.All(cases, c => Assert.True(c.WorldDimension >= lowest && c.WorldDimension <= highest
            && c.RepresentationDimension >= minRepresentation && c.RepresentationDimension <= c.WorldDimension && c.IsValid(), $"{c}"));
        Assert.Contains(cases, c => c.WorldDimension == highest);
        Assert.Contains(cases, c => c.RepresentationDimension == minRepresentation);
        var exact = Sample(ModelCaseGenerator.OfDimensions(3, 5), 50, 100);
        Assert.All(exact, c => Assert.Equal((3, 5), (c.RepresentationDimension, c.WorldDimension)));
    }

    [Fact]
    public void AnisotropicEncodersHaveLogSpacedSingularValuesFromOneToOneOverKappa()
    {
        var (found, foundPast2) = (new HashSet<double>(), new HashSet<double>());
        int isometric = 0;
        foreach (var e in Sample(Gen.Choose(2, 5).SelectMany(d => ModelCaseGenerator.Encoder(d, d + 1)), 400, 100))
        {
            int d = e.Length;
            var sigma = Matrix<double>.Build.DenseOfRowArrays(e).Svd(false).S.ToArray();
            if (sigma.All(s => Math.Abs(s - 1) < 1e-12)) { isometric++; continue; }
            foreach (double kappa in new[] { 10.0, 1e3, 1e6 })
            {
                var planned = Enumerable.Range(0, d).Select(i => Math.Pow(kappa, -(double)i / (d - 1))).ToArray();
                if (!sigma.Zip(planned).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * p.Second)) continue;
                found.Add(kappa);
                if (d > 2) foundPast2.Add(kappa);
            }
        }
        Assert.Equal([10.0, 1e3, 1e6], found.Order());
        Assert.Equal([10.0, 1e3, 1e6], foundPast2.Order());
        Assert.True(isometric > 0);
        var single = Sample(ModelCaseGenerator.Encoder(1, 3), 200, 100);
        Assert.All(single, e => Assert.Equal(3, e[0].Length));
        Assert.Contains(single, e => Math.Abs(Vectors.Norm(e[0]) - 1) < 1e-12);
    }

    [Fact]
    public void EveryPlantedEdgeCarriesItsStatedFactor()
    {
        var cases = Sample(ModelCaseGenerator.Cases(), 3000, 100);
        bool Multiple(double[] x, double[] y, double sign) => Math.Abs(Cos(x, y) - sign) < 1e-12;
        double Ratio(double[] x, double[] y) => Vectors.Norm(x) / Vectors.Norm(y);
        var w = cases.Select(c => Vectors.Multiply(c.E, c.V)).ToArray();
        // At d = 1 every pair of vectors is parallel: the edges are read where d ≥ 2.
        var withW = Enumerable.Range(0, cases.Length).Where(i => Vectors.Norm(w[i]) > 1e-6 && cases[i].RepresentationDimension > 1).ToList();
        var latentAlong = withW.Where(i => Multiple(cases[i].M, w[i], 1)).ToList();
        var latentAgainst = withW.Where(i => Multiple(cases[i].M, w[i], -1)).ToList();
        // Where m is itself ±c·Ev, g = c·m and g = −c·Ev cannot be told apart: those cases are left out of both.
        var mOffEv = Enumerable.Range(0, cases.Length).Where(i => cases[i].RepresentationDimension > 1 && !latentAlong.Contains(i) && !latentAgainst.Contains(i)).ToList();
        var generationAlongM = mOffEv.Where(i => Multiple(cases[i].G, cases[i].M, 1)).ToList();
        var generationAgainstW = mOffEv.Where(i => withW.Contains(i) && Multiple(cases[i].G, w[i], -1)).ToList();
        foreach (var (name, set, ratio) in new[]
        {
            ("m = c·Ev", latentAlong, (Func<int, double>)(i => Ratio(cases[i].M, w[i]))),
            ("m = −c·Ev", latentAgainst, i => Ratio(cases[i].M, w[i])),
            ("g = c·m", generationAlongM, i => Ratio(cases[i].G, cases[i].M)),
            ("g = −c·Ev", generationAgainstW, i => Ratio(cases[i].G, w[i])),
        })
        {
            Assert.True(set.Count > 30, $"{name}: {set.Count} cases");
            Assert.All(set, i => Assert.InRange(ratio(i), 0.5 - 1e-12, 2 + 1e-12));
        }
        // m = Ev + 10⁻⁴‖Ev‖·n/‖n‖: within an angle of 10⁻⁴ of Ev, not on it.
        var near = withW.Select(i => Math.Acos(Math.Min(1, Cos(cases[i].M, w[i])))).Where(a => a > 1e-7 && a < 3e-4).ToList();
        Assert.True(near.Count > 30, $"{near.Count} near multiples");
        Assert.All(near, a => Assert.True(a <= 1.0001e-4, $"angle {a}"));
        Assert.Contains(near, a => a > 3e-5);
        Assert.All(cases, c => Assert.True(c.C.Length <= c.RepresentationDimension + 1, $"{c}"));
        // m as the first spanning vector, and spanning sets with a dependent vector.
        Assert.Contains(cases, c => c.C[0].SequenceEqual(c.M) && c.C.Length > 1);
        Assert.Contains(cases, c => c.C.Length == c.RepresentationDimension + 1 && c.RepresentationDimension > 1);
        // v orthogonal to the row space (ρ = 0) is planted only where it can be, d < D.
        Assert.All(cases.Where(c => c.RepresentationDimension == c.WorldDimension), c => Assert.True(c.Model().Quality > 1 - 1e-9));
    }

    [Fact]
    public void ExactCasesLieOnTheQuarterGridWithTheirEdges()
    {
        var cases = Sample(ExactModelCases.Cases, 2000, 100);
        static bool OnGrid(double x) => x * 4 == Math.Round(x * 4) && Math.Abs(x) <= 2;
        Assert.All(cases, c => Assert.True(c.E.SelectMany(r => r).Concat(c.V).Concat(c.C.SelectMany(r => r)).All(OnGrid)
            && c.WorldDimension <= 4 && c.RepresentationDimension <= c.WorldDimension && c.C.Length >= 1 && c.C.Length <= c.RepresentationDimension
            && c.IsValid(), $"{c}"));
        var w = cases.Select(c => Vectors.Multiply(c.E, c.V)).ToArray();
        var multiples = Enumerable.Range(0, cases.Length).Where(i => Vectors.Norm(w[i]) > 0 && Math.Abs(Cos(cases[i].M, w[i]) - 1) < 1e-12).ToList();
        // m = k·Ev (k = 1, 2, 3) is planted in one case in five, g = m in one in five: both rates are read where d ≥ 2, within 5
        // standard errors of 1/5 plus what chance adds on the grid.
        var planar = Enumerable.Range(0, cases.Length).Where(i => cases[i].RepresentationDimension > 1).ToList();
        double planted = planar.Count(i => Enumerable.Range(1, 3).Any(k => cases[i].M.SequenceEqual(w[i].Select(x => k * x)))) / (double)planar.Count;
        double equalG = planar.Count(i => cases[i].G.SequenceEqual(cases[i].M)) / (double)planar.Count;
        double se = 5 * Math.Sqrt(0.2 * 0.8 / planar.Count);
        Assert.InRange(planted, 0.2 - se, 0.2 + se + 0.05);
        Assert.InRange(equalG, 0.2 - se, 0.2 + se + 0.05);
        Assert.Contains(multiples, i => Enumerable.Range(2, 2).Any(k => cases[i].M.SequenceEqual(w[i].Select(x => k * x))));
        Assert.Contains(cases, c => c.E.SelectMany(r => r).Any(x => x < 0));
        Assert.Contains(cases, c => c.E.SelectMany(r => r).Any(x => x == 0));
        Assert.Contains(cases, c => c.WorldDimension == 4);
        Assert.Contains(cases, c => c.WorldDimension == 1);

        var contextual = Sample(ExactModelCases.ContextualCases().Generator, 500, 100);
        Assert.Contains(contextual, c => c.Constitutions.Any(s => s.Any(v => v.Any(t => t == 0) && v.Any(t => t != 0))));
        // A constitution is kept when some spanning vector is non-zero: one whose vectors all have a zero entry, and one with a
        // zero vector beside a non-zero one.
        Assert.Contains(contextual, c => c.Constitutions.Any(s => s.All(v => v.Any(t => t == 0)) && s.Any(v => v.Any(t => t != 0))));
        // (A zero vector on the grid is rare, about one case in 400: read on a larger sample.)
        Assert.Contains(Sample(ExactModelCases.ContextualCases().Generator, 20_000, 100), c => c.Constitutions.Any(s => s.Any(v => v.All(t => t == 0)) && s.Any(v => v.Any(t => t != 0))));
        Assert.All(contextual, c => Assert.True(c.G.Length <= 3 && c.G[0].Length <= 3 && c.Strengths.All(l => l * 4 == Math.Round(l * 4) && l is >= 0.25 and <= 3)
            && c.Constitutions.All(s => s.Length >= 1 && s.Length <= c.G.Length && s.Any(v => v.Any(t => t != 0))), $"{c}"));
        var objectives = Sample(ExactModelCases.MultiObjectiveCases().Generator, 500, 100);
        Assert.All(objectives, c => Assert.True(c.Values.Length is >= 2 and <= 4 && c.IsValid() && c.E.SelectMany(r => r).All(OnGrid)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    [InlineData(100)]
    public void OtherCasesKeepTheirStatedRanges(int size)
    {
        var laws = Sample(LawCase.Arbitrary.Generator, 300, size);
        Assert.All(laws, c => Assert.True(c.WorldDimension >= 2 && c.WorldDimension <= 2 + Math.Min(12, size / 8)
            && c.RepresentationDimension >= 1 && c.RepresentationDimension < c.WorldDimension && c.Seed >= 0));
        Assert.Contains(laws, c => c.WorldDimension == 2 + Math.Min(12, size / 8));

        var contextual = Sample(ContextualCase.Arbitrary.Generator, 300, size);
        int most = 1 + Math.Min(8, size / 12);
        Assert.All(contextual, c => Assert.True(c.G.Length <= most && c.G[0].Length <= most && c.L.Length == c.G.Length
            && c.L.All(r => r.Length == c.G[0].Length) && c.Constitutions.Length is >= 1 and <= 3 && c.Strengths.Length == c.Constitutions.Length
            && c.Strengths.All(l => l is > 0.1 and < 3) && c.Constitutions.All(s => s.Length >= 1 && s.Length <= c.G.Length && s.All(r => r.Length == c.G.Length))));
        Assert.Contains(contextual, c => c.G.Length == most);

        var thresholds = Sample(ThresholdCase.Arbitrary.Generator, 300, size);
        Assert.All(thresholds, t => Assert.True(t.Tau is > -2 and < 2 && t.Case.IsValid()));

        var coupled = Sample(CoupledWorldCase.Arbitrary.Generator, 300, size);
        Assert.All(coupled, c => Assert.True(c.WorldDimension >= 2 && c.WorldDimension <= 2 + Math.Min(5, size / 16)
            && c.RepresentationDimension <= c.WorldDimension && c.Beta is > -3 and < 3 && c.IsValid()));
        Assert.Contains(coupled, c => c.V.Take(c.WorldDimension - 1).All(t => t == 0) && c.V[^1] == 1);

        var objectives = Sample(MultiObjectiveCase.Arbitrary().Generator, 300, size);
        Assert.All(objectives, c => Assert.True(c.Values.Length is >= 2 and <= 5 && c.WorldDimension >= 2
            && c.WorldDimension <= 2 + Math.Min(7, size / 12) && c.IsValid()));
    }

    /// <summary>Whether the last row is −Σ c_i (row i) with every c_i in [0.2, 2], the others' coefficients found by least squares.</summary>
    private static bool IsNegativeCombinationOfTheOthers(double[][] rows)
    {
        var others = Matrix<double>.Build.DenseOfColumnArrays(rows[..^1]);
        var last = -Vector<double>.Build.DenseOfArray(rows[^1]);
        var weights = others.QR().Solve(last);
        return (others * weights - last).L2Norm() <= 1e-9 * last.L2Norm() && weights.All(w => w is >= 0.2 - 1e-9 and <= 2 + 1e-9);
    }

    [Fact]
    public void MultiObjectiveEdgesArePlanted()
    {
        var cases = Sample(MultiObjectiveCase.Arbitrary().Generator, 1000, 100);
        Assert.Contains(cases, c => c.Values[1].Zip(c.Values[0]).All(p => p.First == -p.Second));
        Assert.Contains(cases, c => c.Values[1].SequenceEqual(c.Values[0]));
        // A duplicated objective among three or more, the others free.
        Assert.Contains(cases, c => c.Values.Length >= 3 && c.Values[1].SequenceEqual(c.Values[0]) && !c.Values[2].SequenceEqual(c.Values[0]));
        // 0 in the hull by construction: among three or more objectives, the last is −Σ c_i v_i with every c_i in [0.2, 2]
        // (read where k − 1 < D: the c_i are then unique, and a free last row lies in the span of the others with probability 0).
        Assert.Contains(cases, c => c.Values.Length >= 3 && c.Values.Length - 1 < c.WorldDimension && IsNegativeCombinationOfTheOthers(c.Values));
        // m against the sum of the gradients, read at d ≥ 3: every gradient ∇A_i(g) is orthogonal to g, so at d = 2 they all lie on
        // one line and any m on it is ± their sum by chance.
        Assert.Contains(cases, c =>
        {
            if (c.RepresentationDimension < 3) return false;
            var sum = c.Gradients().Aggregate((x, y) => x + y);
            return Math.Abs(Cos(c.M, sum.ToArray()) + 1) < 1e-12;
        });
        var two = Sample(TwoObjectiveArbitraries.MultiObjectiveCases().Generator, 200, 100);
        Assert.All(two, c => Assert.True(c.Values.Length == 2 && c.RepresentationDimension >= 2));
        var planar = Sample(PlanarArbitraries.ModelCases().Generator, 200, 100);
        Assert.All(planar, c => Assert.True(c.RepresentationDimension >= 2 && c.WorldDimension >= 2));
    }

    [Fact]
    public void InvalidDataIsNoCaseAndACaseReadsInOneLine()
    {
        var c = new ModelCase([[1, 0]], [1, 0], [1], [1], [[1]]);
        Assert.True(c.IsValid());
        Assert.False((c with { E = [] }).IsValid());
        Assert.False((c with { E = [[0, 0]] }).IsValid());
        Assert.False((c with { V = [0, 0] }).IsValid());
        Assert.False((c with { M = [0] }).IsValid());
        Assert.False((c with { G = [0] }).IsValid());
        Assert.False((c with { C = [[0]] }).IsValid());
        Assert.False((c with { M = [1, 0] }).IsValid());
        Assert.False((c with { G = [1, 0] }).IsValid());
        Assert.False((c with { C = [[1, 0]] }).IsValid());
        Assert.False((c with { E = [[1, 0, 0]] }).IsValid());
        Assert.False(new ModelCase([], [1, 0], [], [], []).IsValid());
        var two = new ModelCase([[1, 0], [0, 1]], [1, 0], [1, 0], [1, 0], [[1, 0]]);
        Assert.True(two.IsValid());
        Assert.False((two with { E = [[1, 0], [0]] }).IsValid());
        Assert.False((two with { C = [[1, 0], [1]] }).IsValid());
        Assert.Equal("D=2 d=1 E=[[1, 0]] v=[1, 0] m=[1] g=[1] C=[[1]]", c.ToString());
        Assert.Equal("d=2 D=5 seed=9", new LawCase(2, 5, 9).ToString());
        Assert.Equal("D=2 d=1 E=[[1, 0]] v=[1, 0] m=[1] g=[1] C=[[1]] τ=0.5", new ThresholdCase(c, 0.5).ToString());
        Assert.Equal("D=2 d=1 E=[[1, 0]] v=[0, 1] β=-1.5", new CoupledWorldCase([[1, 0]], [0, 1], -1.5).ToString());
        Assert.False(new CoupledWorldCase([[1]], [1], 1).IsValid());
        Assert.False(new CoupledWorldCase([[1, 0, 0]], [0, 1], 1).IsValid());
        Assert.False(new CoupledWorldCase([[1, 0]], [0, 0], 1).IsValid());
        Assert.False(new CoupledWorldCase([[1, 0], [1]], [0, 1], 1).IsValid());
        var objectives = new MultiObjectiveCase([[1, 0]], [[1, 0], [0, 1]], [1], [1]);
        Assert.True(objectives.IsValid());
        Assert.False((objectives with { M = [0] }).IsValid());
        Assert.True((objectives with { M = [0] }).IsValid(requireLatent: false));
        Assert.False((objectives with { G = [0] }).IsValid());
        Assert.False((objectives with { Values = [[1, 0], [1]] }).IsValid());
        Assert.False((objectives with { M = [1, 1] }).IsValid());
        Assert.False((objectives with { E = [[0, 0]] }).IsValid());
        Assert.False((objectives with { Values = [[0, 0], [0, 1]] }).IsValid());
        Assert.Equal("D=2 d=1 E=[[1, 0]] v=[[1, 0], [0, 1]] m=[1] g=[1]", objectives.ToString());
        Assert.Equal("G=[[1]] L=[[2]] C=[[1]] [[0.5]] λ=[1, 2]", new ContextualCase([[1]], [[2]], [[[1]], [[0.5]]], [1, 2]).ToString());
        Assert.Equal("d=3 k=2 n=1", new KernelCase(3, 2, 1, [], []).ToString());
    }

    [Fact]
    public void KernelCasesHaveTheirStatedShapes()
    {
        var cases = Sample(KernelCase.Arbitrary.Generator, 600, 100);
        Assert.All(cases, c => Assert.True(c.K <= c.D && c.Basis.Length == c.D * c.K && c.X.Length == c.D * c.N, $"{c}"));
        // A zero first column, and only that column: the next entry is a normal draw.
        Assert.Contains(cases, c => c.N > 1 && c.X.Take(c.D).All(t => t == 0) && c.X[c.D] != 0);
        Assert.Contains(cases, c => c.X.Any(t => t != 0) && !c.X.Take(c.D).All(t => t == 0));
        var large = Sample(KernelCase.LargeBasis.Generator, 40, 100);
        long least = RlaifTheorems.Kernels.ProjectionKernel.BlockedMinimumSize;
        Assert.All(large, c => Assert.True(c.K is >= 8 and <= 16 && (long)c.D * c.K >= least && (long)(c.D - 41) * c.K < least
            && c.N is >= 1 and <= 20 && c.Basis.Length == c.D * c.K && c.X.Length == c.D * c.N, $"{c}"));
    }
}

