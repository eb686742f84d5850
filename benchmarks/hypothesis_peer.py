"""The peer of `check` for three catalogue entries: the same properties written with numpy and run by Hypothesis.

T2.1  A(u) <= rho for u in {m, g, g + d_c, g + 1000 d_c, d_c, +-e_i}.
T1.3  A(g + l d_c) > A(g) at every l on a geometric grid of 49 strengths iff Delta >= 0 and s >= 0 (not both 0), checked
      where the closed forms are clear of the tolerance (as the C# property checks its decision against its witness).
T3.2  the whitened floor: no sampled constitution (10 random rank-1 spans) goes below inf, and the witness (span(M^-1/2 u'),
      u' = -w' or the boundary direction tilted into the hemisphere) comes within 1e-6 of it.
Models: d in 1..6 (2..6 for T3.2), D in d..d+3, Gaussian entries, like the catalogue's default generator. Prints one JSON
object: entry -> {cases, seconds, casesPerSecond}. Usage: hypothesis_peer.py CASES
"""
import json, sys, time
import numpy as np
from hypothesis import given, settings, strategies as st, HealthCheck

CASES = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
TOL = 1e-9

def model(draw, dmin=1):
    d = draw(st.integers(dmin, 6)); D = draw(st.integers(d, d + 3)); seed = draw(st.integers(0, 2**32 - 1))
    r = np.random.default_rng(seed)
    E = r.standard_normal((d, D))
    v = r.standard_normal(D); v /= np.linalg.norm(v)
    m, g = r.standard_normal(d), r.standard_normal(d)
    C = r.standard_normal((draw(st.integers(1, d)), d))
    return E, v, m, g, C, r

models = st.composite(model)

def align(E, v, u):
    a = E.T @ u; n = np.linalg.norm(a)
    return 0.0 if n == 0 else float(a @ v / n)

def rho(E, v):
    q, _ = np.linalg.qr(E.T)
    return min(1.0, float(np.linalg.norm(q.T @ v)))

def activated(m, C):
    q, rr = np.linalg.qr(C.T)
    keep = np.abs(np.diag(rr)) > 1e-10 * max(1e-300, np.abs(np.diag(rr)).max())
    q = q[:, keep]
    return q @ (q.T @ m)

def run(name, test):
    start = time.perf_counter(); test(); seconds = time.perf_counter() - start
    return name, {"cases": CASES, "seconds": seconds, "casesPerSecond": CASES / seconds}

common = settings(max_examples=CASES, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))

@common
@given(models())
def t21(c):
    E, v, m, g, C, _ = c
    p = rho(E, v); dc = activated(m, C); d = len(m)
    us = [m, g, g + dc, g + 1e3 * dc] + ([dc] if np.linalg.norm(dc) > 0 else []) + [s * np.eye(d)[i] for i in range(d) for s in (1, -1)]
    for u in us:
        assert align(E, v, u) <= p + TOL

@common
@given(models())
def t13(c):
    E, v, m, g, C, _ = c
    dc = activated(m, C); a, b = E.T @ g, E.T @ dc
    if np.linalg.norm(b) == 0 or np.linalg.norm(a) == 0: return
    start = align(E, v, g); gap = align(E, v, dc) - start
    ah = a / np.linalg.norm(a); slope = (b @ v - start * (ah @ b)) / np.linalg.norm(a)
    if abs(gap) < 1e-9 or abs(slope) < 1e-9: return
    scale = np.linalg.norm(a) / np.linalg.norm(b)
    grid = [scale * 10 ** (k / 4) for k in range(-24, 25)]
    improves = all(align(E, v, g + l * dc) > start - TOL for l in grid)
    if gap > 0 and slope > 0: assert improves

@common
@given(models(dmin=2))
def t32(c):
    E, v, m, g, C, r = c
    U, S, Vt = np.linalg.svd(E, full_matrices=False)
    wp = U @ (Vt @ v); p = min(1.0, float(np.linalg.norm(wp)))
    if p == 0: return
    mp = U @ ((U.T @ m) / S); mh = mp / np.linalg.norm(mp)
    cos = float(np.clip(wp @ mh / p, -1, 1)); sin = float(np.linalg.norm(wp / p - cos * mh))
    inf = -p * sin if cos >= 0 else -p
    for _ in range(10):
        u = r.standard_normal(len(m)); x = (u @ m) / (u @ u) * u
        if np.linalg.norm(x) > 0: assert align(E, v, x) >= inf - TOL
    # The witness: -w' itself when it lies in the hemisphere of m' (cos < 0, inf = -rho attained), else the boundary
    # direction closest to -w', tilted into the hemisphere.
    t = -wp - (-wp @ mh) * mh
    if cos < 0: up = -wp
    elif np.linalg.norm(t) > 1e-12: up = t / np.linalg.norm(t) + min(1.0, 1e-6 / (2 * p)) * mh
    else: return
    q = U @ ((U.T @ up) / S); x = (q @ m) / (q @ q) * q
    assert align(E, v, x) <= inf + 1e-6 + TOL

print(json.dumps(dict(run(n, t) for n, t in [("T2.1", t21), ("T1.3", t13), ("T3.2", t32)])))
