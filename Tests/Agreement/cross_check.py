"""Computes claimdesk's agreement figures with independent implementations, for AgreementCrossCheckTests.

Reads JSON on stdin: {"kappa_pairs": [[a, b], ...], "status_matrix": [[label or null per unit] per coder],
"token_matrix": [[label or null per token] per coder]}. Prints JSON: {"kappa", "status_alpha", "token_alpha",
"by"} computed with NLTK's nltk.metrics.agreement (kappa; alpha where no value is missing) and the
krippendorff package (alpha, missing values as NaN). Exits 3 saying what is missing when neither is installed.
"""
import json
import sys

try:
    from nltk.metrics.agreement import AnnotationTask
except ImportError:
    AnnotationTask = None
try:
    import krippendorff
    import numpy
except ImportError:
    krippendorff = None

if AnnotationTask is None or krippendorff is None:
    print("needs nltk and krippendorff (python3 -m pip install nltk krippendorff)")
    sys.exit(3)

data = json.load(sys.stdin)


def kappa(pairs):
    task = AnnotationTask(data=[(coder, str(i), label) for i, pair in enumerate(pairs) for coder, label in zip("ab", pair)])
    return task.kappa_pairwise("a", "b")


def alpha(matrix):
    labels = sorted({value for row in matrix for value in row if value is not None})
    index = {label: i for i, label in enumerate(labels)}
    numbers = numpy.array([[numpy.nan if v is None else index[v] for v in row] for row in matrix], dtype=float)
    return float(krippendorff.alpha(reliability_data=numbers, level_of_measurement="nominal"))


def nltk_alpha(matrix):
    task = AnnotationTask(data=[(str(c), str(i), v) for c, row in enumerate(matrix) for i, v in enumerate(row)])
    return task.alpha()


print(json.dumps({
    "kappa": kappa(data["kappa_pairs"]),
    "status_alpha": alpha(data["status_matrix"]),
    "status_alpha_nltk": nltk_alpha(data["status_matrix"]),
    "token_alpha": alpha(data["token_matrix"]),
}))
