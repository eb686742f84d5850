#!/usr/bin/env python3
"""Recomputes the lab's census (THEORY R4, "The census") from the items it was computed on, independently of the C# code.

Usage: rlaif-theorems lab --export-items EXPORT --json report.json ...; python3 docs/lab/recompute.py EXPORT report.json

For every encoder, lexicon and constitution in the export it recomputes, from items.npy, values.npy, names.txt,
generation.npy and constitutions.npy alone (numpy, float64): the items without the constitution's own words; A(g),
A(d_c), Δ and s(c) as correlations; the crossing strength Λ* in closed form; λ_max by bisection on the judge tilt's
KL; the exact policy's EV and realised alignment on the 41-point grid; and the verdicts of T1.2, T1.3 and T1.4 with
their judged/not-judged rules; and the same on all items, for the control that keeps the constitution's own words. It
compares each with the report and prints every disagreement and a summary; the exit code is 1 when anything disagrees.
The other two controls (matched Gaussian draws, permutations) and the bootstrap use the C# generators' random streams
and are not recomputed here.
"""
import json
import math
import sys
from pathlib import Path

import numpy as np

STEPS, CAP, MARGIN = 40, 10.0, 1e-3


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
        if err > tol:
            problems.append(f"{prefix}{field} {a:.12g} vs {b:.12g}")
    for field in ("items", "strongJudged", "predictedStrong", "observedStrong", "monotoneJudged",
                  "predictedMonotone", "observedMonotone", "valueJudged", "predictedValue", "observedValue"):
        if mine[field] != theirs[field]:
            problems.append(f"{prefix}{field} {mine[field]} vs {theirs[field]}")
    return problems


def main(export, report_path):
    report = json.loads(Path(report_path).read_text())
    by_key = {(c["encoder"], c["lexicon"], c["family"], c["name"]): c for c in report["constitutions"]}
    compared = disagreements = with_words_compared = 0
    worst = {k: 0.0 for k in NUMBERS}
    for folder in sorted(Path(export).iterdir()):
        x = np.load(folder / "items.npy")
        y = np.load(folder / "values.npy")
        names = [n.lower() for n in (folder / "names.txt").read_text().splitlines()]
        g = np.load(folder / "generation.npy")
        directions = np.load(folder / "constitutions.npy")
        meta = json.loads((folder / "constitutions.json").read_text())
        s_all = x @ g
        encoder, lexicon = folder.name.rsplit("-", 1)
        for k, c in enumerate(meta):
            own = {w.lower() for w in c["ownWords"]}
            keep = np.array([n not in own for n in names])
            t_all = x @ directions[k]
            s, t = standardise(s_all[keep]), standardise(t_all[keep])
            key = (encoder, lexicon, c["family"], c["name"])
            if key not in by_key:
                continue  # excluded by the core's hypotheses in the report; not compared
            compared += 1
            problems = []
            with_words = by_key[key].get("withWords")
            if with_words is not None:
                with_words_compared += 1
                problems += compare(judge(standardise(s_all), standardise(t_all), y), with_words, worst, "with own words: ")
            problems += compare(judge(s, t, y[keep]), by_key[key]["items"], worst, "")
            if len(by_key[key]["heldOut"]) != int((~keep).sum()):
                problems.append(f"held out {int((~keep).sum())} vs {len(by_key[key]['heldOut'])}")
            if problems:
                disagreements += 1
                print(f"{encoder} × {lexicon} {c['family']} {c['name']}: " + "; ".join(problems))
    print(f"{compared} constitutions recomputed ({with_words_compared} also with their own words kept); {disagreements} disagree; "
          "largest relative differences: "
          + ", ".join(f"{k} {v:.1e}" for k, v in worst.items()))
    return 1 if disagreements or compared == 0 else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
