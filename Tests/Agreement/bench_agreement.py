"""Times `agreement` over N double-annotated documents with K claims a layer (default 1,000 × 100).

The corpus is written straight into a fresh project's SQLite file (documents, assignments of ana and
ben, their layers' claims: ben's spans drift a few code points from ana's, a tenth are missing, a
fifth of the statuses differ) — no events, so it is a fixture for timing reads, not a project to
`verify`. Then `agreement --format json` runs three times; the median wall time is printed.

    swift build -c release --product claimdesk
    python3 Tests/Agreement/bench_agreement.py .build/release/claimdesk [--docs 1000] [--claims 100]
"""
import argparse
import hashlib
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
import uuid

parser = argparse.ArgumentParser()
parser.add_argument("claimdesk")
parser.add_argument("--docs", type=int, default=1000)
parser.add_argument("--claims", type=int, default=100)
parser.add_argument("--keep", action="store_true", help="keep the project (its path is printed) to profile")
args = parser.parse_args()
binary = os.path.abspath(args.claimdesk)
rng = random.Random(2026)
work = tempfile.mkdtemp(prefix="claimdesk-agreement-bench-")
project = os.path.join(work, "project") + "/"
env = dict(os.environ, CLAIMDESK_HOME=work, CLAIMDESK_REVIEWER="ed")
words = "the minister said that growth would reach five percent next year according to officials".split()
statuses = ["unverified", "supported", "refuted", "mixed"]
at = "2026-01-01T00:00:00.000Z"

subprocess.run([binary, "--project", project, "docs"], env=env, check=True, stdout=subprocess.DEVNULL)
db = sqlite3.connect(os.path.join(project, "project.sqlite"))
started = time.time()
for doc in range(1, args.docs + 1):
    text = " ".join(rng.choice(words) for _ in range(args.claims * 8)) + f" document {doc}."
    sha = hashlib.sha256(text.encode()).hexdigest()
    db.execute("INSERT INTO documents (id, uid, title, sha256, text, length, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, 'ed', ?)",
               (doc, str(uuid.UUID(sha[:32])), f"doc {doc}", sha, text, len(text), at))
    step = len(text) // args.claims
    for reviewer in ("ana", "ben"):
        db.execute("INSERT INTO assignments (doc_id, reviewer, blind, assigned_by, assigned_at) VALUES (?, ?, 1, 'ed', ?)", (doc, reviewer, at))
    for k in range(args.claims):
        start = k * step + rng.randrange(5)
        end = start + 10 + rng.randrange(step - 20)
        status = rng.choice(statuses)
        spans = [("ana", start, end, status)]
        if rng.random() < 0.9:
            drift = max(0, start + rng.randrange(-3, 4))
            spans.append(("ben", drift, max(drift + 1, end + rng.randrange(-3, 4)), status if rng.random() < 0.8 else rng.choice(statuses)))
        for reviewer, s, e, st in spans:
            db.execute("""INSERT INTO claims (uid, doc_id, start, "end", text, status, created_by, created_at, updated_by, updated_at, layer)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", (str(uuid.uuid4()), doc, s, e, text[s:e], st, reviewer, at, reviewer, at, reviewer))
db.commit()
claims = db.execute("SELECT count(*) FROM claims").fetchone()[0]
db.close()
print(f"wrote {args.docs} documents and {claims} layer claims in {time.time() - started:.1f} s")

times = []
for _ in range(3):
    started = time.time()
    result = subprocess.run([binary, "--project", project, "agreement", "--format", "json"], env=env, check=True,
                            capture_output=True, text=True)
    times.append(time.time() - started)
print(result.stdout.strip())
print(f"agreement over {args.docs} documents × {args.claims} claims × 2 layers: median {statistics.median(times):.2f} s"
      f" (runs: {', '.join(f'{t:.2f}' for t in times)})")
if args.keep:
    print(f"kept: CLAIMDESK_HOME={work} claimdesk --project {project} agreement")
else:
    shutil.rmtree(work)
