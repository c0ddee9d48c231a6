#!/usr/bin/env python3
"""Opens brat export folders with brat's own reader and verifier (not run by the tests: brat stays outside the repo).

brat (https://github.com/nlplab/brat) reads standoff with server/src/annotation.py and checks it
against annotation.conf with server/src/verify_annotations.py. Its `open_textfile` asks for the
`'rU'` file mode, which Python 3.11 removed, so this opens files the same way without the `U`
(the .txt claimdesk writes has no `\\r` to translate). brat needs a config.py; its template with
every CHANGE_ME set to "/tmp" will do, and the folders must lie under that BASE_DIR:

    git clone --depth 1 https://github.com/nlplab/brat /tmp/brat
    sed 's|= CHANGE_ME|= "/tmp"|' /tmp/brat/config_template.py > /tmp/brat/server/src/config.py
    claimdesk export --format brat --out /tmp/sample-brat
    python3 Tests/Conformance/brat_by_hand.py /tmp/brat/server/src /tmp/sample-brat

Prints, per document, the annotations read and the lines brat could not parse, then brat's
verifier's issues and messages (none, for a claimdesk export).
"""
import codecs
import glob
import sys

sys.path.insert(0, sys.argv[1])
import annotation  # noqa: E402  (brat's, from the path above)

annotation.open_textfile = lambda name, mode="r": codecs.open(name, mode.replace("U", ""), encoding="utf8", errors="strict")
import projectconfig  # noqa: E402
import verify_annotations  # noqa: E402
from message import Messager  # noqa: E402

projectconfig.open_textfile = annotation.open_textfile
files = sorted(name for folder in sys.argv[2:] for name in glob.glob(folder + "/*.ann"))
for name in files:
    document = annotation.TextAnnotations(name[:-4], read_only=True)
    print(f"{name}: {len(list(document))} annotations read, unparsed lines: {document.failed_lines}")
try:
    verify_annotations.main(["verify_annotations.py"] + files)
except Exception as error:  # brat's verifier trips over a line its reader could not parse
    print(f"brat's verifier stopped: {error!r}")
print("brat messages:")
Messager.output(sys.stdout)
