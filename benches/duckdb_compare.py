#!/usr/bin/env python3
"""Scores a JSON Lines team with SQL in DuckDB, the way `skillgap team` does (scoring v3),
and checks that both agree on every per-level met, reached and best count and every
per-skill short count.

Run by hand (not in CI); see BENCHMARKS.md:

    pip install duckdb
    cargo build --release
    python3 benches/duckdb_compare.py /tmp/team-groups-1m.jsonl            # compare
    python3 benches/duckdb_compare.py /tmp/team-groups-1m.jsonl --sql-only # time DuckDB alone
    python3 benches/duckdb_compare.py team.jsonl --members   # also compare each member's
                                                             # best and target level

The binary is `--skillgap PATH`, else `$CARGO_TARGET_DIR/release/skillgap`, else
`target/release/skillgap`.

The SQL follows scoring v3 (`src/score.rs`) for the built-in rubric, read from
`rubrics/production-specialist.json`. For skill s with importance w, rating r and
requirement q at level L:

- a skill rated `null` was asked and counts as 0; a skill absent from `ratings` was not
  asked: it adds to neither side of readiness and has no gap;
- readiness(L) = 100 * sum(w * min(r, q)) / sum(w * q) over the asked skills with q > 0
  (100 when that sum is 0);
- L is met when readiness >= thresholds.ready_readiness, no asked skill has a gap q - r of
  thresholds.blocking_gap or more, none of L's `defining_skills` has a gap or was not
  asked, and, when L requires anything, some skill L requires was asked;
- the best level is the highest level met (levels below it need not be met); a level is
  reached when it is at or below the best level;
- the target is the profile's `target_level`, else the level after the best one (the first
  when none is met, the top when the best is the top);
- a member is short in a skill when it was asked and their rating is below what their
  target requires.

Also compared: members scored, members without a level, and the target count per level.
Records are assumed valid (as the generator writes them); the script exits 1 and lists
every difference.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time

import duckdb

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rubric_tables(con, rubric_path):
    rubric = json.load(open(rubric_path))
    levels = [lvl["id"] for lvl in rubric["levels"]]
    t = rubric["thresholds"]
    con.execute("CREATE TABLE levels (level INTEGER, level_id VARCHAR)")
    con.executemany("INSERT INTO levels VALUES (?, ?)", list(enumerate(levels)))
    con.execute(
        "CREATE TABLE needs (level INTEGER, skill VARCHAR, w INTEGER, q INTEGER, defining BOOLEAN)"
    )
    defining = [set(lvl.get("defining_skills", [])) for lvl in rubric["levels"]]
    rows = []
    for s in rubric["skills"]:
        for i, lvl in enumerate(levels):
            rows.append((i, s["id"], s["importance"], s["required"][lvl], s["id"] in defining[i]))
    con.executemany("INSERT INTO needs VALUES (?, ?, ?, ?, ?)", rows)
    return levels, [s["id"] for s in rubric["skills"]], t["ready_readiness"], t["blocking_gap"]


SQL = """
CREATE TEMP TABLE people AS
  SELECT row_number() OVER () AS pid, name, target_level, ratings
  FROM read_json('{path}', format = 'newline_delimited',
                 columns = {{name: 'VARCHAR', target_level: 'VARCHAR',
                            ratings: 'MAP(VARCHAR, INTEGER)'}});

-- One row per member and skill: asked when the key is in `ratings` (even as null), and the
-- rating, 0 when null.
CREATE TEMP TABLE rated AS
  SELECT p.pid, k.skill, map_contains(p.ratings, k.skill) AS asked,
         coalesce(p.ratings[k.skill], 0) AS r
  FROM people p CROSS JOIN (SELECT DISTINCT skill FROM needs) k;

-- Per member and level; a skill not asked counts on neither side and has no gap.
CREATE TEMP TABLE standing AS
  SELECT r.pid, n.level,
         sum(CASE WHEN r.asked AND n.q > 0 THEN n.w * least(r.r, n.q) ELSE 0 END) AS met,
         sum(CASE WHEN r.asked AND n.q > 0 THEN n.w * n.q ELSE 0 END) AS needed,
         sum(n.w * n.q) AS requires,
         bool_or(r.asked AND n.q - r.r >= {blocking}) AS blocked,
         bool_or(n.defining AND (NOT r.asked OR r.r < n.q)) AS defining_short
  FROM rated r JOIN needs n USING (skill)
  GROUP BY r.pid, n.level;

-- Readiness >= ready compared without division: 100 * met / needed >= ready.
CREATE TEMP TABLE met AS
  SELECT pid, level,
         (needed = 0 OR 100 * met >= {ready} * needed)
           AND NOT blocked AND NOT defining_short
           AND NOT (requires > 0 AND needed = 0) AS ok
  FROM standing;

-- The highest level met; NULL when none is.
CREATE TEMP TABLE best AS
  SELECT pid, max(level) FILTER (WHERE ok) AS best
  FROM met GROUP BY pid;

CREATE TEMP TABLE target AS
  SELECT p.pid, b.best,
         coalesce(l.level, CASE WHEN b.best IS NULL THEN 0 ELSE least(b.best + 1, {top}) END)
           AS level
  FROM people p JOIN best b USING (pid) LEFT JOIN levels l ON l.level_id = p.target_level;
"""

LEVELS = """
SELECT l.level,
       (SELECT count(*) FROM met m WHERE m.level = l.level AND m.ok),
       (SELECT count(*) FROM best b WHERE b.best >= l.level),
       (SELECT count(*) FROM best b WHERE b.best = l.level),
       (SELECT count(*) FROM target t WHERE t.level = l.level)
FROM levels l ORDER BY l.level
"""
SHORT = """
SELECT r.skill, count(*) FILTER (WHERE r.asked AND r.r < n.q)
FROM rated r JOIN target t USING (pid) JOIN needs n ON n.level = t.level AND n.skill = r.skill
GROUP BY r.skill
"""
MEMBERS = """
SELECT p.pid, p.name, bl.level_id, tl.level_id
FROM people p JOIN target t USING (pid)
  LEFT JOIN levels bl ON bl.level = t.best JOIN levels tl ON tl.level = t.level
ORDER BY p.pid
"""

# The per-level counts compared, as named in `skillgap team --format json`.
LEVEL_FIELDS = ["met_count", "reached_count", "best_count", "target_count"]


def duckdb_counts(path, threads, with_members=False):
    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")
    levels, skills, ready, blocking = rubric_tables(
        con, os.path.join(ROOT, "rubrics", "production-specialist.json")
    )
    con.execute(
        SQL.format(
            path=path.replace("'", "''"),
            ready=ready,
            blocking=blocking,
            top=len(levels) - 1,
        )
    )
    per_level = {
        levels[row[0]]: dict(zip(LEVEL_FIELDS, row[1:])) for row in con.execute(LEVELS).fetchall()
    }
    short = dict(con.execute(SHORT).fetchall())
    members = con.execute("SELECT count(*) FROM people").fetchone()[0]
    no_level = con.execute("SELECT count(*) FROM best WHERE best IS NULL").fetchone()[0]
    rows = con.execute(MEMBERS).fetchall() if with_members else None
    return {"members": members, "no_level": no_level, "levels": per_level, "short": short}, rows


def skillgap_counts(path, binary, members_csv=None):
    cmd = [binary, "team", "-i", path, "--format", "json"]
    if members_csv:
        cmd += ["-o", members_csv]
    out = subprocess.run(cmd, check=True, capture_output=True).stdout
    summary = json.loads(out)
    per_level = {lvl["id"]: {f: lvl[f] for f in LEVEL_FIELDS} for lvl in summary["levels"]}
    short = {s["id"]: s["short_count"] for s in summary["skills"]}
    counts = {
        "members": summary["members_scored"],
        "no_level": summary["members_without_level"],
        "levels": per_level,
        "short": short,
    }
    if summary["members_rejected"]:
        print(f"note: skillgap rejected {summary['members_rejected']} records", file=sys.stderr)
    return counts


def compare_members(rows, members_csv, limit=10):
    """Each member's best and target level, DuckDB's against skillgap's member CSV (in
    input order). Returns the differences, as sentences naming the input line."""
    problems = []
    with open(members_csv, newline="") as f:
        theirs = list(csv.DictReader(f))
    if len(theirs) != len(rows):
        return [f"member rows: duckdb {len(rows)}, skillgap {len(theirs)}"]
    for (pid, name, best, target), row in zip(rows, theirs):
        if name is not None and row["member"] != name:
            return [f"line {pid}: member rows out of step (duckdb {name!r}, skillgap {row['member']!r})"]
        mine = (best or "", target)
        got = (row["best_level"], row["target_level"])
        if mine != got:
            problems.append(
                f"line {pid} ({name}): best/target expected {mine[0] or '-'}/{mine[1]}, "
                f"skillgap {got[0] or '-'}/{got[1]}"
            )
            if len(problems) >= limit:
                problems.append("(more not listed)")
                break
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl")
    ap.add_argument("--sql-only", action="store_true", help="only run the SQL (for timing)")
    ap.add_argument(
        "--members",
        action="store_true",
        help="also compare each member's best and target level with skillgap's member CSV",
    )
    ap.add_argument("--threads", type=int, default=2)
    target_dir = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    ap.add_argument("--skillgap", default=os.path.join(target_dir, "release", "skillgap"))
    args = ap.parse_args()
    start = time.perf_counter()
    mine, rows = duckdb_counts(args.jsonl, args.threads, args.members and not args.sql_only)
    took = time.perf_counter() - start
    if args.sql_only:
        print(f"duckdb: {mine['members']} members in {took:.2f} s")
        return 0
    members_csv = None
    if args.members:
        fd, members_csv = tempfile.mkstemp(suffix=".csv")
        os.close(fd)
    start = time.perf_counter()
    theirs = skillgap_counts(args.jsonl, args.skillgap, members_csv)
    s_took = time.perf_counter() - start
    print(f"duckdb:   {mine['members']} members in {took:.2f} s")
    print(f"skillgap: {theirs['members']} members in {s_took:.2f} s ({args.skillgap})")
    problems = []
    compared = 0
    for key, label in [("members", "members scored"), ("no_level", "members without level")]:
        compared += 1
        if mine[key] != theirs[key]:
            problems.append(f"{label}: duckdb {mine[key]}, skillgap {theirs[key]}")
    if set(mine["levels"]) != set(theirs["levels"]):
        problems.append(f"levels: duckdb {sorted(mine['levels'])}, skillgap {sorted(theirs['levels'])}")
    for lvl, counts in theirs["levels"].items():
        for field, n in counts.items():
            compared += 1
            expected = mine["levels"].get(lvl, {}).get(field, 0)
            if expected != n:
                problems.append(f"{field} {lvl}: duckdb {expected}, skillgap {n}")
    for skill, n in theirs["short"].items():
        compared += 1
        if mine["short"].get(skill, 0) != n:
            problems.append(f"short {skill}: duckdb {mine['short'].get(skill, 0)}, skillgap {n}")
    if members_csv:
        problems += compare_members(rows, members_csv)
        os.unlink(members_csv)
    if problems:
        print("DISAGREE:\n  " + "\n  ".join(problems))
        return 1
    n_levels, n_skills = len(theirs["levels"]), len(theirs["short"])
    print(
        f"agree on all {compared} counts: met, reached, best and target counts of "
        f"{n_levels} levels, short counts of {n_skills} skills, members scored and "
        f"without level" + (f"; and on the best and target level of all {len(rows)} members"
                            if members_csv else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
