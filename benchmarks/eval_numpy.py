#!/usr/bin/python3
"""numpy's time for the quantities eval prints on a d = D = N model: the SVD of E (LAPACK dgesdd, as numpy calls it), rho,
the whitened value and latent directions, the constitution's QR and activated direction, the alignments, and the two
reachable bounds. Prints {"n": N, "seconds": t}. Inputs are Gaussian like the C# side's (not the same numbers: the time
does not depend on them)."""
import json, sys, time
import numpy as np

n = int(sys.argv[1])
r = np.random.default_rng(1)
E, v, m, g, C = r.normal(size=(n, n)), r.normal(size=n), r.normal(size=n), r.normal(size=n), r.normal(size=(16, n))
t = time.perf_counter()
v = v / np.linalg.norm(v)
V, s, Ut = np.linalg.svd(E.T, full_matrices=False)        # E^T = V S U^T
U = Ut.T
rho = min(1.0, np.linalg.norm(V.T @ v))
w_white = U @ (V.T @ v)                                    # M^{-1/2} E v
m_white = U @ ((U.T @ m) / s)                              # M^{-1/2} m
cos = float(w_white @ m_white / np.linalg.norm(w_white) / np.linalg.norm(m_white))
sup = rho if cos > 0 else rho * np.sqrt(1 - cos * cos)
inf = -rho * np.sqrt(1 - cos * cos) if cos >= 0 else -rho
Q, _ = np.linalg.qr(C.T)
d_c = Q @ (Q.T @ m)
def alignment(u):
    b = E.T @ u
    return float(b @ v / np.linalg.norm(b))
a_dc, a_g = alignment(d_c), alignment(g)
seconds = time.perf_counter() - t
print(json.dumps({"n": n, "seconds": seconds, "rho": rho, "alignmentOfActivated": a_dc}))
