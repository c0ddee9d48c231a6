"""The report every conformance script prints: PASS or FAIL lines per input, exit status 1 on any FAIL."""
import sys


def run(inputs, check):
    """`check(input)` returns (summary, problems); prints `PASS input: summary` or one `FAIL input: problem` each."""
    ok = True
    for name in inputs:
        summary, problems = check(name)
        for problem in problems:
            print(f"FAIL {name}: {problem}")
        if not problems:
            print(f"PASS {name}: {summary}")
        ok &= not problems
    sys.exit(0 if ok else 1)
