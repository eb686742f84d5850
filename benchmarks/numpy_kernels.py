#!/usr/bin/python3
"""numpy/scipy peers of the C# kernels, and the ratio table.

  numpy_kernels.py time OUT.json            time numpy on the sizes of KernelSizes.cs (median of 5 after a warm-up)
  numpy_kernels.py table N1.json [N2.json …] -- C1.json [C2.json …] [-- A1.json [A2.json …]]
                                            print C# time / numpy time per kernel and size, each the median over the
                                            rounds given (rounds are interleaved by compare-numpy.sh, so a slow stretch of a
                                            shared machine falls on both sides); the optional third group is the C# side
                                            run with AVX-512 off, printed as a second table

Vectors are the rows of a C-order (n, d) array: the same memory as the C# kernels' column-major d×n blocks.
numpy gets preallocated outputs (out=) wherever it accepts them, so it is measured at its best.
"""
import json, math, re, sys, time

PROJECTION = [(4096, 1, 10000), (4096, 16, 10000), (4096, 128, 2000), (64, 8, 100000), (8, 2, 1000000)]
BATCHED_QR = [(100000, 16, 4)]
COSINES = [(4096, 10000), (8, 1000000)]
PARETO = [(8, 1000000), (64, 100000)]


def loaded_blas():
    maps = open('/proc/self/maps').read()
    return sorted(set(re.findall(r'/\S*(?:blas|lapack)\S*', maps)))


def openblas_core(libraries):
    """The kernel family the loaded OpenBLAS chose (openblas_get_corename), e.g. Haswell or SkylakeX."""
    import ctypes
    for lib in libraries:
        if 'openblas' in lib:
            try:
                handle = ctypes.CDLL(lib)
                handle.openblas_get_corename.restype = ctypes.c_char_p
                return handle.openblas_get_corename().decode()
            except (OSError, AttributeError):
                pass
    return 'unknown'


def median(action):
    action()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return sorted(times)[2]


def time_numpy(out):
    import numpy as np
    libraries = loaded_blas()
    print('numpy', np.__version__, 'loaded:', ', '.join(libraries) or 'no BLAS found in the process maps')
    if not any('openblas' in lib for lib in libraries):
        sys.exit('refusing to report ratios: numpy is not running on OpenBLAS (install libopenblas0-pthread)')
    core = openblas_core(libraries)
    rng = np.random.default_rng(1)
    timings = []

    def basis(d, k):
        return np.linalg.qr(rng.random((d, k)) - 0.5)[0].copy()

    for d, k, n in PROJECTION:
        q = basis(d, k)
        x = rng.random((n, d)) - 0.5
        c = np.empty((n, k))
        y = np.empty((n, d))

        def project():
            np.matmul(x, q, out=c)
            np.matmul(c, q.T, out=y)

        def ablate():
            project()
            np.subtract(x, y, out=y)

        timings.append(('project', f'{d},{k},{n}', median(project)))
        timings.append(('ablate', f'{d},{k},{n}', median(ablate)))
        del x, y, c
    for count, m, r in BATCHED_QR:
        a = rng.random((count, m, r)) - 0.5
        timings.append(('batched-qr', f'{count},{m},{r}', median(lambda: np.linalg.qr(a, mode='reduced'))))
    for d, n in COSINES:
        x = rng.random((n, d)) - 0.5
        w = rng.random(d) - 0.5
        timings.append(('cosines', f'{d},{n}', median(lambda: (x @ w) / (np.linalg.norm(x, axis=1) * np.linalg.norm(w)))))
    for d, samples in PARETO:
        n1 = rng.random(d) - 0.5
        n2 = rng.random(d) - 0.5
        g = np.random.default_rng(9)
        timings.append(('pareto', f'{d},{samples}', median(lambda: np.count_nonzero((lambda z: (z @ n1 > 0) & (z @ n2 > 0))(g.standard_normal((samples, d)))))))
    json.dump({'numpy': np.__version__, 'blas': libraries, 'core': core,
               'timings': [{'kernel': k, 'size': s, 'seconds': t} for k, s, t in timings]}, open(out, 'w'), indent=1)


def median_of(values):
    values = sorted(values)
    return values[len(values) // 2]


def times_by_key(reports):
    times = {}
    for report in reports:
        for t in report['timings']:
            times.setdefault((t['kernel'], t['size']), []).append(t['seconds'])
    return {key: median_of(values) for key, values in times.items()}


def paired_copies_by_key(reports):
    """Per memory-bound kernel, medians over rounds of (time of a plain copy of the same bytes over its own arrays, timed
    alternately with it) / (its time), its fraction of the copy bandwidth at the moments it ran; of that copy's rate; and, for
    a projection, of (the copy's time) / (its streaming bound's time, timed in the same rotation), the fraction of copy
    bandwidth that a single streaming pass doing only the kernel's FMAs reached (None where not measured)."""
    pairs = {}
    for report in reports:
        for t in report['timings']:
            if t.get('copySeconds'):
                bound = t['copySeconds'] / t['boundSeconds'] if t.get('boundSeconds') else None
                pairs.setdefault((t['kernel'], t['size']), []).append((t['copySeconds'] / t['seconds'], t['bytes'] / t['copySeconds'], bound))
    result = {}
    for key, values in pairs.items():
        bounds = [b for _, _, b in values if b is not None]
        result[key] = (median_of([f for f, _, _ in values]), median_of([r for _, r, _ in values]), median_of(bounds) if bounds else None)
    return result


def table(numpy_paths, csharp_paths, title):
    """One table of C# / numpy per kernel and size, the fraction of copy bandwidth reached by the memory-bound projections and
    cosines, and their roofline ceiling: with F flops, B bytes, the measured peak P and copy bandwidth W, no kernel can take less
    than max(F / P, B / W), so no kernel can reach more than (B / W) / max(F / P, B / W) of the copy bandwidth. W is the rate of
    a plain copy of the kernel's own bytes timed alternately with it, since this VM's bandwidth drifts by up to 2× in minutes.
    The streaming bound is measured rather than derived: one pass copying the kernel's bytes with streaming stores while doing
    its flops as register-only FMAs (StreamingBound.cs), over the same copy; what the flops leave reachable in practice."""
    peers = [json.load(open(p)) for p in numpy_paths]
    rounds = [json.load(open(p)) for p in csharp_paths]
    peer, ours = peers[0], rounds[0]
    # Capabilities: each round measures its best rate (as STREAM does); the median over rounds, like the kernels' times.
    copy = median_of([r['copyBandwidthBytesPerSecond'] for r in rounds])
    peak = median_of([r['peakFlopsPerSecond'] for r in rounds])
    numpy_times, our_times = times_by_key(peers), times_by_key(rounds)
    paired = paired_copies_by_key(rounds)
    print(f"### {title}")
    print()
    print(f"machine: {ours['machine']}; C# vectors: {ours['vector']}; C# BLAS path: {ours['openBlas']}")
    print(f"numpy {peer['numpy']} on {', '.join(peer['blas'])} ({peer.get('core', 'unknown')} kernels)")
    print(f"measured (best rate per round, median over rounds): STREAM copy bandwidth {copy / 1e9:.1f} GB/s (2 × 256 MiB, read + write, all cores); peak {peak / 1e9:.0f} GFLOP/s ({ours['vector']} FMA, all cores)")
    print(f"each time: median of 5 runs after a warm-up, then the median over {len(rounds)} interleaved rounds per side")
    print("of copy bandwidth: a plain copy of the kernel's own bytes, timed alternately with it (medians of 5), over the kernel's time; the median over rounds")
    print("streaming bound: the same copy over one streaming pass that does only the kernel's flops, as register FMAs, timed in the same rotation")
    print()
    print('| kernel | size | C# ms | numpy ms | ratio | of copy bandwidth | roofline ceiling | streaming bound |')
    print('|---|---|---:|---:|---:|---:|---:|---:|')
    misses = []
    for t in ours['timings']:
        key = (t['kernel'], t['size'])
        mine = our_times[key]
        theirs = numpy_times.get(key, float('nan'))
        ratio = mine / theirs
        fraction, rate, attainable = paired.get(key, (t['bytes'] / mine / copy if t['bytes'] else None, copy, None))
        ceiling = None
        if t['bytes'] and t.get('flops'):
            memory_time = t['bytes'] / rate
            ceiling = memory_time / max(memory_time, t['flops'] / peak)
        bandwidth = f"{fraction:.0%}" if fraction is not None else ''
        roof = f"{ceiling:.0%}" if ceiling is not None else ''
        reachable = f"{attainable:.0%}" if attainable is not None else ''
        print(f"| {t['kernel']} | {t['size']} | {mine * 1e3:.2f} | {theirs * 1e3:.2f} | {ratio:.2f} | {bandwidth} | {roof} | {reachable} |")
        limit = 1.0
        if not ratio <= limit:
            misses.append(f"{t['kernel']} {t['size']}: ratio {ratio:.2f} > {limit}")
        if fraction is not None and t['kernel'] in ('project', 'ablate') and fraction < 0.7:
            bound = f" (roofline ceiling {ceiling:.0%})" if ceiling is not None and ceiling < 1 else ''
            if attainable is not None and attainable < 0.7:
                bound += f" (streaming bound {attainable:.0%})"
            misses.append(f"{t['kernel']} {t['size']}: {math.floor(fraction * 1000) / 10:.1f}% of copy bandwidth < 70%{bound}")
    print()
    print('targets missed: ' + ('; '.join(misses) if misses else 'none'))
    print()


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'time':
        time_numpy(sys.argv[2])
    elif len(sys.argv) >= 5 and sys.argv[1] == 'table' and '--' in sys.argv:
        split = sys.argv.index('--')
        groups, current = [], []
        for path in sys.argv[split + 1:]:
            if path == '--':
                groups.append(current)
                current = []
            else:
                current.append(path)
        groups.append(current)
        titles = ['C# as it runs by default', 'C# with AVX-512 off (DOTNET_EnableAVX512=0): the issue\'s machine class, AVX2 + FMA']
        for group, title in zip(groups, titles):
            if group:
                table(sys.argv[2:split], group, title)
    else:
        sys.exit(__doc__)
