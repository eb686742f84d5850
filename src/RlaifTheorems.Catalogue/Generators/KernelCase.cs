using FsCheck;
using FsCheck.Fluent;
using RlaifTheorems.Kernels;

namespace RlaifTheorems.Catalogue.Generators;

/// <summary>
/// Inputs for checking the fast kernels against the plain MathNet formulation: a spanning set B (d×k) to orthonormalise and a
/// block X (d×n), both column-major. Degenerate shapes on purpose: d = 1, n = 1, rank-1 X, a zero column, d ≤ 8 with n past
/// one chunk of the d×d-operator projection path, d = 8 with k ≤ 2 (the Vector256 path's four-column transposed steps and
/// their n mod 4 tail), d ≥ 16 with
/// 2 ≤ k ≤ 16 and n ≥ 8 so the projection's small-k paths run, k &gt; 16 with n ≥ 24 so the large-k AVX-512 path runs whole
/// blocks and a padded last block, k ≥ 64 so the OpenBLAS projection runs too, and n ≥ 64 so thin QR takes its blocked path.
/// </summary>
public sealed record KernelCase(int D, int K, int N, double[] Basis, double[] X)
{
    /// <summary>The generator.</summary>
    public static Arbitrary<KernelCase> Arbitrary { get; } = Arb.From(
        from shape in Gen.Frequency(
            (6, from d in Gen.Choose(1, 40) from k in Gen.Choose(1, d) from n in Gen.Choose(1, 30) select (d, k, n)),
            (1, Gen.Choose(1, 30).Select(n => (1, 1, n))),
            (1, from d in Gen.Choose(1, 40) from k in Gen.Choose(1, d) select (d, k, 1)),
            (1, from d in Gen.Choose(1, 8) from k in Gen.Choose(1, d) from n in Gen.Choose(120, 400) select (d, k, n)),
            (1, from k in Gen.Choose(1, 2) from n in Gen.Choose(1, 40) select (8, k, n)),
            (2, from d in Gen.Choose(16, 80) from k in Gen.Choose(2, 16) from n in Gen.Choose(8, 40) select (d, k, n)),
            (2, from d in Gen.Choose(17, 72) from k in Gen.Choose(17, d) from n in Gen.Choose(24, 60) select (d, k, n)),
            (1, from d in Gen.Choose(64, 90) from k in Gen.Choose(64, d) from n in Gen.Choose(1, 12) select (d, k, n)),
            (1, from d in Gen.Choose(64, 130) from n in Gen.Choose(64, d) select (d, 3, n)))
        from basis in Reals.NormalVector(shape.Item1 * shape.Item2)
        from x in Gen.Frequency(
            (4, Reals.NormalVector(shape.Item1 * shape.Item3)),
            (1, from column in Reals.NormalVector(shape.Item1)
                from scales in Reals.NormalVector(shape.Item3)
                select scales.SelectMany(s => Vectors.Scale(column, s)).ToArray()),
            (1, Reals.NormalVector(shape.Item1 * shape.Item3).Select(v => v.Select((t, i) => i < shape.Item1 ? 0 : t).ToArray())))
        select new KernelCase(shape.Item1, shape.Item2, shape.Item3, basis, x));

    /// <summary>Projection inputs with Q past <see cref="ProjectionKernel.BlockedMinimumSize"/> at 8 ≤ k ≤ 16 (d from ⌈size/k⌉,
    /// 2048–4096 rows and up to 40 more, so partial strips and padded coefficient panels occur), which the Vector256 path sends
    /// to its blocked kernel instead of the small-k one; n ≤ 20, from one column. Too large for the O(d²) checks of
    /// <see cref="Arbitrary"/>'s other users, so a generator of its own.</summary>
    public static Arbitrary<KernelCase> LargeBasis { get; } = Arb.From(
        from k in Gen.Choose(8, 16)
        from d in Gen.Choose(MinimumBlockedDimension(k), MinimumBlockedDimension(k) + 40)
        from n in Gen.Choose(1, 20)
        from basis in Reals.NormalVector(d * k)
        from x in Reals.NormalVector(d * n)
        select new KernelCase(d, k, n, basis, x));

    private static int MinimumBlockedDimension(int k) => (int)((ProjectionKernel.BlockedMinimumSize + k - 1) / k);

    /// <inheritdoc/>
    public override string ToString() => $"d={D} k={K} n={N}";
}
