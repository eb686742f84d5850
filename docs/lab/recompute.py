#!/usr/bin/env python3
"""Recomputes the lab's census (THEORY R4, "The census") from the items it was computed on, independently of the C# code.

Usage: rlaif-theorems lab --export-items EXPORT --json report.json ...;
       python3 docs/lab/recompute.py EXPORT report.json [RESAMPLES]   (RESAMPLES: the run's --resamples, default 1000)

For every encoder, lexicon and constitution in the export it recomputes, from items.npy, values.npy, names.txt,
generation.npy and constitutions.npy alone (numpy, float64): the items without the constitution's own words; A(g),
A(d_c), Δ and s(c) as correlations; the crossing strength Λ* in closed form; λ_max by bisection on the judge tilt's
KL; the exact policy's EV and realised alignment on the 41-point grid; and the verdicts of T1.2, T1.3 and T1.4 with
their judged/not-judged rules; the same on all items (the control that keeps the constitution's own words), on the
permuted values and on the matched Gaussian draws (both from .NET's seeded System.Random, reimplemented below); and the
bootstrap of A(d_c), Δ and s (the hash stream of PlaneBootstrap) with the Benjamini–Hochberg decisions over the run.
For R3 it recomputes, from the same items, the in-sample ceiling ρ, A(m) for the mean representation m, the reachable
supremum and infimum from m (T2.5, T3.2 on the whitened geometry), whether an adversarial constitution exists, and the
worst witness's alignment, the refitting bootstrap's intervals of ρ, A(m), sup and inf (each resample with its own mean
representation), and the worst witness judged out of fold (its correlation and interval, to 10⁻⁵: the
library's witness lies within ε = 10⁻⁶ of the limiting direction recomputed here); for R1, from the same items and ratings.npy,
ρ̂ (5-fold ridge with GCV), its interval with predictions fixed, the in-sample ρ, the mean penalty, the noise ceiling, the
capacity curve and the refitting bootstrap's spread and interval; and each R4 path's curves (strengths, EV, realised alignment and both predictions; a path is
matched by its constitution's name, and must equal the curves of a constitution of that name); and S1: the pairs and labels
(System.Random's NextInt64 and NextDouble reimplemented), the maximum-likelihood fit in whitened coordinates, A(d_c), the
first replication's A(d̂_N) to 10⁻⁶ when its MLE is certified, and the mean, standard deviation and t-interval over the
replications whose MLE the library certified (each must have a finite MLE here). A separated or undecided replication is
counted, not compared: its fitted direction is where Newton's method stopped, not a maximiser another program can reach,
and the library leaves it out of the mean too.
It compares each with the report and prints every disagreement and a summary; the exit code is 1 when anything
disagrees.
"""
import json
import math
import sys
from pathlib import Path

import numpy as np

STEPS, CAP, MARGIN = 40, 10.0, 1e-3

INT_MAX = 2147483647


def i32(x):
    """x wrapped to a 32-bit signed integer, as C#'s int arithmetic wraps."""
    return ((x + 2147483648) & 0xFFFFFFFF) - 2147483648


class NetRandom:
    """System.Random(seed) of .NET (the seeded, Knuth-subtractive generator): NextDouble and Next(lo, hi)."""

    def __init__(self, seed):
        mj = i32(161803398 - (INT_MAX if seed == -2147483648 else abs(seed)))
        a = [0] * 56
        a[55], mk, ii = mj, 1, 0
        for i in range(1, 55):
            ii = ii + 21 - (55 if ii + 21 >= 55 else 0)
            a[ii] = mk
            mk = i32(mj - mk)
            if mk < 0:
                mk = i32(mk + INT_MAX)
            mj = a[ii]
        for _ in range(4):
            for i in range(1, 56):
                n = i + 30 - (55 if i + 30 >= 55 else 0)
                a[i] = i32(a[i] - a[1 + n])
                if a[i] < 0:
                    a[i] = i32(a[i] + INT_MAX)
        self.a, self.i, self.j = a, 0, 21

    def next_double(self):
        i = 1 if self.i + 1 >= 56 else self.i + 1
        j = 1 if self.j + 1 >= 56 else self.j + 1
        r = i32(self.a[i] - self.a[j])
        if r == INT_MAX:
            r -= 1
        if r < 0:
            r = i32(r + INT_MAX)
        self.a[i], self.i, self.j = r, i, j
        return r * (1.0 / INT_MAX)

    def shuffle(self, xs):
        n = len(xs)
        for i in range(n - 1):
            j = int(self.next_double() * (n - i)) + i
            xs[i], xs[j] = xs[j], xs[i]

    def normal(self):
        u = self.next_double()
        return math.sqrt(-2 * math.log(1 - u)) * math.cos(2 * math.pi * self.next_double())


def constitution_seed(run_seed, encoder, lexicon, name):
    """FNV-1a over the UTF-16 units of "seed|encoder|lexicon|name", as ConstitutionStudy seeds a constitution's controls."""
    h = 2166136261
    for ch in f"{run_seed}|{encoder}|{lexicon}|{name}":
        h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
    return h & 0x3FFFFFFF


def matched_gaussian(s, t, y, seed):
    """PlaneItems.MatchedGaussian: n draws from the normal law of (s, t, y) with the items' mean and covariance."""
    n = len(y)
    sd_y = math.sqrt(((y - y.mean()) ** 2).mean())
    a_s = min(1.0, max(-1.0, float((s * (y - y.mean())).sum() / (n * sd_y))))
    a_t = min(1.0, max(-1.0, float((t * (y - y.mean())).sum() / (n * sd_y))))
    r = min(1.0, max(-1.0, float((s * t).sum() / n)))
    c = [[1, r, a_s * sd_y], [r, 1, a_t * sd_y], [a_s * sd_y, a_t * sd_y, sd_y * sd_y]]
    l = [[0.0] * 3 for _ in range(3)]
    for j in range(3):
        d = c[j][j] - sum(l[j][k] ** 2 for k in range(j))
        l[j][j] = math.sqrt(max(0.0, d))
        for i in range(j + 1, 3):
            x = c[i][j] - sum(l[i][k] * l[j][k] for k in range(j))
            l[i][j] = x / l[j][j] if l[j][j] > 0 else 0.0
    rng = NetRandom(seed)
    gs, gt, gy = np.empty(n), np.empty(n), np.empty(n)
    mean_y = y.mean()
    for i in range(n):
        z0, z1, z2 = rng.normal(), rng.normal(), rng.normal()
        gs[i] = l[0][0] * z0
        gt[i] = l[1][0] * z0 + l[1][1] * z1
        gy[i] = mean_y + l[2][0] * z0 + l[2][1] * z1 + l[2][2] * z2
    return standardise(gs), standardise(gt), gy


GOLDEN, M1, M2, MASK = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB), 0xFFFFFFFF


def draws(seed, b, n):
    """Bootstrap.Draw (Lab/Statistics/Bootstrap.cs) for k = 0…n − 1: ⌊u_{b,k}·n⌋ with u the SplitMix64 finaliser of seed·φ ⊕ (b·2³² | k), plus φ."""
    with np.errstate(over="ignore"):
        z = (np.uint64(seed & MASK) * GOLDEN) ^ ((np.uint64(b) << np.uint64(32)) | np.arange(n, dtype=np.uint64))
        z = z + GOLDEN
        z = (z ^ (z >> np.uint64(30))) * M1
        z = (z ^ (z >> np.uint64(27))) * M2
        z = z ^ (z >> np.uint64(31))
        hi, lo = z >> np.uint64(32), z & np.uint64(MASK)
        return ((hi * np.uint64(n) + ((lo * np.uint64(n)) >> np.uint64(32))) >> np.uint64(32)).astype(np.int64)


def draw(seed, b, k, n):
    """One draw of Bootstrap.Draw: ⌊u_{b,k}·n⌋ (the scalar form of draws, for an n too large to enumerate)."""
    mask = (1 << 64) - 1
    z = ((seed & MASK) * 0x9E3779B97F4A7C15 & mask) ^ ((b << 32) | k)
    z = (z + 0x9E3779B97F4A7C15) & mask
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
    z ^= z >> 31
    return (z * n) >> 64


def bootstrap(s, t, y, resamples, seed):
    """A(d_c), Δ and s(c) on every resample; each estimate's 95% percentile interval, standard error and p-value."""
    n = len(y)
    out = {"judgeAlignment": [], "gap": [], "slope": []}
    for b in range(resamples):
        i = draws(seed, b, n)
        ss, tt, yy = s[i] - s[i].mean(), t[i] - t[i].mean(), y[i] - y[i].mean()
        vs, vt, vy = (ss * ss).sum(), (tt * tt).sum(), (yy * yy).sum()
        if not (vs > 0 and vt > 0 and vy > 0):
            continue
        a_s, a_t, r = (ss * yy).sum() / math.sqrt(vs * vy), (tt * yy).sum() / math.sqrt(vt * vy), (ss * tt).sum() / math.sqrt(vs * vt)
        out["judgeAlignment"].append(a_t)
        out["gap"].append(a_t - a_s)
        out["slope"].append(a_t - r * a_s)
    return out


def summarise(estimate, values):
    v = sorted(values)
    last = len(v) - 1
    low, high = v[math.floor((1 - 0.95) / 2 * last)], v[math.ceil((1 + 0.95) / 2 * last)]
    mean = sum(values) / len(values)
    se = math.sqrt(sum((x - mean) ** 2 for x in values) / (len(values) - 1))
    p = 1.0 if estimate == 0 else (2 * 0.5 * math.erfc(abs(estimate) / se / math.sqrt(2)) if se > 0 else 0.0)
    return {"low": low, "high": high, "standardError": se, "p": p}


def benjamini_hochberg(p, q=0.05):
    order = sorted(range(len(p)), key=lambda i: p[i])
    last = -1
    for rank, i in enumerate(order):
        if p[i] <= q * (rank + 1) / len(p):
            last = rank
    rejected = [False] * len(p)
    for rank in range(last + 1):
        rejected[order[rank]] = True
    return rejected



def standardise(x):
    x = x - x.mean()
    sd = math.sqrt((x * x).mean())
    return x / sd if sd > 0 else None


def tilt_kl(t, lam):
    top = t.max()
    w = np.exp(lam * (t - top))
    z = w.sum()
    return max(0.0, lam * (w * (t - top)).sum() / z - math.log(z) + math.log(len(t)))


def max_strength(t):
    n = len(t)
    target = 0.5 * math.log(n)
    top = t.max()
    if math.log(n / np.count_nonzero(t == top)) <= target:
        return CAP
    lo, hi = 0.0, 1.0
    while tilt_kl(t, hi) < target:
        lo, hi = hi, 2 * hi
    for _ in range(200):
        mid = (lo + hi) / 2
        if tilt_kl(t, mid) < target:
            lo = mid
        else:
            hi = mid
        if hi - lo <= 1e-15 * hi:
            break
    return (lo + hi) / 2


def policy(s, t, y, lam):
    logits = s + lam * t
    w = np.exp(logits - logits.max())
    p = w / w.sum()
    ev = (p * y).sum()
    nz = p > 0
    kl = max(0.0, (p[nz] * np.log(len(y) * p[nz])).sum())
    sd = math.sqrt(((y - y.mean()) ** 2).mean())
    realised = (ev - y.mean()) / (sd * math.sqrt(2 * kl)) if kl > 0 and sd > 0 else 0.0
    return ev, realised


def value_shape(ev, margin):
    rises, falls = ev[-1] - ev[0] > margin, ev[0] - ev[-1] > margin
    hi = lo = ev[0]
    for x in ev[1:]:
        rises &= x >= hi - margin
        falls &= x <= lo + margin
        hi, lo = max(hi, x), min(lo, x)
    return "rises" if rises else "falls" if falls else "mixed"


def judge(s, t, y):
    sd_y = math.sqrt(((y - y.mean()) ** 2).mean())
    a_s = float((s * (y - y.mean())).mean() / sd_y)
    a_t = float((t * (y - y.mean())).mean() / sd_y)
    r = float((s * t).mean())
    gap, slope = a_t - a_s, a_t - r * a_s
    linear = lambda lam: (a_s + lam * a_t) / math.sqrt(1 + 2 * lam * r + lam * lam)
    if gap == 0:
        crossing = None
    else:
        den = a_t * a_t - a_s * a_s
        root = 2 * a_s * (r * a_s - a_t) / den if den != 0 else 0.0
        crossing = root if root > 0 and (a_s + root * a_t) * a_s > 0 else 0.0
    lam_max = max_strength(t)
    grid = [k * lam_max / STEPS for k in range(STEPS + 1)]
    observed = [policy(s, t, y, lam) for lam in grid]
    ev = [o[0] for o in observed]
    real = [o[1] for o in observed]
    predicted_monotone = gap >= 0 and slope >= 0 and not (gap == 0 and slope == 0)
    return {
        "items": len(y), "maxStrength": lam_max, "judgeAlignment": a_t, "generationAlignment": a_s, "gap": gap,
        "initialSlope": slope, "crossingStrength": crossing,
        "strongJudged": gap != 0 and crossing is not None and crossing < lam_max,
        "predictedStrong": gap > 0, "observedStrong": real[-1] > real[0],
        "monotoneJudged": predicted_monotone or any(linear(l) <= linear(0) for l in grid[1:]),
        "predictedMonotone": predicted_monotone, "observedMonotone": all(a > real[0] for a in real[1:]),
        "valueJudged": a_t != 0, "predictedValue": "rises" if a_t > 0 else "falls" if a_t < 0 else "flat",
        "observedValue": value_shape(ev, MARGIN * sd_y),
        "curves": {"strengths": grid, "observedValue": ev, "observedAlignment": real,
                   "predictedValue": [y.mean() + sd_y * (a_s + lam * a_t) for lam in grid],
                   "predictedAlignment": [linear(lam) for lam in grid]},
    }


NUMBERS = {"judgeAlignment": 1e-9, "generationAlignment": 1e-9, "gap": 1e-9, "initialSlope": 1e-8, "maxStrength": 1e-7,
           "crossingStrength": 1e-6}


def compare(mine, theirs, worst, prefix):
    """Every disagreement between a recomputed judgment and the report's, each named with its two values."""
    problems = []
    for field, tol in NUMBERS.items():
        a, b = mine[field], theirs.get(field)
        if a is None or b is None:
            if (a is None) != (b is None):
                problems.append(f"{prefix}{field} {a} vs {b}")
            continue
        err = abs(a - b) / max(1.0, abs(b))
        worst[field] = max(worst[field], err)
        if not err <= tol:  # a NaN is a disagreement
            problems.append(f"{prefix}{field} {a:.12g} vs {b:.12g}")
    for field in ("items", "strongJudged", "predictedStrong", "observedStrong", "monotoneJudged",
                  "predictedMonotone", "observedMonotone", "valueJudged", "predictedValue", "observedValue"):
        if mine[field] != theirs[field]:
            problems.append(f"{prefix}{field} {mine[field]} vs {theirs[field]}")
    return problems


def reachable(x, y, m, w=None):
    """R3 in sample: ρ, A(m), sup and inf of A(P_c m) over constitutions, on the items' covariance Σ = W diag(λ) Wᵀ (the
    directions with λ > 10⁻¹² λ₁ kept, as THEORY R1 defines the geometry) and cross-covariance c. When m's part outside W's
    range exceeds 10⁻⁶‖m‖, a constitution reaches along it and sup = ρ, inf = −ρ. Otherwise, whitened, w' = λ^{-1/2}Wᵀc/σ_y
    (‖w'‖ = ρ) and m' = λ^{-1/2}Wᵀm: the reachable directions are the half-space ⟨u', m'⟩ > 0, so sup = ρ if
    cos∠(w', m') > 0 else ρ·sin, and inf = −ρ if cos < 0 else −ρ·sin. With weights w (a resample's counts), the moments are
    the weighted ones, as if item i appeared w_i times."""
    w = np.ones(len(y)) if w is None else w
    total = w.sum()
    h = x - (w @ x) / total
    yc = y - (w @ y) / total
    sigma = (h.T * w) @ h / total
    c = (h.T * w) @ yc / total
    sy = math.sqrt((w * yc) @ yc / total)
    lam, vec = np.linalg.eigh((sigma + sigma.T) / 2)
    keep = lam > 1e-12 * lam.max()
    lam, vec = lam[keep], vec[:, keep]
    w = (vec.T @ c) / np.sqrt(lam) / sy
    rho = float(np.linalg.norm(w))
    latent = float(m @ c / math.sqrt(m @ sigma @ m) / sy)
    if np.linalg.norm(m - vec @ (vec.T @ m)) > 1e-6 * np.linalg.norm(m):
        return {"ceiling": rho, "latentAlignment": latent, "supremum": rho, "infimum": -rho}
    mw = (vec.T @ m) / np.sqrt(lam)
    cos = float(w @ mw / (rho * np.linalg.norm(mw)))
    sin = math.sqrt(max(0.0, 1 - cos * cos))
    return {"ceiling": rho, "latentAlignment": latent,
            "supremum": rho if cos > 0 else rho * sin, "infimum": -rho if cos < 0 else -rho * sin}


def reachable_spread(x, y, seed, resamples):
    """R3's refitting bootstrap (AdversarialStudy.RefitSpread): on resample b of Bootstrap.Draw's stream, ρ, A(m_b), sup and
    inf recomputed with the resample's own mean representation m_b; the standard deviation of each over the resamples whose
    values vary (the others skipped and counted)."""
    drawn, skipped = [], 0
    for b in range(resamples):
        weight = np.bincount(draws(seed, b, len(y)), minlength=len(y)).astype(float)
        keep = weight > 0
        xs, ys, ws = x[keep], y[keep], weight[keep]
        if not (ws @ (ys - (ws @ ys) / ws.sum()) ** 2 > 0):
            skipped += 1
            continue
        r = reachable(xs, ys, (ws @ xs) / ws.sum(), ws)
        drawn.append([r["ceiling"], r["latentAlignment"], r["supremum"], r["infimum"]])
    drawn = np.array(drawn)
    return skipped, drawn.std(axis=0, ddof=1)


def folds(n, k, seed):
    """CrossValidatedCeiling.Folds: 0…n − 1 shuffled by System.Random(seed), the k-th of the order in fold k mod 5."""
    order = list(range(n))
    NetRandom(seed).shuffle(order)
    fold = np.empty(n, dtype=np.int64)
    fold[np.array(order)] = np.arange(n) % k
    return fold


def moments(x, y, w=None):
    """Population moments (divisor Σw) of the rows x with values y, each row counted w times: n, μ, Σ, c, ȳ, Var y."""
    w = np.ones(len(y)) if w is None else w
    n = w.sum()
    mu, ybar = (w @ x) / n, (w @ y) / n
    h, yc = x - mu, y - ybar
    return n, mu, (h.T * w) @ h / n, (h.T * w) @ yc / n, ybar, float(w @ (yc * yc) / n)


def ridge(train, basis=None):
    """RidgeReadout.Fit: β = (Σ + αI)⁻¹c (in the span of the basis when given), α by GCV over τ·10^{e/2}, e = −12…6,
    τ = tr Σ/dim; returns β, the offset ȳ − ⟨β, μ⟩ and α."""
    n, mu, sigma, c, ybar, vy = train
    if basis is not None:
        sigma, c = basis.T @ sigma @ basis, basis.T @ c
    lam, vec = np.linalg.eigh((sigma + sigma.T) / 2)
    lam = np.abs(lam)
    cp = vec.T @ c
    tau = max(lam.sum() / len(lam), 5e-324)
    best, alpha = math.inf, tau
    for e in range(-12, 7):
        a = tau * 10 ** (e / 2)
        b = cp / (lam + a)
        rss = vy + float((-2 * b * cp + lam * b * b).sum())
        df = float((lam / (lam + a)).sum())
        if df >= n:
            continue
        gcv = max(rss, 0.0) / (1 - df / n) ** 2
        if gcv < best:
            best, alpha = gcv, a
    beta = vec @ (cp / (lam + alpha))
    if basis is not None:
        beta = basis @ beta
    return beta, ybar - beta @ mu, alpha


def pearson(a, b, w=None):
    w = np.ones(len(a)) if w is None else w
    a, b = a - (w @ a) / w.sum(), b - (w @ b) / w.sum()
    sab, saa, sbb = w @ (a * b), w @ (a * a), w @ (b * b)
    return min(1.0, max(-1.0, sab / math.sqrt(saa * sbb))) if saa > 0 and sbb > 0 else 0.0


def out_of_fold(x, y, fold, k, w=None, basis=None):
    """Each fold predicted by the readout fitted on the other folds (rows counted w times); the predictions and mean α."""
    w = np.ones(len(y)) if w is None else w
    predictions, penalties = np.empty(len(y)), []
    for f in range(k):
        train = fold != f
        beta, offset, alpha = ridge(moments(x[train], y[train], w[train]), basis)
        predictions[fold == f] = offset + x[fold == f] @ beta
        penalties.append(alpha)
    return predictions, sum(penalties) / k


def percentile_interval(x, y, resamples, seed):
    """Correlation.BootstrapInterval: resamples of Next(n) draws from System.Random(seed); the 2.5% and 97.5% order statistics."""
    rng, n = NetRandom(seed), len(y)
    estimates = []
    for _ in range(resamples):
        index = np.fromiter((int(rng.next_double() * n) for _ in range(n)), dtype=np.int64, count=n)
        estimates.append(pearson(x[index], y[index]))
    estimates.sort()
    return estimates[math.floor(0.025 * (resamples - 1))], estimates[math.ceil(0.975 * (resamples - 1))]


def noise_ceiling(ratings, splits, seed):
    """NoiseCeiling.Estimate: √ of the mean Spearman–Brown 2r/(1 + r) over seeded random half-splits of the raters."""
    raters = ratings.shape[1]
    rng, order, total = NetRandom(seed), list(range(raters)), 0.0
    for _ in range(splits):
        rng.shuffle(order)
        half = raters // 2
        a, b = ratings[:, order[:half]].mean(axis=1), ratings[:, order[half:]].mean(axis=1)
        r = pearson(a, b)
        total += 2 * r / (1 + r)
    return math.sqrt(min(1.0, max(0.0, total / splits)))


def ceiling(x, y, ratings, seed, resamples, refits, k=5):
    """R1 (CeilingStudy.Run): ρ̂, its interval with predictions fixed, the in-sample ρ, mean α, the noise ceiling, the capacity
    curve (in sample at every k, cross-validated at 1, 2, 4, … and the rank) and the refitting bootstrap's spread."""
    fold = folds(len(y), k, seed)
    predictions, penalty = out_of_fold(x, y, fold, k)
    rho = pearson(predictions, y)
    low, high = percentile_interval(predictions, y, max(1, resamples), seed)
    n, mu, sigma, c, ybar, vy = moments(x, y)
    lam, vec = np.linalg.eigh((sigma + sigma.T) / 2)
    order = np.argsort(-lam, kind="stable")
    lam, vec = lam[order], vec[:, order]
    keep = lam > 1e-12 * lam[0]
    lam, vec = lam[keep], vec[:, keep]
    explained = np.cumsum((vec.T @ c) ** 2 / lam) / vy
    rank = len(lam)
    fitted = {rank} | {2 ** j for j in range(rank.bit_length()) if 2 ** j < rank}
    capacity = []
    for j in range(1, rank + 1):
        cv = pearson(out_of_fold(x, y, fold, k, basis=vec[:, :j])[0], y) if j in fitted else None
        capacity.append({"components": j, "inSample": min(1.0, math.sqrt(explained[j - 1])), "crossValidated": cv})
    out = {"rho": rho, "low": low, "high": high, "inSample": min(1.0, math.sqrt(explained[-1])), "meanPenalty": penalty,
           "capacity": capacity, "noiseCeiling": None if ratings is None else noise_ceiling(ratings, 200, seed)}
    if refits >= 1 and len(y) >= 50:
        estimates = []
        for b in range(refits):
            weight = np.bincount(draws(seed, b, len(y)), minlength=len(y)).astype(float)
            drawn = weight > 0
            p, _ = out_of_fold(x[drawn], y[drawn], fold[drawn], k, weight[drawn])
            estimates.append(pearson(p, y[drawn], weight[drawn]))
        estimates = [e for e in estimates if math.isfinite(e)]
        mean = sum(estimates) / len(estimates)
        se = math.sqrt(sum((e - mean) ** 2 for e in estimates) / max(1, len(estimates) - 1))
        out.update(refitMean=mean, refitStandardError=se, refitLow=rho - 1.959963984540054 * se, refitHigh=rho + 1.959963984540054 * se)
    return out


def worst_direction(train, m):
    """The ambient direction the worst constitution's d_c tends to on a training geometry (R3): −Σ⁺c when the infimum is −ρ
    (m leaves Σ's range, or the whitened cos∠(w', m') < 0), else the whitened −(ŵ − cos·m̂)/sin taken back to the ambient
    space. The library's witness lies within its ε = 10⁻⁶ of it."""
    n, mu, sigma, c, ybar, vy = train
    lam, vec = np.linalg.eigh((sigma + sigma.T) / 2)
    keep = lam > 1e-12 * lam.max()
    lam, vec = lam[keep], vec[:, keep]
    w = (vec.T @ c) / np.sqrt(lam)
    w_hat = w / np.linalg.norm(w)
    mw = (vec.T @ m) / np.sqrt(lam)
    m_hat = mw / np.linalg.norm(mw)
    cos = float(w_hat @ m_hat)
    outside = np.linalg.norm(m - vec @ (vec.T @ m)) > 1e-6 * np.linalg.norm(m)
    z = -w_hat if outside or cos < 0 else -(w_hat - cos * m_hat) / np.linalg.norm(w_hat - cos * m_hat)
    return vec @ (z / np.sqrt(lam))


def out_of_fold_witness(x, y, m, seed, resamples, k=5):
    """AdversarialStudy.OutOfFoldAlignment: per fold, the worst direction on the other folds scores the fold's items (centred
    and scaled by the training folds); the correlation of all scores with y and its percentile interval (scores fixed)."""
    fold = folds(len(y), k, seed)
    scores = np.empty(len(y))
    for f in range(k):
        train = moments(x[fold != f], y[fold != f])
        direction = worst_direction(train, m)
        deviation = math.sqrt(direction @ train[2] @ direction)
        scale = 1 / deviation if deviation > 0 else 0.0
        scores[fold == f] = scale * (x[fold == f] @ direction - direction @ train[1])
    low, high = percentile_interval(scores, y, resamples, seed)
    return {"alignment": pearson(scores, y), "low": low, "high": high}


def next_int64(rng, n):
    """Random.NextInt64(n) of .NET's seeded generator: the top ⌈log₂ n⌉ bits of a 64-bit word built from three Next calls
    (22, 22 and 20 bits), redrawn until below n."""
    if n <= 1:
        return 0
    bits = (n - 1).bit_length()
    while True:
        word = int(rng.next_double() * (1 << 22)) | (int(rng.next_double() * (1 << 22)) << 22) | (int(rng.next_double() * (1 << 20)) << 44)
        if (word >> (64 - bits)) < n:
            return word >> (64 - bits)


def sigmoid(x):
    return 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))


def logistic_mle(features, labels):
    """The Bradley–Terry maximum-likelihood direction (logistic regression without intercept on the pair differences) by
    Newton's method with step halving, to a gradient below 1e-10·N, or to where the likelihood stops rising with the gradient
    below 1e-6·N; None otherwise."""
    beta = np.zeros(features.shape[0])
    y = labels.astype(float)

    def loglik(b):
        s = features.T @ b
        return float(-(np.logaddexp(0, -s) * y + np.logaddexp(0, s) * (1 - y)).sum())

    current = loglik(beta)
    for _ in range(100):
        s = features.T @ beta
        p = 0.5 * (1 + np.tanh(s / 2))
        gradient = features @ (y - p)
        if np.linalg.norm(gradient) <= 1e-10 * features.shape[1]:
            return beta
        step = np.linalg.solve((features * (p * (1 - p))) @ features.T, gradient)
        t = 1.0
        while True:
            candidate = beta + t * step
            value = loglik(candidate)
            t /= 2
            if value >= current or t <= 1e-10:
                break
        if value < current or abs(value - current) <= 1e-13 * max(1.0, abs(current)):
            # The likelihood stopped rising: rounding at the maximiser, which is accepted where the gradient is already small.
            return (candidate if value >= current else beta) if np.linalg.norm(gradient) <= 1e-6 * features.shape[1] else None
        beta, current = candidate, value
    return None


def student_t_quantile(p, df):
    """The p-quantile of Student's t with df degrees of freedom, by bisection on its CDF (the density integrated by Simpson's rule)."""
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)

    def cdf(t):
        steps = 4000
        h = t / steps
        f = lambda x: math.exp(log_c - (df + 1) / 2 * math.log1p(x * x / df))
        total = f(0) + f(t) + sum((4 if k % 2 else 2) * f(k * h) for k in range(1, steps))
        return 0.5 + total * h / 3

    low, high = 0.0, 50.0
    for _ in range(80):
        mid = (low + high) / 2
        low, high = (mid, high) if cdf(mid) < p else (low, mid)
    return (low + high) / 2


def judge_study(x, y, judge, pairs, seed, replications):
    """S1 on items (JudgeStudy): per replication (r = 0 from seed, r ≥ 1 from the r-th seed of Bootstrap.Draw's stream), N pairs
    drawn with System.Random.NextInt64, labelled by σ(⟨d_c, h_i − h_j⟩/sd⟨d_c, h⟩) against NextDouble, the MLE fitted in the
    items' whitened principal coordinates, and A of the fitted direction; None for a replication without a finite MLE."""
    n, mu, sigma, c, ybar, vy = moments(x, y)
    lam, vec = np.linalg.eigh((sigma + sigma.T) / 2)
    keep = lam > 1e-12 * lam.max()
    lam, vec = lam[keep], vec[:, keep]
    scale = 1 / np.sqrt(lam)

    def alignment(u):
        p = vec.T @ u
        variance = float(lam @ (p * p))
        return min(1.0, max(-1.0, float(p @ (vec.T @ c)) / (math.sqrt(vy) * math.sqrt(variance)))) if variance > 0 else 0.0

    unit = judge / math.sqrt(float(lam @ ((vec.T @ judge) ** 2)))
    fits = []
    for r in range(replications):
        rng = NetRandom(seed if r == 0 else draw(seed, r, 0, 2147483647))
        features, labels = np.empty((len(lam), pairs)), np.empty(pairs, dtype=bool)
        for p in range(pairs):
            i, j = next_int64(rng, len(y)), next_int64(rng, len(y))
            difference = x[i] - x[j]
            features[:, p] = (vec.T @ difference) * scale
            labels[p] = rng.next_double() < sigmoid(float(unit @ difference))
        beta = logistic_mle(features, labels)
        fits.append(None if beta is None else alignment(vec @ (beta * scale)))
    return alignment(judge), fits


def main(export, report_path, resamples):
    report = json.loads(Path(report_path).read_text())
    run_seed = report["seed"]
    by_key = {(c["encoder"], c["lexicon"], c["family"], c["name"]): c for c in report["constitutions"]}
    compared = disagreements = with_words_compared = 0
    worst = {k: 0.0 for k in NUMBERS}
    tests, decided_reported = [], []
    adversarial = {(a["encoder"], a["lexicon"]): a for a in report.get("adversarial", [])}
    r3_compared = r3_disagreements = 0
    paths = {}
    for path in report.get("paths", []):
        paths.setdefault((path["encoder"], path["lexicon"], path["constitution"]), []).append(path)
    path_matches = {}
    r3_worst = r3_spread_worst = 0.0
    r3_spreads = 0
    ceilings = {(c["encoder"], c["lexicon"]): c for c in report.get("ceilings", [])}
    r1_compared = r1_disagreements = 0
    r1_worst = oof_worst = 0.0
    judges = {}
    for j in report.get("judges", []):
        judges.setdefault((j["encoder"], j["lexicon"]), []).append(j)
    s1_fits = s1_means = s1_uncertified = s1_disagreements = 0
    s1_worst = 0.0
    for folder in sorted(Path(export).iterdir()):
        x = np.load(folder / "items.npy")
        y = np.load(folder / "values.npy")
        names = [n.lower() for n in (folder / "names.txt").read_text().splitlines()]
        g = np.load(folder / "generation.npy")
        directions = np.load(folder / "constitutions.npy")
        meta = json.loads((folder / "constitutions.json").read_text())
        s_all = x @ g
        encoder, lexicon = folder.name.rsplit("-", 1)
        if (encoder, lexicon) in ceilings:
            theirs = ceilings[(encoder, lexicon)]
            ratings = np.load(folder / "ratings.npy") if (folder / "ratings.npy").exists() else None
            mine = ceiling(x, y, ratings, run_seed, resamples, theirs.get("refitResamples") or 0)
            r1_compared += 1
            problems = []
            pairs = [(f, mine[f], theirs.get(f)) for f in mine if f != "capacity"]
            if len(mine["capacity"]) != len(theirs["capacity"]):
                problems.append(f"capacity has {len(mine['capacity'])} points vs {len(theirs['capacity'])}")
            for a, b in zip(mine["capacity"], theirs["capacity"]):
                if a["components"] != b["k"]:
                    problems.append(f"capacity point k = {a['components']} vs {b['k']}")
                pairs += [(f"capacity k = {b['k']} {f}", a[f], b.get(f)) for f in ("inSample", "crossValidated")]
            for field, value, reported_value in pairs:
                if value is None or reported_value is None:
                    if value is not reported_value:
                        problems.append(f"{field} {value} vs {reported_value}")
                    continue
                err = abs(value - reported_value) / (1.0 if field != "meanPenalty" else max(abs(reported_value), 1e-300))
                r1_worst = max(r1_worst, err if field != "meanPenalty" else 0.0)
                if not err <= 1e-8:  # a NaN is a disagreement
                    problems.append(f"{field} {value:.12g} vs {reported_value:.12g}")
            if problems:
                r1_disagreements += 1
                print(f"R1 {encoder} × {lexicon}: " + "; ".join(problems[:10]) + (f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""))
        if (encoder, lexicon) in adversarial:
            theirs, mine = adversarial[(encoder, lexicon)], reachable(x, y, g)
            if theirs.get("outOfFold") is not None:
                oof = out_of_fold_witness(x, y, g, run_seed, resamples)
                for field, value in oof.items():
                    oof_worst = max(oof_worst, abs(value - theirs["outOfFold"][field]))
                    if not abs(value - theirs["outOfFold"][field]) <= 1e-5:  # the library's witness lies within ε = 1e-6 of the limit
                        print(f"R3 {encoder} × {lexicon}: out-of-fold witness {field} {value:.12g} vs {theirs['outOfFold'][field]:.12g}")
                        r3_disagreements += 1
            r3_compared += 1
            problems = []
            for field, value in mine.items():
                err = abs(value - theirs[field])
                r3_worst = max(r3_worst, err)
                if not err <= 1e-8:  # a NaN is a disagreement
                    problems.append(f"{field} {value:.12g} vs {theirs[field]:.12g}")
            spread = theirs.get("spread")
            if spread is not None:
                skipped, se = reachable_spread(x, y, run_seed, spread["resamples"])
                if skipped != spread["skipped"]:
                    problems.append(f"refitting bootstrap skipped {skipped} vs {spread['skipped']}")
                for q, field in enumerate(("ceiling", "latentAlignment", "supremum", "infimum")):
                    estimate = mine[field]
                    for name, value in (("standardError", se[q]), ("low", estimate - 1.959963984540054 * se[q]),
                                        ("high", estimate + 1.959963984540054 * se[q])):
                        err = abs(value - spread[field][name])
                        r3_spread_worst = max(r3_spread_worst, err)
                        if not err <= 1e-8:  # a NaN is a disagreement
                            problems.append(f"{field} refitting {name} {value:.12g} vs {spread[field][name]:.12g}")
                r3_spreads += 1
            if theirs["adversarialExists"] != (mine["infimum"] < 0):
                problems.append(f"adversarial exists {mine['infimum'] < 0} vs {theirs['adversarialExists']}")
            if abs(theirs["witnessAlignment"] - mine["infimum"]) > 1e-5:
                problems.append(f"worst witness {theirs['witnessAlignment']:.12g} vs infimum {mine['infimum']:.12g}")
            if problems:
                r3_disagreements += 1
                print(f"R3 {encoder} × {lexicon}: " + "; ".join(problems))
        for j in judges.get((encoder, lexicon), []):
            index = next(k for k, c in enumerate(meta) if c["family"] == "built-in" and c["name"] == j["constitution"])
            replicated = j.get("replications")
            count = replicated["count"] if replicated is not None else 1
            true, fits = judge_study(x, y, directions[index], j["pairs"], run_seed, count)
            problems = []
            first_certified = j["separation"].startswith("not separated")
            pairs = [("trueAlignment", true, j["trueAlignment"], 1e-9)]
            if first_certified:
                pairs.append(("fittedAlignment", fits[0], j["fittedAlignment"], 1e-6))
            else:
                s1_uncertified += 1  # no MLE, or none certified: the report gives no A(d̂_N)
                if j.get("fittedAlignment") is not None:  # the report omits a null
                    problems.append(f"A(d̂_N) {j['fittedAlignment']} reported for a fit without a certified MLE")
            if replicated is not None:
                verdicts = replicated["verdicts"]
                if len(verdicts) != count or verdicts.count("separated") != replicated["separated"] or verdicts.count("undecided") != replicated["undecided"]:
                    problems.append(f"verdicts {verdicts} vs {replicated['separated']} separated, {replicated['undecided']} undecided of {count}")
                if (verdicts[0] == "certified") != first_certified:
                    problems.append(f"first replication {verdicts[0]} vs {j['separation']}")
                certified = [f for f, v in zip(fits, verdicts) if v == "certified"]
                s1_uncertified += sum(1 for v in verdicts[1:] if v != "certified")
                if len(certified) >= 2:
                    k = len(certified)
                    if any(f is None for f in certified):
                        problems.append("a replication the library certified has no finite MLE here")
                    else:
                        mean = sum(certified) / k
                        sd = math.sqrt(sum((f - mean) ** 2 for f in certified) / (k - 1))
                        half = student_t_quantile(0.975, k - 1) * sd / math.sqrt(k)
                        pairs += [("mean", mean, replicated["mean"], 1e-6), ("standardDeviation", sd, replicated["standardDeviation"], 1e-6),
                                  ("low", mean - half, replicated["low"], 1e-6), ("high", mean + half, replicated["high"], 1e-6)]
                        s1_means += 1
                elif any(replicated.get(f) is not None for f in ("mean", "standardDeviation", "low", "high")):
                    problems.append(f"a mean over {len(certified)} certified replications")
            s1_fits += count
            for field, mine, theirs, tolerance in pairs:
                err = abs(mine - theirs) if mine is not None else math.inf
                s1_worst = max(s1_worst, err)
                if not err <= tolerance:
                    problems.append(f"{field} {mine} vs {theirs:.12g}")
            if problems:
                s1_disagreements += 1
                print(f"S1 {encoder} × {lexicon} N = {j['pairs']}: " + "; ".join(problems))
        for k, c in enumerate(meta):
            key = (encoder, lexicon, c["family"], c["name"])
            if key not in by_key:
                continue  # excluded by the core's hypotheses in the report; not compared
            reported = by_key[key]
            own = {w.lower() for w in c["ownWords"]}
            keep = np.array([n not in own for n in names])
            t_all = x @ directions[k]
            s, t, yk = standardise(s_all[keep]), standardise(t_all[keep]), y[keep]
            compared += 1
            problems = []
            if len(reported["heldOut"]) != int((~keep).sum()):
                problems.append(f"held out {int((~keep).sum())} vs {len(reported['heldOut'])}")
            mine = judge(s, t, yk)
            problems += compare(mine, reported["items"], worst, "")
            for path in paths.get((encoder, lexicon, c["name"]), []):
                same = all(len(path[k]) == len(mine["curves"][k]) and
                           all(abs(a - b) <= 1e-9 * max(1.0, abs(b)) for a, b in zip(mine["curves"][k], path[k]))
                           for k in mine["curves"])
                path_matches[id(path)] = path_matches.get(id(path), False) or same
            if reported.get("withWords") is not None:
                with_words_compared += 1
                problems += compare(judge(standardise(s_all), standardise(t_all), y), reported["withWords"], worst, "with own words: ")
            seed = constitution_seed(run_seed, encoder, lexicon, c["name"])
            permuted = list(yk)
            NetRandom(seed + 1).shuffle(permuted)
            problems += compare(judge(s, t, np.array(permuted)), reported["permuted"], worst, "permuted: ")
            gs, gt, gy = matched_gaussian(s, t, yk, seed)
            problems += compare(judge(gs, gt, gy), reported["gaussian"], worst, "matched Gaussian: ")
            boot = bootstrap(s, t, yk, resamples, run_seed)
            estimates = {"judgeAlignment": reported["items"]["judgeAlignment"], "gap": reported["items"]["gap"],
                         "slope": reported["items"]["initialSlope"]}
            for field in ("judgeAlignment", "gap", "slope"):
                mine, theirs = summarise(estimates[field], boot[field]), reported["estimates"][field]
                for part in ("low", "high", "standardError", "p"):
                    if not abs(mine[part] - theirs[part]) <= 1e-9 * max(1.0, abs(theirs[part])):
                        problems.append(f"bootstrap {field}.{part} {mine[part]:.12g} vs {theirs[part]:.12g}")
                tests.append(mine["p"])
            decided_reported += [reported["judgeAlignmentDecided"], reported["gapDecided"], reported["slopeDecided"]]
            if problems:
                disagreements += 1
                print(f"{encoder} × {lexicon} {c['family']} {c['name']}: " + "; ".join(problems))
    decided = benjamini_hochberg(tests)
    flips = sum(1 for a, b in zip(decided, decided_reported) if a != b)
    if flips:
        print(f"{flips} of {len(tests)} Benjamini–Hochberg decisions differ")
    print(f"{compared} constitutions recomputed ({with_words_compared} also with their own words kept), each with its permuted and "
          f"matched-Gaussian controls and its bootstrap; {disagreements} disagree; {len(tests)} BH decisions, {flips} differ; "
          "largest relative differences: " + ", ".join(f"{k} {v:.1e}" for k, v in worst.items()))
    unmatched = [f"{p['encoder']} × {p['lexicon']} {p['constitution']}" for ps in paths.values() for p in ps if not path_matches.get(id(p))]
    for name in unmatched:
        print(f"path {name}: no recomputed constitution of that name gives its curves")
    print(f"R4 paths: {len(path_matches)} of {sum(len(ps) for ps in paths.values())} recomputed (strengths, EV, realised and "
          f"predicted alignment and value); {len(unmatched)} disagree or were not found")
    print(f"R3: {r3_compared} encoder–lexicon pairs recomputed (ρ, A(m), supremum, infimum, adversarial, worst witness, and the "
          f"out-of-fold witness with its interval; for {r3_spreads} the refitting bootstrap's intervals of ρ, A(m), sup and inf); "
          f"{r3_disagreements} disagree; largest difference {r3_worst:.1e} in sample, {oof_worst:.1e} out of fold, "
          f"{r3_spread_worst:.1e} in the refitting intervals")
    print(f"R1: {r1_compared} encoder–lexicon pairs recomputed (ρ̂, its interval, in-sample ρ, mean penalty, noise ceiling, "
          f"capacity curve, refitting bootstrap); {r1_disagreements} disagree; largest absolute difference {r1_worst:.1e}")
    print(f"S1: {s1_fits} fits recomputed (A(d_c); A(d̂_N) of every replication whose MLE the library certified, and for "
          f"{s1_means} pair counts the mean, standard deviation and t-interval over those replications); {s1_uncertified} "
          f"replications without a certified MLE (separated or undecided: their fit is where Newton's method stopped, counted "
          f"and left out of the means by the library as here); {s1_disagreements} disagree; largest difference {s1_worst:.1e}")
    return 1 if disagreements or flips or r3_disagreements or r1_disagreements or s1_disagreements or unmatched or compared == 0 else 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        print("\n".join(__doc__.strip().splitlines()[2:4]), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 1000))
