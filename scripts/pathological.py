#!/usr/bin/env python3
"""The pathological suite: Galley must take linear time on every hostile input shape.

Modelled on cmark's test/pathological_tests.py. For each shape of pathological_shapes.py the input
is made at size n and 8n and converted by the release binary; the CPU time of the child (user +
system, from os.wait4) minus the start-up time (the same run on an empty input) is measured.
A shape passes when
  - Galley exits 0 (or 1 with a message: a rejected input is not a hang),
  - the 8n/n ratio of net CPU times is at most --ratio (12; linear is 8, quadratic 64), the 8n
    run being allowed --slack (0.10 s) above ratio × n for timer, page-fault and start-up noise
    (many n runs take 0.01-0.03 s net, where a few milliseconds of noise move the ratio by 2-5),
    unless the 8n time is below --noise seconds (too small to tell anything), and
  - no run takes more than --ceiling CPU seconds (10).
The n run is measured twice and the least time kept. A failing shape is measured again before
it is reported (--attempts in all), at twice the sizes while its n run nets under 0.25 s and n
stays within the shape's --bench size: a linear shape whose n run was a few hundredths of a
second settles near 8 at a larger n, while a quadratic one stays near 64 and its time
quadruples toward the ceiling. At unchanged sizes the least time of all attempts counts.
Prints one line per shape and a closing line 'pathological: N passed, N failed'.

usage: pathological.py [--galley PATH] [--bench] [--only SUBSTRING ...] [--markdown] [--attempts N]
  --bench     bigger sizes: bench_n/8 and bench_n (see pathological_shapes.py)
  --markdown  also print the results as a Markdown table (for docs/robustness.md)
  --attempts  measurements of a failing shape, each at twice the sizes of the one before
              (default 3; 1 to measure an old binary quickly)
"""
import argparse
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pathological_shapes import SHAPES  # noqa: E402

GROWTH = 8
WALL_LIMIT_FACTOR = 6  # a run is killed after this many times the CPU ceiling of wall time
ESCALATE_BELOW = 0.25  # net CPU seconds of the n run below which a failing shape is retried at 2n


def command(galley, mode, path, out):
    """The Galley command line for one run."""
    if mode in ("pamphlet", "pamphlet-twice"):
        chapters = [path, path] if mode == "pamphlet-twice" else [path]
        return [galley, "pamphlet", *chapters, "--out", os.path.join(out, "book.epub"), "--title", "Pathological"]
    args = [galley, "convert", path, "--out", out, "--to", "markdown,json,xhtml", "--quiet", "--jobs", "1"]
    if mode == "whole-page":
        args.append("--whole-page")
    if mode == "markdown":
        args += ["--from", "markdown"]
    return args


def run(args, ceiling):
    """(CPU seconds of the child, exit status, stderr tail); a run past the wall limit is killed."""
    def limit_cpu():
        resource.setrlimit(resource.RLIMIT_CPU, (int(ceiling) + 5, int(ceiling) + 6))
    err = tempfile.TemporaryFile()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err, preexec_fn=limit_cpu)
    started = time.monotonic()
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - started > ceiling * WALL_LIMIT_FACTOR:
            os.kill(child.pid, signal.SIGKILL)
        time.sleep(0.005)
    child.returncode = 0  # reaped by wait4; keep Popen from waiting again
    err.seek(0)
    tail = err.read()[-300:].decode("utf-8", "replace").strip()
    code = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, code, tail


class Runner:
    def __init__(self, galley, ceiling):
        self.galley, self.ceiling = galley, ceiling
        self.work = tempfile.mkdtemp(prefix="galley-pathological-")
        self.startups = {}

    def measure(self, ext, mode, data, name="input"):
        """CPU seconds, exit code and error tail of converting `data`."""
        folder = os.path.join(self.work, "in")
        out = os.path.join(self.work, "out")
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(folder)
        path = os.path.join(folder, f"{name}.{ext}")
        with open(path, "wb") as f:
            f.write(data)
        return run(command(self.galley, mode, path, out), self.ceiling)

    def startup(self, ext, mode):
        """The CPU time of a run on a near-empty input (the least of three)."""
        key = (ext, mode)
        if key not in self.startups:
            empty = b"<p>x</p>\n" if ext == "html" else b"x\n"
            self.startups[key] = min(self.measure(ext, mode, empty)[0] for _ in range(5))
        return self.startups[key]

    def close(self):
        shutil.rmtree(self.work, ignore_errors=True)


def check_shape(runner, shape, bench, limits):
    """(passed, report line, row for the Markdown table)."""
    name, ext, mode, n, bench_n, generate = shape
    base = runner.startup(ext, mode)
    problems = []
    small = max(1, bench_n // GROWTH) if bench else n
    # The largest n an attempt may double to: the shape's --bench size (a shape's sizes past it can
    # leave the caches or the page allocator's small sizes, a cost of memory rather than of the code).
    most = max(small, bench_n // GROWTH)
    inputs, best = None, [None, None]
    for attempt in range(limits.attempts):
        # A new attempt doubles both sizes while the n run nets under ESCALATE_BELOW seconds: timer
        # and cache noise shrink against a longer run, while a quadratic shape keeps its ratio of
        # 64 (and its time quadruples toward the ceiling). At the same sizes the least time of all
        # attempts counts.
        if attempt > 0 and net[0] < ESCALATE_BELOW and small < most:
            small, best, inputs = min(small * 2, most), [None, None], None
        large = small * GROWTH
        if inputs is None:
            inputs = [generate(small), generate(large)]
        problems = []
        for k, data in enumerate(inputs):
            # The small run is measured twice (its noise weighs most in the ratio).
            cpu, code, tail = min(runner.measure(ext, mode, data, name) for _ in range(2 if k == 0 else 1))
            if code not in (0, 1) or (code == 1 and not tail):
                problems.append(f"exit {code} at size {(small, large)[k]}: {tail[-120:]}")
            best[k] = cpu if best[k] is None else min(best[k], cpu)
        net = [max(t - base, 0.0) for t in best]
        ratio = net[1] / max(net[0], 0.001)
        if net[1] > limits.ceiling:
            problems.append(f"over the {limits.ceiling:g} s ceiling")
        elif net[1] >= limits.noise and net[1] > limits.ratio * net[0] + limits.slack:
            # slack: the 8n run may exceed ratio × n by a few hundredths of a second of timer,
            # page-fault and start-up noise (a quadratic shape overshoots by far more: 64× n)
            problems.append(f"ratio {ratio:.1f} > {limits.ratio:g} (+{limits.slack:g} s slack)")
        if not problems:
            break
    shown_ratio = f"{ratio:5.1f}" if net[1] >= limits.noise else "  (<noise)"
    sizes = f"{small}/{large}"
    line = f"{'ok  ' if not problems else 'FAIL'} {name:44} {mode:10} n={sizes:18} {net[0]:7.3f} s {net[1]:7.3f} s  ratio {shown_ratio}"
    if problems:
        line += "  -- " + "; ".join(problems)
    row = f"| {name} | {mode} | {small} / {large} | {len(inputs[0]):,} / {len(inputs[1]):,} | {net[0]:.3f} | {net[1]:.3f} | {shown_ratio.strip()} |"
    return not problems, line, row


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--galley", default=".build/release/galley")
    parser.add_argument("--bench", action="store_true")
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--ratio", type=float, default=12.0)
    parser.add_argument("--ceiling", type=float, default=10.0)
    parser.add_argument("--noise", type=float, default=0.15, help="8n net CPU seconds below which the ratio is not judged")
    parser.add_argument("--slack", type=float, default=0.10,
                        help="CPU seconds the 8n run may exceed ratio × the n run by (measurement noise)")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--attempts", type=int, default=3, help="measurements of a failing shape before it is reported, each at twice the sizes")
    limits = parser.parse_args()
    galley = os.path.abspath(limits.galley)
    if not os.access(galley, os.X_OK):
        print(f"pathological: no Galley binary at {galley} (swift build -c release --product galley)")
        return 1
    shapes = [s for s in SHAPES if not limits.only or any(o in s[0] for o in limits.only)]
    runner = Runner(galley, limits.ceiling)
    passed = failed = 0
    rows = []
    started = time.monotonic()
    try:
        for shape in shapes:
            ok, line, row = check_shape(runner, shape, limits.bench, limits)
            print(line, flush=True)
            rows.append(row)
            passed, failed = passed + ok, failed + (not ok)
    finally:
        runner.close()
    if limits.markdown:
        print("\n| shape | mode | n / 8n | bytes | CPU s at n | CPU s at 8n | ratio |\n|---|---|---|---|---|---|---|")
        print("\n".join(rows))
    startup = ", ".join(f"{e}/{m} {t:.3f} s" for (e, m), t in sorted(runner.startups.items()))
    print(f"start-up subtracted: {startup}; wall {time.monotonic() - started:.0f} s")
    print(f"pathological: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
