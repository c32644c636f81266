"""Start-up, memory, CPU and wakeups at rest, beside a minimal PySide6 tray app, in one run.

    python tests/bench/startup_bench.py [--quick]

Runs a real X session (Xvfb + trayer). Budgets (docs/ARCHITECTURE.md): start until the icon is shown
<= 1.3x the minimal app; RSS at rest <= 1.2x; < 0.05 CPU-s per idle minute; <= 10 wakeups
(voluntary context switches, all threads) a minute; `dayweave log` <= 1.5x a bare import.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from e2e.xsession import XSession, wait_for  # noqa: E402
from installed import compile_bytecode  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wakeups(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                total += int(line.split()[1])
    return total


def main() -> None:
    quick = "--quick" in sys.argv
    compile_bytecode()
    session = XSession(with_tray=True).start()
    work = Path(tempfile.mkdtemp(prefix="dayweave-startup-"))
    env = session.env
    env.update(DAYWEAVE_DATA_DIR=str(work / "data"), DAYWEAVE_CONFIG_DIR=str(work / "config"),
               XDG_RUNTIME_DIR=str(work))  # fmt: skip
    (work / "config").mkdir(parents=True, exist_ok=True)
    (work / "config" / "autostart-asked").write_text("asked\n")  # no first-run question
    dayweave = [sys.executable, "-m", "tracker"]
    minimal = [sys.executable, str(HERE / "minimal_tray_app.py")]
    try:
        subprocess.run([*dayweave, "--exit-when-ready"], env=env, check=True, capture_output=True)
        print("start until the tray icon is shown (spawn to ready line), interleaved:")
        starts: dict[str, list[float]] = {"minimal": [], "dayweave": []}
        for _ in range(5 if quick else 15):
            for name, command in (("minimal", minimal), ("dayweave", dayweave)):
                # Timed from outside: from spawning the process to its "ready" line, which it
                # prints once the icon has a place in the tray host.
                started = time.perf_counter()
                process = subprocess.Popen([*command, "--exit-when-ready"], env=env,
                                           stdout=subprocess.PIPE, text=True)  # fmt: skip
                process.stdout.readline()
                starts[name].append(time.perf_counter() - started)
                process.communicate()
        for name, values in starts.items():
            print(f"  {name:<10} median {statistics.median(values):.3f} s  min {min(values):.3f} s")
        start_ratio = statistics.median(starts["dayweave"]) / statistics.median(starts["minimal"])

        print("\nat rest, both running side by side:")
        procs = {
            "minimal": subprocess.Popen(minimal, env=env, stdout=subprocess.DEVNULL),
            "dayweave": subprocess.Popen(dayweave, env=env, stdout=subprocess.DEVNULL),
        }
        wait_for(session.tray_icon, 20, "the Dayweave icon")
        time.sleep(5)  # let both settle before measuring rest
        minutes = 0.5 if quick else 1.0
        before = {n: (cpu_seconds(p.pid), wakeups(p.pid)) for n, p in procs.items()}
        time.sleep(60 * minutes)
        results = {}
        for name, proc in procs.items():
            cpu = (cpu_seconds(proc.pid) - before[name][0]) / minutes
            wake = (wakeups(proc.pid) - before[name][1]) / minutes
            results[name] = (rss_mib(proc.pid), cpu, wake)
            print(f"  {name:<10} RSS {results[name][0]:6.1f} MiB   CPU {cpu:.3f} s/min   "
                  f"wakeups {wake:5.1f}/min")  # fmt: skip

        print("\n`dayweave log` with the app running (over the socket) beside the import baseline:")
        baseline = [sys.executable, "-c", "import tinydb, json, zoneinfo, uuid, argparse, socket"]
        log = [*dayweave, "log", "disruption", "--cause", "tech", "bench"]
        times: dict[str, list[float]] = {"baseline": [], "log": []}
        for _ in range(8 if quick else 20):
            for name, command in (("baseline", baseline), ("log", log)):
                started = time.perf_counter()
                subprocess.run(command, env=env, check=True, capture_output=True)
                times[name].append(time.perf_counter() - started)
        for name, values in times.items():
            print(f"  {name:<10} median {statistics.median(values) * 1000:.1f} ms")
        for proc in procs.values():
            proc.kill()
            proc.wait()

        print("\nratios (budget in brackets):")
        print(f"  start, dayweave / minimal         {start_ratio:5.2f}x  [<= 1.3x]")
        rss_ratio = results["dayweave"][0] / results["minimal"][0]
        print(f"  RSS at rest, dayweave / minimal   {rss_ratio:5.2f}x  [<= 1.2x]")
        print(f"  CPU at rest                       {results['dayweave'][1]:.3f} s/min  [< 0.05]")
        print(f"  wakeups at rest                   {results['dayweave'][2]:.1f}/min  [<= 10]")
        log_ratio = statistics.median(times["log"]) / statistics.median(times["baseline"])
        print(f"  dayweave log (app running) / import baseline {log_ratio:5.2f}x  [<= 1.5x]")
    finally:
        session.stop()


if __name__ == "__main__":
    main()
