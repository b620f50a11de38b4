#!/usr/bin/env python3
"""Crossread on large corpora, in one run (issue 8's scale targets).

  Benchmarks/scale.py [--count 10000] [--big 100000] [--runs 5] [--work DIR] [--skip-big]

1. Builds the release binaries and generates two corpora with crossread-corpus-generator (kept in
   --work and reused while their article count matches).
2. COUNT articles in memory: start to first full frame of the browser in a 120x40 pty
   (`crossread --corpus`), `crossread list --corpus` (wall time, peak memory), and
   `crossread-benchmarks search` (query p95 and grep -rli for the same words, same run).
3. BIG articles with --index: the first build of the index (wall time, peak memory, file size),
   then reopening: first frame of the browser in the pty, the browser's peak memory (open, first
   frame, quit), `crossread list --index`, and `crossread-benchmarks indexed-search`.
4. At both sizes, the Timeline and Figures panes built in full: `crossread snapshot --keys 2`
   (and `3`), which waits for the pane's background build (wall time, peak memory).
Targets: COUNT in memory: first frame < 1 s, list < 2 s, search p95 < 10 ms; BIG with --index:
reopen to first frame < 1 s, search p95 < 50 ms, peak memory < 2 GB; search >= 20x grep.
"""
import argparse, os, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
from terminal import spawn, read_until, finish  # noqa: E402


def build():
    for product in ["crossread", "crossread-corpus-generator", "crossread-benchmarks"]:
        subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    return subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()


def corpus(bin_dir, work, count):
    folder = os.path.join(work, f"corpus-{count}")
    marker = os.path.join(work, f"corpus-{count}.done")
    if not os.path.exists(marker):
        subprocess.run(["rm", "-rf", folder], check=True)
        subprocess.run([os.path.join(bin_dir, "crossread-corpus-generator"), folder, "--count", str(count)],
                       check=True, stdout=subprocess.DEVNULL)
        open(marker, "w").close()
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(folder) for f in fs)
    return folder, size


def timed(argv):
    """Wall seconds, peak RSS in MB, and output of a command run under /usr/bin/time -v."""
    report = "/tmp/crossread-scale-time.txt"
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", "-o", report] + argv, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{argv} failed: {result.stderr[-500:]}")
    peak = next(int(line.split(":")[1]) for line in open(report) if "Maximum resident set size" in line)
    return elapsed, peak / 1024


def first_frame(argv, runs):
    """Median and worst seconds from start to the browser's first full frame (its status hint)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        pid, fd = spawn(argv, 120, 40)
        elapsed, _ = read_until(fd, b"q quit", start, timeout=60)
        finish(pid, fd)
        times.append(elapsed)
    return statistics.median(times), max(times)


def browser_peak(argv):
    """Peak RSS in MB of the browser opened to its first frame and quit."""
    report = "/tmp/crossread-scale-browser.txt"
    pid, fd = spawn(["/usr/bin/time", "-v", "-o", report] + argv, 120, 40)
    read_until(fd, b"q quit", time.perf_counter(), timeout=60)
    finish(pid, fd)
    for _ in range(50):
        if os.path.exists(report) and "Maximum resident" in open(report).read():
            break
        time.sleep(0.1)
    return next(int(line.split(":")[1]) for line in open(report) if "Maximum resident set size" in line) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--big", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default="/tmp/crossread-scale")
    parser.add_argument("--skip-big", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    print(f"load average: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    bin_dir = build()
    crossread = os.path.join(bin_dir, "crossread")
    benchmarks = os.path.join(bin_dir, "crossread-benchmarks")

    folder, size = corpus(bin_dir, args.work, args.count)
    print(f"\n== {args.count:,} articles in memory ({size / 1e6:.1f} MB)")
    median, worst = first_frame([crossread, "--corpus", folder], args.runs)
    print(f"open to first frame (120x40 pty): median {median:.3f} s, worst {worst:.3f} s (target < 1 s)")
    elapsed, peak = timed([crossread, "list", "--corpus", folder])
    print(f"crossread list: {elapsed:.3f} s, peak {peak:.0f} MB (target < 2 s)")
    subprocess.run([benchmarks, "search", "--corpus", folder], check=True)
    panes(crossread, ["--corpus", folder])

    if args.skip_big:
        return
    folder, size = corpus(bin_dir, args.work, args.big)
    index = os.path.join(args.work, f"index-{args.big}.crossread")
    for stale in [index, index + "-journal", index + ".unreadable"]:
        if os.path.exists(stale):
            os.remove(stale)
    print(f"\n== {args.big:,} articles with --index ({size / 1e6:.1f} MB)")
    elapsed, peak = timed([crossread, "list", "--corpus", folder, "--index", index])
    print(f"first build of the index (crossread list --index): {elapsed:.1f} s, peak {peak:.0f} MB, "
          f"file {os.path.getsize(index) / 1e6:.0f} MB")
    median, worst = first_frame([crossread, "--corpus", folder, "--index", index], args.runs)
    print(f"reopen to first frame (120x40 pty): median {median:.3f} s, worst {worst:.3f} s (target < 1 s)")
    print(f"browser peak memory (open, first frame, quit): {browser_peak([crossread, '--corpus', folder, '--index', index]):.0f} MB (target < 2 GB)")
    elapsed, peak = timed([crossread, "list", "--corpus", folder, "--index", index])
    print(f"crossread list --index (reopen): {elapsed:.3f} s, peak {peak:.0f} MB")
    subprocess.run([benchmarks, "indexed-search", "--corpus", folder, "--index", index], check=True)
    panes(crossread, ["--corpus", folder, "--index", index])


def panes(crossread, corpus):
    """The Timeline (2) and Figures (3) panes built in full, each in a process of its own."""
    for key, name in [("2", "Timeline"), ("3", "Figures")]:
        elapsed, peak = timed([crossread, "snapshot", *corpus, "--size", "120x40", "--keys", key])
        print(f"{name} pane built (crossread snapshot --keys {key}): {elapsed:.1f} s, peak {peak:.0f} MB (target < 2 GB)")


if __name__ == "__main__":
    main()
