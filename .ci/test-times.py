#!/usr/bin/env python3
"""Per-class test times and Spring context starts from surefire/failsafe XML reports.

Usage: .ci/test-times.py [REPORTS_DIR ...] [--compare OTHER_DIR ...] [--top N]

Reads TEST-*.xml under each folder (default: target/surefire-reports and target/failsafe-reports)
and prints every class with its time and test count, slowest first, then the total and the Spring
contexts the run started. A context start is Spring Boot's "Started <name> in <s> seconds" line in
a class's captured output; the class that first needs a context pays for its start, so the line
lands in that class's report. With --compare, the first folders are "before", the others "after",
and each class is printed with both times.
"""

import argparse
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

STARTED = re.compile(r"Started (\S+) in ([0-9.]+) seconds")


def read(folders):
    classes = {}
    for folder in folders:
        for path in sorted(glob.glob(os.path.join(folder, "TEST-*.xml"))):
            suite = ET.parse(path).getroot()
            text = "".join(node.text or "" for node in suite.iter() if node.tag in ("system-out", "system-err"))
            starts = [(name, float(seconds)) for name, seconds in STARTED.findall(text)]
            classes[suite.get("name")] = {
                "time": float(suite.get("time") or 0),
                "tests": int(suite.get("tests") or 0),
                "failed": int(suite.get("failures") or 0) + int(suite.get("errors") or 0),
                "starts": starts,
            }
    return classes


def short(name):
    return name.removeprefix("app.safepost.")


def summary(label, classes):
    starts = [start for c in classes.values() for start in c["starts"]]
    total = sum(c["time"] for c in classes.values())
    print(f"{label}: {len(classes)} classes, {sum(c['tests'] for c in classes.values())} tests, "
          f"{total:.1f} s in test classes; {len(starts)} Spring contexts started, "
          f"{sum(s for _, s in starts):.1f} s in their starts")


def single(classes, top):
    print(f"{'seconds':>8} {'tests':>5} {'ctx':>3}  class")
    for name, c in sorted(classes.items(), key=lambda item: -item[1]["time"])[:top]:
        flag = "  FAILED" if c["failed"] else ""
        print(f"{c['time']:8.1f} {c['tests']:5d} {len(c['starts']):3d}  {short(name)}{flag}")
    summary("Total", classes)


def compare(before, after, top):
    names = sorted(set(before) | set(after),
                   key=lambda n: -max(before.get(n, {}).get("time", 0), after.get(n, {}).get("time", 0)))
    print(f"{'before':>8} {'after':>8} {'change':>8} {'ctx':>7}  class")
    for name in names[:top]:
        b, a = before.get(name), after.get(name)
        bt = f"{b['time']:8.1f}" if b else f"{'-':>8}"
        at = f"{a['time']:8.1f}" if a else f"{'-':>8}"
        change = f"{a['time'] - b['time']:+8.1f}" if a and b else f"{'':>8}"
        ctx = f"{len(b['starts']) if b else '-'}->{len(a['starts']) if a else '-'}"
        print(f"{bt} {at} {change} {ctx:>7}  {short(name)}")
    both = set(before) & set(after)
    summary("Before", before)
    summary("After", after)
    if both:
        print(f"Classes in both: {len(both)}, {sum(before[n]['time'] for n in both):.1f} s before, "
              f"{sum(after[n]['time'] for n in both):.1f} s after")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--compare", nargs="+", metavar="AFTER_DIR")
    parser.add_argument("--top", type=int, default=10_000)
    args = parser.parse_args()
    folders = args.folders or [f for f in ("target/surefire-reports", "target/failsafe-reports") if os.path.isdir(f)]
    if not folders:
        sys.exit("No reports folder given and none under target/")
    if args.compare:
        compare(read(folders), read(args.compare), args.top)
    else:
        single(read(folders), args.top)


if __name__ == "__main__":
    main()
