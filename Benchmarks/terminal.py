#!/usr/bin/env python3
"""Times Crossread in a real pseudo-terminal against less, in one run.

  Benchmarks/terminal.py [--crossread PATH] [--runs N]
  Benchmarks/terminal.py --crossread PATH --startup-against BASE [--runs N]

With --startup-against, only the first frame is timed, for what reading the configuration and
the reading state costs: the binary BASE (a release build from before either existed) and
--crossread, in three cases: no configuration file, a five-line one, and the whole file
`crossread config --print` writes; each with a state file present (positions, marks, read
articles, searches, the list selected), which BASE ignores. --crossread is also timed with
neither file, which separates what reading them costs from everything else between the builds.

1. Start to first full frame, 120x40, alternating the two: `crossread` (the browser on the built-in corpus) and
   `less` on one seed file. A frame is complete when its last row has been written: the status
   line's hint for crossread, less's prompt (set with -P to a marker) for less.
2. Keypress to finished redraw, 200x60: j/k in the article list (which also lays out and draws
   the next article beside it) and j/k in the reader. The redraw is finished at the last byte
   curses writes for it (the output then stays quiet for 20 ms, which is not counted). This is
   end to end: key through the pty, update, render, curses output, back through the pty.
Medians and 95th percentiles over the runs.

crossread is measured as shipped: a release build with the Swift runtime linked statically
(`swift build -c release --static-swift-stdlib`), which the script makes in .build-static unless
--crossread names a binary.
"""
import argparse, os, tempfile, pty, select, signal, statistics, struct, subprocess, sys, termios, fcntl, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def spawn(argv, cols, rows, extra_env=None):
    pid, fd = pty.fork()
    if pid == 0:
        # A fresh state folder for each start unless the case gives one: what one run leaves (an
        # article open) must not change what the next run draws first.
        env = {"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": "/tmp", "LESSHISTFILE": "-",
               "XDG_STATE_HOME": tempfile.mkdtemp(prefix="crossread-bench-state-")}
        env.update(extra_env or {})
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


def first_frame(argv, marker, cols=120, rows=40, extra_env=None):
    start = time.perf_counter()
    pid, fd = spawn(argv, cols, rows, extra_env)
    elapsed, _ = read_until(fd, marker, start)
    finish(pid, fd)
    return elapsed


def until_quiet(fd, start, quiet=0.020, timeout=5.0):
    """Reads until no output comes for `quiet` seconds; returns when the last byte came."""
    last = None
    while time.perf_counter() - start < timeout:
        ready, _, _ = select.select([fd], [], [], quiet if last else timeout)
        if not ready:
            if last:
                return last - start
            continue
        if os.read(fd, 65536):
            last = time.perf_counter()
    raise TimeoutError("no redraw")


def keypresses(argv, count, setup=b"", ready=b"q quit", quit_keys=b"Q", frame_log=None):
    pid, fd = spawn(argv, 200, 60, {"CROSSREAD_FRAME_LOG": frame_log} if frame_log else None)
    read_until(fd, ready, time.perf_counter())
    if setup:
        os.write(fd, setup)
        until_quiet(fd, time.perf_counter())
    times = []
    for index in range(count):
        start = time.perf_counter()
        os.write(fd, b"j" if index % 2 == 0 else b"k")
        times.append(until_quiet(fd, start))
    finish(pid, fd, quit_keys)
    return times


def in_process(crossread, count, setup=b""):
    """The browser's own key-to-redraw times (CROSSREAD_FRAME_LOG), without the pty's share."""
    log = f"/tmp/crossread-frames-{os.getpid()}.log"
    if os.path.exists(log):
        os.unlink(log)
    keypresses([crossread], count, setup, frame_log=log)
    with open(log) as lines:
        times = [int(line) / 1e6 for line in lines if line.strip()]
    os.unlink(log)
    return times[1:] if setup else times


def summary(name, seconds):
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(f"{name}: median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms over {len(ms)} runs")
    return statistics.median(ms)


FIVE_LINES = """measure = 72
mouse = true
[keys.reader]
halfPageDown = "<C-d>"
[theme]
topBar = "bold white on blue"
"""

STATE_LINES = [
    ("position", "1700000000.5", "000_c2bfad63a1b137a7", "1200"),
    ("position", "1700000001.5", "002_6c08b088e53c302e", "340"),
    ("read", "1700000000.5", "000_c2bfad63a1b137a7", "1"),
    ("read", "1700000001.5", "002_6c08b088e53c302e", "1"),
    ("mark", "1700000002.5", "a", "000_c2bfad63a1b137a7", "800"),
    ("mark", "1700000003.5", "b", "002_6c08b088e53c302e", "120"),
    ("pane", "1700000004.5", "Articles"),
    ("search", "1700000005.5", "killed"),
    ("search", "1700000006.5", "[0-9]+ (people|civilians)"),
]


def startup_against(base, branch, runs):
    """First frame of `base` and `branch` with no / a short / the full configuration, and of
    `branch` with neither a configuration nor a state file. Every round starts each of them once,
    in a shuffled order, so a burst of load from elsewhere falls on all of them alike."""
    import random, shutil, tempfile
    work = tempfile.mkdtemp(prefix="crossread-startup-")
    state = os.path.join(work, "state")
    os.makedirs(os.path.join(state, "crossread"))
    with open(os.path.join(state, "crossread", "built-in.state"), "w") as out:
        out.write("crossread reading state 1\n" + "".join("\t".join(line) + "\n" for line in STATE_LINES))
    printed = subprocess.run([branch, "config", "--print"], check=True, capture_output=True, text=True).stdout
    cases = [("no configuration file", None), ("a five-line file", FIVE_LINES),
             (f"the full `config --print` file ({printed.count(chr(10))} lines)", printed)]
    environments = []
    for number, (name, text) in enumerate(cases):
        config = os.path.join(work, f"config{number}")
        os.makedirs(os.path.join(config, "crossread"))
        if text is not None:
            with open(os.path.join(config, "crossread", "config.toml"), "w") as out:
                out.write(text)
            check = subprocess.run([branch, "config", "--check"], capture_output=True, text=True,
                                   env={"HOME": "/tmp", "XDG_CONFIG_HOME": config, "PATH": "/usr/bin:/bin"})
            if check.returncode != 0:
                sys.exit(f"the {name} does not read cleanly: {check.stderr}")
        environments.append({"XDG_CONFIG_HOME": config, "XDG_STATE_HOME": state})
    # Nothing to read: the same build with neither file, what the three cases add to.
    empty = {"XDG_CONFIG_HOME": os.path.join(work, "config0"), "XDG_STATE_HOME": os.path.join(work, "no-state")}
    starts = [(binary, number) for number in range(len(cases)) for binary in (base, branch)] + [(branch, None)]
    times = {start: [] for start in starts}
    for _ in range(runs):
        for binary, number in random.sample(starts, len(starts)):
            env = environments[number] if number is not None else empty
            times[(binary, number)].append(first_frame([binary], b"q quit", extra_env=env))
    nothing = summary("this build, neither a configuration nor a state file", times[(branch, None)])
    for number, (name, _) in enumerate(cases):
        print(f"{name}, a state file present:")
        a = summary("  first frame 120x40, base", times[(base, number)])
        b = summary("  first frame 120x40, this build", times[(branch, number)])
        print(f"  this build minus base: {b - a:+.2f} ms; minus this build reading nothing: {b - nothing:+.2f} ms")
    shutil.rmtree(work)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--crossread", help="the binary to measure (default: build it statically)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--startup-against", metavar="BASE",
                        help="time only the first frame against the binary BASE, with and without configuration")
    args = parser.parse_args()
    if not args.crossread:
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "crossread",
                        "--scratch-path", os.path.join(ROOT, ".build-static")], cwd=ROOT, check=True)
        args.crossread = os.path.join(ROOT, ".build-static/release/crossread")
    if args.startup_against:
        startup_against(args.startup_against, args.crossread, args.runs)
        return
    seed = sorted(os.listdir(os.path.join(ROOT, "seeds")))[0]
    seed_path = os.path.join(ROOT, "seeds", seed)
    # Alternate the two, so a burst of load from elsewhere on the machine falls on both alike.
    ours, theirs = [], []
    for _ in range(args.runs):
        ours.append(first_frame([args.crossread], b"q quit"))
        theirs.append(first_frame(["less", "-PLESS-READY", seed_path], b"LESS-READY"))
    a = summary("first frame 120x40, crossread (built-in corpus)", ours)
    b = summary(f"first frame 120x40, less {seed}", theirs)
    print(f"ratio crossread/less: {a / b:.2f} (target: at most 2)")
    runs = args.runs * 10
    summary("keypress to finished redraw 200x60, list j/k with the reader beside it, in the browser",
            in_process(args.crossread, runs))
    summary("keypress to finished redraw 200x60, reader j/k, in the browser", in_process(args.crossread, runs, b"\r"))
    summary("keypress to finished redraw 200x60, Timeline pane j/k, in the browser", in_process(args.crossread, runs, b"2"))
    summary("keypress to finished redraw 200x60, Figures pane j/k, in the browser", in_process(args.crossread, runs, b"3"))
    summary("keypress to finished redraw 200x60, Compare pane j/k, in the browser", in_process(args.crossread, runs, b"4"))
    summary("the same through the pty, end to end: list j/k", keypresses([args.crossread], runs))
    summary("the same through the pty, end to end: reader j/k", keypresses([args.crossread], runs, setup=b"\r"))
    summary(f"less j/k through the pty, end to end, for scale ({seed})",
            keypresses(["less", "-PLESS-READY", seed_path], runs, ready=b"LESS-READY", quit_keys=b"q"))


if __name__ == "__main__":
    main()
