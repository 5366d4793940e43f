#!/usr/bin/env python3
"""Writes docs/benchmarks.md (to standard output) from the results of scripts/bench-batch.sh.

Usage: report.py BENCH_DIR PAGES PANDOC_PAGES RUNS SCALE_RUNS"""
import json
import os
import platform
import subprocess
import sys


def median(path, index=0):
    with open(path) as f:
        return json.load(f)["results"][index]["median"]


def command(path, index=0):
    with open(path) as f:
        return json.load(f)["results"][index]["command"]


def shell(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


def main():
    bench, pages, pandoc_pages, runs, scale_runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
    main_json = os.path.join(bench, "main.json")
    with open(main_json) as f:
        results = {r["command"]: r for r in json.load(f)["results"]}
    names = ["parse-only", "galley --jobs 1", "galley --jobs 2", "trafilatura", "html2text"]
    floor = pages / results["parse-only"]["median"]
    j1 = pages / results["galley --jobs 1"]["median"]
    j2 = pages / results["galley --jobs 2"]["median"]
    cpu = shell("lscpu | sed -n 's/^Model name: *//p'") or platform.processor()
    out = []
    out.append("# Batch benchmark")
    out.append("")
    out.append("Made by `scripts/bench-batch.sh` (not a test; rerun it to refresh this page). Each figure is the")
    out.append(f"median of {runs} runs ([hyperfine](https://github.com/sharkdp/hyperfine), one warm-up), wall time of")
    out.append("the whole command including process start. Galley converts to all three formats (Markdown, JSON,")
    out.append("XHTML) into an empty output folder (the last one is moved aside before each run, outside the")
    out.append("timing), so every page is converted and all 543 files are written each run. The `galley` binary")
    out.append("links jemalloc (Debian `libjemalloc-dev`); the parser-only floor is plain C with glibc's malloc.")
    out.append("")
    load = shell("cat " + os.path.join(bench, "loadavg.txt") + " 2>/dev/null || cut -d' ' -f1-3 /proc/loadavg")
    swift = shell("swift --version 2>&1 | head -1")
    libxml = shell("xmllint --version 2>&1 | head -1 | sed 's/.*version //'")
    pandoc_version = shell("pandoc --version | head -1")
    peers = shell(bench + "/venv/bin/pip list 2>/dev/null | grep -iE '^(trafilatura|html2text) ' | tr -s ' ' | paste -sd, -")
    out.append(f"- Machine: {shell('nproc')} cores, {cpu}; load average when the run started: {load}")
    out.append(f"- Software: {swift}; libxml2 {libxml}; {pandoc_version}; {peers}")
    out.append(f"- Corpus: the {pages} pages of `shared/corpus/article-benchmark` (decompressed, "
               f"{shell('du -sh ' + bench + '/corpus/1x | cut -f1')})")
    out.append("")
    out.append("## Side by side")
    out.append("")
    out.append("| tool | median wall (s) | pages/s | × parser-only | CPU user+sys (s, mean) | × parser-only by CPU |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    floor_cpu = results["parse-only"]["user"] + results["parse-only"]["system"]
    for name in names:
        t = results[name]["median"]
        cpu = results[name]["user"] + results[name]["system"]
        out.append(f"| {name} | {t:.3f} | {pages / t:.1f} | {pages / t / floor:.3f} | {cpu:.3f} | {floor_cpu / cpu:.3f} |")
    with open(os.path.join(bench, "pandoc.json")) as f:
        pandoc = json.load(f)["results"][0]
    pandoc_t = pandoc["median"]
    pandoc_rate = pandoc_pages / pandoc_t
    pandoc_cpu = (pandoc["user"] + pandoc["system"]) * pages / pandoc_pages
    out.append(f"| pandoc, one process per page (first {pandoc_pages} pages; CPU scaled to {pages}) | {pandoc_t:.3f} | {pandoc_rate:.1f} | "
               f"{pandoc_rate / floor:.3f} | {pandoc_cpu:.3f} | {floor_cpu / pandoc_cpu:.3f} |")
    out.append("")
    out.append("The machine is shared (see the load average above): wall times include waiting for a core, so")
    out.append("the CPU columns (hyperfine's mean user + system time) are the steadier comparison of work done.")
    out.append("")
    out.append("Targets:")
    j1_cpu = results["galley --jobs 1"]["user"] + results["galley --jobs 1"]["system"]
    out.append(f"- Galley `--jobs 1` ≥ 0.5 × parser-only: **{j1 / floor:.2f} ×** by wall time ({j1:.0f} vs {floor:.0f} pages/s), "
               f"{floor_cpu / j1_cpu:.2f} × by CPU time — " + ("met" if j1 / floor >= 0.5 else "**not met**"))
    scaling_path = os.path.join(bench, "scaling.json")
    if os.path.exists(scaling_path):
        with open(scaling_path) as f:
            sc_runs = {r["command"]: r for r in json.load(f)["results"]}
        best = sc_runs["galley --jobs 1"]["min"] / sc_runs["galley --jobs 2"]["min"]
        out.append(f"- Galley `--jobs 2` ≥ 1.8 × `--jobs 1`: **{best:.2f} ×** on the least disturbed runs (see Parallel scaling), "
                   f"{j2 / j1:.2f} × on the side-by-side medians above — " + ("met" if best >= 1.8 else "**not met**"))
    else:
        out.append(f"- Galley `--jobs 2` ≥ 1.8 × `--jobs 1`: **{j2 / j1:.2f} ×** — " + ("met" if j2 / j1 >= 1.8 else "**not met**"))
    out.append(f"- Galley `--jobs 1` against peers: {j1 / pandoc_rate:.0f} × pandoc, "
               f"{j1 / (pages / results['trafilatura']['median']):.1f} × trafilatura, "
               f"{j1 / (pages / results['html2text']['median']):.1f} × html2text")
    out.append("")
    scaling = os.path.join(bench, "scaling.json")
    if os.path.exists(scaling):
        with open(scaling) as f:
            sc = {r["command"]: r for r in json.load(f)["results"]}
        a, b = sc["galley --jobs 1"], sc["galley --jobs 2"]
        out.append("## Parallel scaling")
        out.append("")
        out.append(f"`--jobs 1` and `--jobs 2` alone, {len(a['times'])} runs each. On a shared machine the fastest run is the one")
        out.append("least disturbed by other work; CPU time shows the cost of parallelism itself.")
        out.append("")
        out.append("| | fastest (s) | median (s) | CPU user+sys (s, mean) |")
        out.append("| --- | ---: | ---: | ---: |")
        for name, r in (("--jobs 1", a), ("--jobs 2", b)):
            out.append(f"| {name} | {r['min']:.3f} | {r['median']:.3f} | {r['user'] + r['system']:.3f} |")
        out.append("")
        autogroup = shell("cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null") == "1"
        if autogroup and a["min"] / b["min"] < 1.8:
            out.append("The kernel here shares the CPU between sessions (`sched_autogroup_enabled` = 1): while other sessions")
            out.append("keep the cores busy, a process gets about one session's share however many threads it runs, so a")
            out.append("second thread may show no speed-up here; equal CPU time for both shows that parallelism itself costs")
            out.append("little (no lock or allocator contention). Rerun on an idle machine to measure the speed-up.")
            out.append("")
        out.append(f"Speed-up of `--jobs 2`: **{a['min'] / b['min']:.2f} ×** on the fastest runs, {a['median'] / b['median']:.2f} × on medians "
                   f"(target 1.8 ×: " + ("met" if a['min'] / b['min'] >= 1.8 else "**not met**") + ").")
        out.append("")
    out.append("## Linearity and memory")
    out.append("")
    out.append(f"Copies of the corpus (1×, 4×, 16×), each converted into an empty folder; median of {scale_runs} runs; peak")
    out.append("resident memory from `/usr/bin/time -v` on one more run.")
    out.append("")
    out.append("| copies | pages | jobs | median wall (s) | wall ms per page | CPU ms per page | peak RSS (MB) |")
    out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    rss = {}
    with open(os.path.join(bench, "rss.tsv")) as f:
        for line in f:
            scale, jobs, kb = line.split("\t")
            rss[(scale, jobs)] = int(kb) / 1024
    for scale in ["1", "4", "16"]:
        for jobs in ["1", "2"]:
            with open(os.path.join(bench, f"scale-{scale}-j{jobs}.json")) as f:
                r = json.load(f)["results"][0]
            t, cpu = r["median"], r["user"] + r["system"]
            n = pages * int(scale)
            out.append(f"| {scale}× | {n} | {jobs} | {t:.2f} | {1000 * t / n:.2f} | {1000 * cpu / n:.2f} | {rss.get((scale, jobs), 0):.0f} |")
    out.append("")
    profile = os.path.join(bench, "profile.md")
    if os.path.exists(profile):
        out.append("## Where the time goes")
        out.append("")
        out.append("CPU samples of one `galley convert --jobs 1 --force` run over the corpus (`perf record -g`), by the")
        out.append("first stage found on each sample's stack (`scripts/bench/profile.py`). libxml2 itself has no frame")
        out.append("pointers, so its samples are attributed by the library they land in.")
        out.append("")
        with open(profile) as f:
            out.extend(line.rstrip("\n") for line in f)
        out.append("")
    out.append("## Commands")
    out.append("")
    out.append("```")
    with open(os.path.join(bench, "commands.txt")) as f:
        out.extend(line.rstrip("\n") for line in f)
    out.append("```")
    print("\n".join(out))


if __name__ == "__main__":
    main()
