#!/usr/bin/env python3
"""JSONL streaming benchmark (release build): writes docs/jsonl-benchmark.md.

1. Single records of 1, 2, 4, 8 and 16 MB of text: CPU seconds must grow linearly (the per-MB
   cost stays flat); a 50 MB record against the same content converted as a file.
2. Memory over the length of a stream: 250, 2,000 and 20,000 HTML records (the 181 benchmark
   pages in turn): peak RSS must stay flat.
3. The 181 benchmark pages as one JSONL stream against a folder run: CPU seconds, ratio.
CPU and peak RSS are read from the child's rusage (os.wait4), so machine load does not distort
CPU figures. usage: scripts/bench-jsonl.py [--quick]   (--quick: 250/2,000 records, up to 16 MB)
"""
import gzip, json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GALLEY = os.path.join(ROOT, ".build/release/galley")
PAGES = os.path.join(ROOT, "../shared/corpus/article-benchmark/html")

def run(args, stdin=None):
    start = time.time()
    with open(stdin or os.devnull, "rb") as src, open(os.devnull, "wb") as sink:
        proc = subprocess.Popen(args, stdin=src, stdout=sink, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, time.time() - start

def text(mb):
    out, size, i = [], 0, 0
    while size < mb * 1024 * 1024:
        p = f"Paragraph {i} says that record {i * 7} holds words like alpha{i} and beta{i % 97}, enough to read. " * 4 + "\n\n"
        out.append(p); size += len(p); i += 1
    return "".join(out)

def main():
    quick = "--quick" in sys.argv
    tmp = tempfile.mkdtemp(prefix="bench-jsonl-")
    lines = ["# JSONL streaming benchmark", "", f"`scripts/bench-jsonl.py{' --quick' if quick else ''}` on {time.strftime('%Y-%m-%d')}, load average {os.getloadavg()[0]:.1f} at the start. CPU = user + system seconds of the galley process.", ""]
    lines += ["## One record of N MB (text)", "", "| record | CPU s | CPU s per MB | peak RSS MB |", "|---|---|---|---|"]
    for mb in ([1, 2, 4, 8, 16] if quick else [1, 2, 4, 8, 16]):
        path = os.path.join(tmp, f"r{mb}.jsonl")
        with open(path, "w") as f: f.write(json.dumps({"id": mb, "format": "text", "content": text(mb)}) + "\n")
        cpu, rss, _ = run([GALLEY, "convert", "--jsonl", "--to", "markdown"], path)
        lines.append(f"| {mb} MB | {cpu:.2f} | {cpu / mb:.3f} | {rss:.0f} |")
        os.remove(path)
    if not quick:
        content = text(50)
        record, plain = os.path.join(tmp, "r50.jsonl"), os.path.join(tmp, "r50.txt")
        with open(record, "w") as f: f.write(json.dumps({"id": 50, "format": "text", "content": content}) + "\n")
        with open(plain, "w") as f: f.write(content)
        c1, r1, _ = run([GALLEY, "convert", "--jsonl", "--to", "markdown"], record)
        c2, r2, _ = run([GALLEY, "convert", plain, "--out", os.path.join(tmp, "o50"), "--to", "markdown", "-q", "--force"])
        lines += ["", f"50 MB record: {c1:.2f} s CPU as a JSONL record, {c2:.2f} s as a file: **{c1 / c2:.2f}×** (target ≤ 2×)."]
    pages = [gzip.open(os.path.join(PAGES, n)).read().decode("utf-8", "replace") for n in sorted(os.listdir(PAGES))]
    lines += ["", "## Memory over a stream (HTML records, all three formats)", "", "| records | CPU s | peak RSS MB |", "|---|---|---|"]
    base = None
    for n in ([250, 2000] if quick else [250, 2000, 20000]):
        path = os.path.join(tmp, f"n{n}.jsonl")
        with open(path, "w") as f:
            for i in range(n): f.write(json.dumps({"id": i, "format": "html", "content": pages[i % len(pages)]}) + "\n")
        cpu, rss, _ = run([GALLEY, "convert", "--jsonl"], path)
        base = base or rss
        lines.append(f"| {n:,} | {cpu:.1f} | {rss:.0f} ({(rss / base - 1) * 100:+.0f} %) |")
        os.remove(path)
    folder = os.path.join(tmp, "pages")
    os.makedirs(folder)
    stream = os.path.join(tmp, "pages.jsonl")
    with open(stream, "w") as f:
        for i, p in enumerate(pages):
            f.write(json.dumps({"id": i, "format": "html", "content": p}) + "\n")
            with open(os.path.join(folder, f"{i:03}.html"), "w") as g: g.write(p)
    jc, _, _ = run([GALLEY, "convert", "--jsonl"], stream)
    fc, _, _ = run([GALLEY, "convert", folder, "--out", os.path.join(tmp, "out"), "-q", "--force"])
    lines += ["", f"## The 181 benchmark pages", "", f"JSONL stream {jc:.2f} s CPU, folder run {fc:.2f} s CPU: **{jc / fc:.2f}×** (target ≤ 1.3×)."]
    subprocess.run(["rm", "-rf", tmp])
    report = "\n".join(lines) + "\n"
    print(report)
    if not quick:
        open(os.path.join(ROOT, "docs/jsonl-benchmark.md"), "w").write(report)

if __name__ == "__main__":
    main()
