#!/usr/bin/env python3
"""Times Crossread in a real pseudo-terminal against less, in one run.

  Benchmarks/terminal.py [--crossread PATH] [--runs N]

1. Start to first full frame, 120x40: `crossread` (the browser on the built-in corpus) and
   `less` on one seed file. A frame is complete when its last row has been written: the status
   line's hint for crossread, less's prompt (set with -P to a marker) for less.
2. Keypress to finished redraw, 200x60: j/k in the article list; the redraw is finished when the
   status line shows the new position. This is end to end: key through the pty, update, render,
   curses output, back through the pty.
Medians and 95th percentiles over the runs.
"""
import argparse, os, pty, select, signal, statistics, struct, subprocess, sys, termios, fcntl, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def spawn(argv, cols, rows):
    pid, fd = pty.fork()
    if pid == 0:
        env = {"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": "/tmp", "LESSHISTFILE": "-"}
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    return pid, fd


def read_until(fd, marker, start, timeout=10.0):
    data = b""
    while marker not in data:
        remaining = timeout - (time.perf_counter() - start)
        if remaining <= 0:
            raise TimeoutError(f"no {marker!r} in {data[-300:]!r}")
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            try:
                data += os.read(fd, 65536)
            except OSError:
                break
    return time.perf_counter() - start, data


def finish(pid, fd, quit_keys=b"q"):
    try:
        os.write(fd, quit_keys)
        deadline = time.time() + 5
        while time.time() < deadline:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            select.select([fd], [], [], 0.05)
            try:
                os.read(fd, 65536)
            except OSError:
                pass
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    finally:
        os.close(fd)


def first_frame(argv, marker, cols=120, rows=40):
    start = time.perf_counter()
    pid, fd = spawn(argv, cols, rows)
    elapsed, _ = read_until(fd, marker, start)
    finish(pid, fd)
    return elapsed


def keypresses(crossread, count):
    pid, fd = spawn([crossread], 200, 60)
    read_until(fd, b"q quit", time.perf_counter())
    times = []
    for index in range(count):
        key, marker = (b"j", b"article 2/5") if index % 2 == 0 else (b"k", b"article 1/5")
        start = time.perf_counter()
        os.write(fd, key)
        elapsed, _ = read_until(fd, marker, start)
        times.append(elapsed)
    finish(pid, fd)
    return times


def summary(name, seconds):
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(f"{name}: median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms over {len(ms)} runs")
    return statistics.median(ms)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--crossread", default=os.path.join(ROOT, ".build/release/crossread"))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    seed = sorted(os.listdir(os.path.join(ROOT, "seeds")))[0]
    seed_path = os.path.join(ROOT, "seeds", seed)
    ours = [first_frame([args.crossread], b"q quit") for _ in range(args.runs)]
    theirs = [first_frame(["less", "-PLESS-READY", seed_path], b"LESS-READY") for _ in range(args.runs)]
    a = summary("first frame 120x40, crossread (built-in corpus)", ours)
    b = summary(f"first frame 120x40, less {seed}", theirs)
    print(f"ratio crossread/less: {a / b:.2f} (target: at most 2)")
    summary("keypress to finished redraw 200x60, crossread list j/k (end to end through the pty)",
            keypresses(args.crossread, args.runs * 10))


if __name__ == "__main__":
    main()
