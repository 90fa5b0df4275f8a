#!/usr/bin/env python3
"""Scores a JSON Lines team with SQL in DuckDB, the way `skillgap team` does, and checks that
both agree on every per-level reached count and every per-skill short count.

Run by hand (not in CI); see BENCHMARKS.md:

    pip install duckdb
    cargo build --release
    python3 benches/duckdb_compare.py /tmp/team-groups-1m.jsonl            # compare
    python3 benches/duckdb_compare.py /tmp/team-groups-1m.jsonl --sql-only # time DuckDB alone

The SQL follows the README's "How the report is scored" for the built-in rubric: a skill not
rated counts as 0; readiness of level L = 100 * sum(w * min(r, q)) / sum(w * q) over the
skills L requires; L is reached with readiness >= 85, no gap of 2 or more, and every step-up
skill met; the best level is the highest reached with every level below it reached; the
target is the profile's, else the level after the best one; a member is short in a skill
when their rating is below what their target requires. Records are assumed valid (as the
generator writes them).
"""

import argparse
import json
import os
import subprocess
import sys
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
        "CREATE TABLE needs (level INTEGER, skill VARCHAR, w INTEGER, q INTEGER, step_up BOOLEAN)"
    )
    rows = []
    for s in rubric["skills"]:
        req = [s["required"][lvl] for lvl in levels]
        for i, q in enumerate(req):
            rows.append((i, s["id"], s["importance"], q, i > 0 and q > req[i - 1]))
    con.executemany("INSERT INTO needs VALUES (?, ?, ?, ?, ?)", rows)
    return levels, [s["id"] for s in rubric["skills"]], t["ready_readiness"], t["blocking_gap"]


SQL = """
CREATE TEMP TABLE people AS
  SELECT row_number() OVER () AS pid, target_level, ratings
  FROM read_json('{path}', format = 'newline_delimited',
                 columns = {{target_level: 'VARCHAR', ratings: 'MAP(VARCHAR, INTEGER)'}});

-- One rating per member and skill: 0 when not rated.
CREATE TEMP TABLE rated AS
  SELECT p.pid, k.skill, coalesce(p.ratings[k.skill], 0) AS r
  FROM people p CROSS JOIN (SELECT DISTINCT skill FROM needs) k;

CREATE TEMP TABLE standing AS
  SELECT r.pid, n.level,
         sum(CASE WHEN n.q > 0 THEN n.w * least(r.r, n.q) ELSE 0 END) AS met,
         sum(CASE WHEN n.q > 0 THEN n.w * n.q ELSE 0 END) AS needed,
         max(n.q - r.r) AS worst_gap,
         bool_or(n.step_up AND r.r < n.q) AS step_up_short
  FROM rated r JOIN needs n USING (skill)
  GROUP BY r.pid, n.level;

CREATE TEMP TABLE reached AS
  SELECT pid, level,
         (needed = 0 OR 100.0 * met / needed >= {ready})
           AND worst_gap < {blocking} AND NOT step_up_short AS ok
  FROM standing;

CREATE TEMP TABLE best AS
  SELECT pid, coalesce(min(level) FILTER (WHERE NOT ok), {levels}) - 1 AS best
  FROM reached GROUP BY pid;

CREATE TEMP TABLE target AS
  SELECT p.pid, coalesce(l.level, least(b.best + 1, {top})) AS level
  FROM people p JOIN best b USING (pid) LEFT JOIN levels l ON l.level_id = p.target_level;
"""

REACHED = "SELECT level, count(*) FILTER (WHERE ok) FROM reached GROUP BY level ORDER BY level"
SHORT = """
SELECT r.skill, count(*) FILTER (WHERE r.r < n.q)
FROM rated r JOIN target t USING (pid) JOIN needs n ON n.level = t.level AND n.skill = r.skill
GROUP BY r.skill
"""


def duckdb_counts(path, threads):
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
            levels=len(levels),
            top=len(levels) - 1,
        )
    )
    reached = {levels[lvl]: n for lvl, n in con.execute(REACHED).fetchall()}
    short = dict(con.execute(SHORT).fetchall())
    members = con.execute("SELECT count(*) FROM people").fetchone()[0]
    return members, reached, short


def skillgap_counts(path, binary):
    out = subprocess.run(
        [binary, "team", "-i", path, "--format", "json"], check=True, capture_output=True
    ).stdout
    summary = json.loads(out)
    reached = {lvl["id"]: lvl["reached_count"] for lvl in summary["levels"]}
    short = {s["id"]: s["short_count"] for s in summary["skills"]}
    return summary["members_scored"], reached, short


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl")
    ap.add_argument("--sql-only", action="store_true", help="only run the SQL (for timing)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument(
        "--skillgap", default=os.path.join(ROOT, "target", "release", "skillgap")
    )
    args = ap.parse_args()
    start = time.perf_counter()
    members, reached, short = duckdb_counts(args.jsonl, args.threads)
    took = time.perf_counter() - start
    if args.sql_only:
        print(f"duckdb: {members} members in {took:.2f} s")
        return 0
    start = time.perf_counter()
    s_members, s_reached, s_short = skillgap_counts(args.jsonl, args.skillgap)
    s_took = time.perf_counter() - start
    print(f"duckdb:   {members} members in {took:.2f} s")
    print(f"skillgap: {s_members} members in {s_took:.2f} s")
    problems = []
    if members != s_members:
        problems.append(f"members: duckdb {members}, skillgap {s_members}")
    for lvl in s_reached:
        if reached.get(lvl, 0) != s_reached[lvl]:
            problems.append(f"reached {lvl}: duckdb {reached.get(lvl, 0)}, skillgap {s_reached[lvl]}")
    for skill in s_short:
        if short.get(skill, 0) != s_short[skill]:
            problems.append(f"short {skill}: duckdb {short.get(skill, 0)}, skillgap {s_short[skill]}")
    if problems:
        print("DISAGREE:\n  " + "\n  ".join(problems))
        return 1
    print(f"agree on all {len(s_reached)} reached counts and {len(s_short)} short counts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
