"""The dashboard and its API at 10^4..10^7 observations, against Datasette for the same rows.

    python -m benchmarks --sizes 1e4 1e5 1e6 1e7 --out docs/benchmarks.md
    python -m benchmarks --smoke --data-dir /tmp/b --out /tmp/b/benchmarks.md

For each size: synthetic tables (benchmarks/data/<size>/, made when missing); the tables' load
time; each page's median server-side rerun when the year changes (AppTest, in a fresh process),
and an empty page's (the framework's floor); the app process (`streamlit run serve.py`): time to
answer /healthz with the tables loaded, a filtered and a full CSV extract and the full SDMX-CSV
extract (its speed as a share of the CSV's) over HTTP on 127.0.0.1,
its peak RSS after the extracts and after running every page in it (agent API); the same rows as
CSV from Datasette (`?_stream=on`) over a SQLite file of the same observations. One table is
printed and written, with the machine's description, into the "Dashboard and API at scale"
section of the output file (the rest of that file is left as it is).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx2

from benchmarks.first_paint import measure as measure_first_paint
from benchmarks.pages import PAGES
from benchmarks.server import HOST, free_port, running, serve, tables_env
from benchmarks.synthetic import Shape, generate, parse_size
from loaders.paths import ROOT

DATA_DIR = ROOT / "benchmarks" / "data"
OUT = ROOT / "docs" / "benchmarks.md"
START = "<!-- dashboard-benchmark:start -->"
END = "<!-- dashboard-benchmark:end -->"
SECTION = "## Dashboard and API at scale"
LANG = "en"
FILTER = {"year": "2016", "lang": LANG}  # one year of every breakdown


def size_name(rows: int) -> str:
    """1e4 for 10 000, the number itself otherwise."""
    power = len(str(rows)) - 1
    return f"1e{power}" if rows == 10**power else str(rows)


def log(message: str) -> None:
    print(f"[bench {dt.datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def fetch(url: str) -> tuple[float, int]:
    """Seconds to receive the whole body, and its size, as a script would (curl when present)."""
    if shutil.which("curl"):
        report = "%{http_code} %{time_total} %{size_download}"
        out = subprocess.run(
            ["curl", "-sS", "-o", os.devnull, "-w", report, url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        if out[0] != "200":
            raise RuntimeError(f"{url}: HTTP {out[0]}")
        return float(out[1]), int(out[2])
    started = time.perf_counter()
    size = 0
    with httpx2.stream("GET", url, timeout=3600) as answer:
        answer.raise_for_status()
        for piece in answer.iter_raw():
            size += len(piece)
    return time.perf_counter() - started, size


def best(url: str, runs: int) -> tuple[float, int]:
    """The median of `runs` fetches."""
    results = sorted(fetch(url) for _ in range(runs))
    return results[len(results) // 2]


def rss_mb(pid: int) -> tuple[float, float]:
    """Current and peak resident memory of a process, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
        ram = f"{int(mem) / 1024**2:.0f} GB RAM"
    except OSError:
        ram = "RAM unknown"
    versions = []
    for name in ("streamlit", "pyarrow", "pandas", "datasette", "uvicorn"):
        try:
            from importlib.metadata import version

            versions.append(f"{name} {version(name)}")
        except Exception:
            versions.append(f"{name} not installed")
    return (
        f"{cpu}, {os.cpu_count()} cores, {ram}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; " + ", ".join(versions)
    )


# ---------------------------------------------------------------- steps


def ensure_data(folder: Path, rows: int) -> None:
    info = folder / "synthetic.json"
    if info.is_file():
        recorded = json.loads(info.read_text())
        if recorded.get("rows", {}).get("observations") == rows:
            return
    log(f"generating {rows:,} observations into {folder}")
    generate(folder, Shape(rows=rows))


def measure_pages(folder: Path, reruns: int, budget: float) -> dict:
    log(f"pages on {folder.name}: {reruns} reruns each")
    command = [sys.executable, "-m", "benchmarks.pages", "--tables", str(folder)]
    command += ["--reruns", str(reruns), "--budget", str(budget)]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env=tables_env(folder), check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"benchmarks.pages failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _agent_run(base: str, page: str, year: str, timeout: float) -> None:
    """Run one page in the server's own process, as a browser session would."""
    url_path = "" if PAGES[page] is None else page  # the default page's url_path is ""
    body = {"page": url_path, "query_params": {"year": [year], "lang": [LANG]}}
    deadline = time.monotonic() + timeout
    answer = httpx2.post(f"{base}/_stcore/agent/interact", json=body, timeout=timeout)
    while answer.status_code == 202 and time.monotonic() < deadline:
        session = answer.json()["session_id"]
        answer = httpx2.post(
            f"{base}/_stcore/agent/interact", json={"session_id": session}, timeout=timeout
        )
    answer.raise_for_status()


@dataclass
class Server:
    start_s: float = 0.0
    filtered_s: float = 0.0
    filtered_mb: float = 0.0
    full_s: float = 0.0
    full_mb: float = 0.0
    sdmx_full_s: float = 0.0
    sdmx_full_mb: float = 0.0
    rss_api_mb: float = 0.0
    rss_pages_mb: float = 0.0
    notes: list[str] = field(default_factory=list)


def measure_server(folder: Path, runs: int, full_runs: int, pages: bool) -> Server:
    result = Server()
    log(f"app process on {folder.name}")
    agent = ["--server.enableAgentApi", "true", "--server.agentWaitTimeout", "600"]
    with serve(folder, flags=agent, timeout=900) as up:  # the first /healthz reads the tables
        base = up.url
        result.start_s = up.start_seconds
        fetch(f"{base}/api/v1/observations.csv?{_query(FILTER)}")  # warm-up, not counted
        result.filtered_s, size = best(f"{base}/api/v1/observations.csv?{_query(FILTER)}", runs)
        result.filtered_mb = size / 1e6
        result.full_s, size = best(f"{base}/api/v1/observations.csv?lang={LANG}", full_runs)
        result.full_mb = size / 1e6
        sdmx = f"{base}/api/v1/observations.sdmx.csv?lang={LANG}"
        result.sdmx_full_s, size = best(sdmx, full_runs)
        result.sdmx_full_mb = size / 1e6
        result.rss_api_mb = rss_mb(up.process.pid)[1]
        if pages:
            for page in PAGES:
                for year in ("2016", "2015"):
                    _agent_run(base, page, year, 900)
            result.rss_pages_mb = rss_mb(up.process.pid)[1]
    return result


def _query(params: dict) -> str:
    return "&".join(f"{k}={v}" for k, v in params.items())


def sqlite_file(folder: Path) -> Path:
    """The extract's rows (the API's columns, in English) in SQLite, indexed on the filters."""
    from dashboard.extracts import extract_table
    from dashboard.selection import Selection
    from dashboard.tables import read_tables

    path = folder / "observations.db"
    stamp = folder / "observations.db.rows"
    tables = read_tables(folder)
    rows = tables.observations.num_rows
    if path.is_file() and stamp.is_file() and stamp.read_text() == str(rows):
        return path
    log(f"writing {rows:,} rows to {path.name} for Datasette")
    path.unlink(missing_ok=True)
    table = extract_table(tables, Selection(), LANG)
    names = table.column_names
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        kinds = {"year": "INTEGER", "value": "REAL", "is_headline": "INTEGER"}
        columns = ", ".join(f'"{n}" {kinds.get(n, "TEXT")}' for n in names)
        db.execute(f"CREATE TABLE observations ({columns})")
        insert = f"INSERT INTO observations VALUES ({', '.join('?' * len(names))})"
        for batch in table.to_batches(max_chunksize=100_000):
            values = [batch.column(i).to_pylist() for i in range(len(names))]
            db.executemany(insert, zip(*values, strict=True))
        for name in ("year", "indicator", "ref_area", "sex", "age", "is_headline"):
            db.execute(f'CREATE INDEX "ix_{name}" ON observations ("{name}")')
    stamp.write_text(str(rows))
    return path


def measure_datasette(folder: Path, runs: int, full_runs: int) -> dict:
    executable = shutil.which("datasette", path=str(Path(sys.executable).parent)) or shutil.which(
        "datasette"
    )
    if executable is None:
        return {"note": "datasette not installed (pip install -r requirements-bench.txt)"}
    database = sqlite_file(folder)
    port = free_port()
    base = f"http://{HOST}:{port}"
    command = [executable, "serve", str(database), "--host", HOST, "--port", str(port)]
    command += ["--setting", "sql_time_limit_ms", "60000", "--setting", "num_sql_threads", "2"]
    command += ["--setting", "max_csv_mb", "0"]  # no cut at 100 MB
    log(f"datasette on {database}")
    with running(command, base, "/-/versions.json"):
        table = f"{base}/observations/observations.csv?_stream=on&_size=max"
        filtered_s, filtered_size = best(f"{table}&year=2016", runs)
        full_s, full_size = best(table, full_runs)
    return {
        "filtered_s": filtered_s,
        "filtered_mb": filtered_size / 1e6,
        "full_s": full_s,
        "full_mb": full_size / 1e6,
    }


# ---------------------------------------------------------------- report


def _ms(value: float | None, floor: float | None = None) -> str:
    if value is None:
        return "–"
    text = f"{value:,.0f}" if value >= 10 else f"{value:.1f}"
    return f"{text} ({value / floor:.0f}×)" if floor else text


def _s(value: float | None) -> str:
    return "–" if not value else (f"{value:.2f}" if value < 10 else f"{value:.1f}")


def _sdmx_cell(server: dict) -> str:
    """The SDMX-CSV export of the same rows: its time, size, and its speed (rows a second) as a
    share of the plain CSV's in the same run (the target: at least 0.5)."""
    if not server.get("sdmx_full_s"):
        return "–"
    share = server["full_s"] / server["sdmx_full_s"]
    return f"{_s(server['sdmx_full_s'])} ({server['sdmx_full_mb']:.0f}, {share:.2f}×)"


def table(results: list[dict]) -> str:
    pages = list(PAGES)
    head = ["observations", "load s", "start s"]
    head += [f"{p} ms (× floor)" for p in pages] + ["empty page ms (floor)"]
    head += ["first KPI paint ms: Overview / bare page (ratio)"]
    head += ["API filtered CSV s (MB)", "API full CSV s (MB)"]
    head += ["API full SDMX-CSV s (MB, speed ÷ CSV's)"]
    head += ["Datasette filtered s", "Datasette full s", "Datasette ÷ API (filtered, full)"]
    head += ["peak RSS MB: pages (AppTest) / app after API / after pages", "load avg"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for r in results:
        p, s, d = r["pages"], r["server"], r["datasette"]
        floor = p["floor"]["median_ms"]
        cells = [f"{p['rows']:,}".replace(",", " "), _s(p["load_s"]), _s(s["start_s"])]
        for name in pages:
            page = p["pages"].get(name)
            cell = _ms(page["median_ms"], floor) if page else "–"
            if page and page["reruns"] < r["reruns"]:
                cell += f" n={page['reruns']}"
            cells.append(cell)
        cells.append(_ms(floor))
        paint = r.get("first_paint")
        cells.append(
            f"{_ms(paint['overview_ms'])} / {_ms(paint['bare_ms'])} ({paint['ratio']:.2f}×)"
            if paint
            else "–"
        )
        cells.append(f"{_s(s['filtered_s'])} ({s['filtered_mb']:.1f})")
        cells.append(f"{_s(s['full_s'])} ({s['full_mb']:.0f})")
        cells.append(_sdmx_cell(s))
        if "full_s" in d:
            cells += [_s(d["filtered_s"]), _s(d["full_s"])]
            cells.append(
                f"{d['filtered_s'] / s['filtered_s']:.1f}×, {d['full_s'] / s['full_s']:.1f}×"
            )
        else:
            cells += ["–", "–", d.get("note", "–")]
        rss = f"{p['peak_rss_mb']:,.0f} / {s['rss_api_mb']:,.0f}"
        rss += f" / {s['rss_pages_mb']:,.0f}" if s["rss_pages_mb"] else " / –"
        cells.append(rss)
        cells.append("–" if "load" not in r else f"{r['load'][0]:.1f}–{r['load'][1]:.1f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def first_look(result: dict) -> str:
    """The two figures of the first look, in one line: the Overview's rerun and first paint."""
    overview = result["pages"]["pages"]["overview"]["median_ms"]
    line = f"{size_name(result['rows'])}: Overview rerun {overview:.0f} ms"
    paint = result.get("first_paint")
    if paint:
        line += f", first KPI paint {paint['ratio']:.2f}× a bare one-metric page"
        line += f" ({paint['overview_ms']:.0f} / {paint['bare_ms']:.0f} ms)"
    return line


def write_section(
    out: Path, text: str, *, start: str = START, end: str = END, section: str = SECTION
) -> None:
    """Replace the run between the markers, or append the section; the rest stays as it is."""
    block = f"{start}\n{text.rstrip()}\n{end}"
    if out.is_file():
        current = out.read_text(encoding="utf-8")
        if start in current and end in current:
            before, _, rest = current.partition(start)
            _, _, after = rest.partition(end)
            out.write_text(before + block + after, encoding="utf-8")
            return
        out.write_text(f"{current.rstrip()}\n\n{section}\n\n{block}\n", encoding="utf-8")
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(f"# Benchmarks\n\n{section}\n\n{block}\n", encoding="utf-8")


def report(results: list[dict], command: str) -> str:
    return "\n".join(
        [
            "### Latest run",
            "",
            f"`{command}` on {dt.date.today().isoformat()}.",
            "",
            f"Machine: {machine()}.",
            "",
            table(results),
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--sizes", nargs="+", type=parse_size, default=[10**4, 10**5, 10**6])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--reruns", type=int, default=20)
    parser.add_argument("--budget", type=float, default=300.0, help="seconds for reruns past 20")
    parser.add_argument("--runs", type=int, default=5, help="fetches of a filtered extract")
    parser.add_argument("--full-runs", type=int, default=3, help="fetches of a full extract")
    parser.add_argument("--no-datasette", action="store_true")
    parser.add_argument("--smoke", action="store_true", help="10^4 only, few reruns")
    parser.add_argument("--paint-runs", type=int, default=7, help="first-paint runs per page")
    args = parser.parse_args(argv)
    if args.smoke:
        args.sizes, args.reruns, args.runs, args.full_runs = [10**4], 1, 1, 1
    results = []
    for rows in args.sizes:
        folder = args.data_dir / size_name(rows)
        ensure_data(folder, rows)
        load_before = os.getloadavg()[0]
        pages = measure_pages(folder, args.reruns, args.budget)
        paint = None if args.smoke else measure_first_paint(folder, args.paint_runs)
        full_runs = args.full_runs if rows < 10**7 else 1
        server = measure_server(folder, args.runs, full_runs, pages=not args.smoke)
        datasette = (
            {"note": "not run (--no-datasette)"}
            if args.no_datasette
            else measure_datasette(folder, args.runs if rows < 10**7 else 1, 1)
        )
        results.append(
            {
                "rows": rows,
                "reruns": args.reruns,
                "pages": pages,
                "first_paint": paint,
                "server": server.__dict__,
                "datasette": datasette,
                # Other work on the machine skews every figure: the 1-minute load average.
                "load": [load_before, os.getloadavg()[0]],
            }
        )
        (args.data_dir / "results.json").write_text(json.dumps(results, indent=2))
        print(table(results).splitlines()[-1], flush=True)
        print(first_look(results[-1]), flush=True)
    command = "python -m benchmarks " + " ".join(argv if argv is not None else sys.argv[1:])
    text = report(results, command)
    print(text)
    write_section(args.out, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
