#!/usr/bin/env python3
"""Galley as a stage of a Spark job (local mode): the JSONL stream under RDD.pipe.

Builds records from the 181 benchmark pages ×10 (1,810 records, ids 0..1809), pipes them through
`galley convert --jsonl` in 2 partitions (one galley process per partition), and checks that
every record comes back exactly once, in input order within its partition, byte-identical to one
`galley convert --jsonl` over the whole stream; then times it against a folder run of the same
pages. A benchmark, not a CI check (it needs pyspark from PyPI and Java 17, and a minute or two).
usage: scripts/bench-spark.py [--copies N]     (installs pyspark with pip when missing)
"""
import gzip, json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GALLEY = os.path.join(ROOT, ".build/release/galley")
PAGES = os.path.join(ROOT, "../shared/corpus/article-benchmark/html")

def main():
    copies = int(sys.argv[sys.argv.index("--copies") + 1]) if "--copies" in sys.argv else 10
    try:
        import pyspark  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "pyspark"], check=True)
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"  # loopback only
    os.environ.setdefault("PYSPARK_SUBMIT_ARGS", "--driver-memory 2g pyspark-shell")
    from pyspark import SparkContext
    pages = [gzip.open(os.path.join(PAGES, n)).read().decode("utf-8", "replace") for n in sorted(os.listdir(PAGES))]
    records = [json.dumps({"id": i, "format": "html", "content": pages[i % len(pages)]}) for i in range(len(pages) * copies)]
    tmp = tempfile.mkdtemp(prefix="bench-spark-")
    stream = os.path.join(tmp, "in.jsonl")
    with open(stream, "w") as f: f.write("\n".join(records) + "\n")
    start = time.time()
    single = subprocess.run([GALLEY, "convert", "--jsonl"], stdin=open(stream, "rb"), capture_output=True, check=True).stdout.decode().splitlines()
    single_seconds = time.time() - start
    folder = os.path.join(tmp, "pages")
    os.makedirs(folder)
    for i in range(len(records)):
        with open(os.path.join(folder, f"{i:05}.html"), "w") as g: g.write(pages[i % len(pages)])
    start = time.time()
    subprocess.run([GALLEY, "convert", folder, "--out", os.path.join(tmp, "out"), "-q"], check=True)
    folder_seconds = time.time() - start
    sc = SparkContext("local[2]", "galley-bench")
    sc.setLogLevel("ERROR")
    start = time.time()
    rdd = sc.textFile(stream, 2)  # read by Spark, as a job would: records never pass through Python
    out = rdd.pipe(f"{GALLEY} convert --jsonl --jobs 1 --jsonl-errors-exit-zero").glom().collect()
    spark_seconds = time.time() - start
    sc.stop()
    flat = [line for part in out for line in part]
    ids = [json.loads(line)["id"] for line in flat]
    ok_once = sorted(ids) == list(range(len(records)))
    ok_order = all([json.loads(l)["id"] for l in part] == sorted(json.loads(l)["id"] for l in part) for part in out)
    sizes = [len(part) for part in out]
    ok_same = flat == single
    print(f"spark: {len(records)} records in {len(out)} partitions of {sizes}: every record once: {ok_once}; in order per partition: {ok_order}; "
          f"identical to one process: {ok_same}")
    print(f"spark: {spark_seconds:.1f} s (local[2], Spark start-up included); one galley --jsonl process {single_seconds:.1f} s; "
          f"folder run {folder_seconds:.1f} s (wall)")
    subprocess.run(["rm", "-rf", tmp])
    sys.exit(0 if ok_once and ok_order and ok_same else 1)

if __name__ == "__main__":
    main()
