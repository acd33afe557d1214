"""`make bench`: run every benchmark in this folder, one process each, and write bench/RESULTS.md.

    .venv/bin/python bench/run.py                       # all of them, section "latest"
    .venv/bin/python bench/run.py --quick               # fewer requests and rows (BENCH_QUICK=1)
    .venv/bin/python bench/run.py --label before        # the section of RESULTS.md to (re)write
    .venv/bin/python bench/run.py public_pages search   # only these

Each script prints its report (Markdown) on stdout and its progress on stderr. The reports of one run form
one section of RESULTS.md, headed by the label, the date and the commit; sections with other labels are
kept, so a "before" and an "after" run sit side by side. Stops at the first failing script.
"""

import argparse
import datetime
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
# The heavy, self-contained benchmarks first; then the older ones that print plain text.
ORDER = ["public_pages", "submissions", "back_office", "search", "query_counts"]
TITLE = "# `make bench` results\n"
# Tools kept beside the benchmarks, run by hand.
NOT_BENCHMARKS = {"run", "profile_page"}


def scripts(only):
    paths = [path for path in HERE.glob("*.py") if not path.name.startswith("_")]
    paths = [path for path in paths if path.stem not in NOT_BENCHMARKS]
    found = {path.stem: path for path in paths}
    names = sorted(found, key=lambda name: (ORDER.index(name) if name in ORDER else len(ORDER), name))
    unknown = set(only) - set(found)
    if unknown:
        sys.exit(f"unknown benchmark(s): {', '.join(sorted(unknown))}; there are: {', '.join(names)}")
    return [found[name] for name in names if not only or name in only]


def as_markdown(name, output):
    """Reports already in Markdown start with a heading; plain text goes into a code block."""
    if output.lstrip().startswith("#"):
        return output.strip() + "\n"
    return f"### {name}\n\n```\n{output.strip()}\n```\n"


def write_section(label, body):
    text = RESULTS.read_text() if RESULTS.exists() else TITLE
    sections = re.split(r"(?m)^(?=## )", text)
    heading = f"## {label}"
    kept = [section for section in sections[1:] if section.splitlines()[0].split(" — ")[0] != heading]
    kept_text = "".join(section.rstrip() + "\n\n" for section in kept)
    RESULTS.write_text(sections[0].rstrip() + "\n\n" + kept_text + body)


def commit():
    if os.environ.get("BENCH_COMMIT"):  # when running from an exported copy of the tree
        return os.environ["BENCH_COMMIT"]
    result = subprocess.run(
        ["git", "log", "-1", "--format=%h %s"], cwd=HERE, capture_output=True, text=True, check=False
    )
    return result.stdout.strip() or "unknown commit"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("only", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="fewer requests and rows")
    parser.add_argument("--label", default=os.environ.get("BENCH_LABEL", "latest"))
    options = parser.parse_args()
    env = dict(os.environ)
    if options.quick:
        env["BENCH_QUICK"] = "1"
    quick = env.get("BENCH_QUICK", "") not in ("", "0")
    if quick:
        env.setdefault("BENCH_GUIDES", "1000")  # bench/search.py

    started = datetime.datetime.now(datetime.UTC)
    reports = []
    for script in scripts(options.only):
        print(f"== {script.name}", file=sys.stderr, flush=True)
        result = subprocess.run(
            [sys.executable, str(script)], env=env, stdout=subprocess.PIPE, text=True, check=False
        )
        print(result.stdout, flush=True)
        if result.returncode:
            sys.exit(f"{script.name} failed (exit {result.returncode}); RESULTS.md not written")
        reports.append(as_markdown(script.stem, result.stdout))

    minutes = (datetime.datetime.now(datetime.UTC) - started).total_seconds() / 60
    body = (
        f"## {options.label} — {started:%Y-%m-%d %H:%M} UTC, {commit()}\n\n"
        f"{'Quick run (`--quick`): fewer requests and rows. ' if quick else ''}"
        f"The whole run took {minutes:.0f} minutes.\n\n" + "\n".join(reports)
    )
    write_section(options.label, body)
    print(f"written to {RESULTS.relative_to(HERE.parent)} (section “{options.label}”)", file=sys.stderr)


if __name__ == "__main__":
    main()
