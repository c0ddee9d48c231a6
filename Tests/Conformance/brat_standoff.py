#!/usr/bin/env python3
"""Checks a claimdesk brat export folder the way brat's own reader and verifier read it.

brat's standoff reader (server/src/annotation.py, TextAnnotations) reads `DOC.txt` as strict
UTF-8 with universal newlines and `DOC.ann` with Python's codecs reader, whose lines end at every
`str.splitlines` break; its verifier (server/src/verify_annotations.py) checks the annotations
against the folder's `annotation.conf`. What they check is re-expressed here:

- every line is `ID<TAB>…` with an ID brat accepts (`T1`, `E1`, `R1`, `A1`, `N1`, `#1`, or `*`) and no ID twice;
- `T`: `TYPE START END[;START END]…<TAB>TEXT`, 0 <= start <= end <= length of the text, fragments
  not overlapping, TEXT equal to the fragments' text joined by a space (a line break inside a
  fragment would end the .ann line, so it shows up as a mismatch);
- `R`: `TYPE Arg1:ID Arg2:ID` naming textbounds; `*`: `TYPE ID ID…` naming textbounds;
  `E`: `TYPE:TRIGGER ROLE:ID…`, the trigger a textbound of the event's type, the arguments textbounds;
  `A`: `TYPE ID [VALUE]`; `N`: `TYPE ID DB:KEY<TAB>…`; `#`: `AnnotatorNotes ID<TAB>…`;
- against annotation.conf: entity, relation, event and attribute types declared (a trigger's type
  under [events]), relation and event argument types and attribute values allowed, an equivalence's
  type declared `<REL-TYPE>:symmetric-transitive`, each event role declared (`Content2` as
  `Content`), a role without `?`/`*` present, one without `*`/`+` not repeated, and two textbounds
  overlapping (nested, crossing or equal) only when an `<OVERLAP>` rule with `<OVL-TYPE>:<ANY>`
  allows it.

    python3 Tests/Conformance/brat_standoff.py exports/sample/claims-brat

Prints `PASS FOLDER: N documents, K annotations` or one FAIL line per problem; exits 1 on any.
"""
import codecs
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
import conformance_report  # noqa: E402

ID = re.compile(r"^([A-Za-z]+|#[A-Za-z]*)([0-9]+)(.*?)$")


def configuration(folder):
    """The sections of annotation.conf: {section: [lines]}."""
    sections, current = {}, None
    for line in open(os.path.join(folder, "annotation.conf"), encoding="utf-8").read().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return sections


def arguments_of(line):
    """`NAME<space>ROLE:TYPES, …` as (NAME, {ROLE: TYPES}); a line of just NAME has no roles."""
    parts = re.split(r"\s+", line, maxsplit=1)
    if len(parts) == 1:
        return parts[0], {}
    return parts[0], dict(part.strip().split(":", 1) for part in parts[1].split(","))


def rules(sections):
    """Entity types, relation argument types, event roles, attribute value sets, whether every overlap is allowed."""
    entities = set(sections.get("entities", []))
    relations, events, attributes, overlap = {}, {}, {}, False
    for line in sections.get("relations", []):
        name, args = arguments_of(line)
        if name == "<OVERLAP>":
            overlap = args.get("Arg1") == "<ANY>" and args.get("Arg2") == "<ANY>" and args.get("<OVL-TYPE>") == "<ANY>"
        else:
            relations[name] = (set(args["Arg1"].split("|")), set(args["Arg2"].split("|")), args.get("<REL-TYPE>"))
    for line in sections.get("events", []):
        name, args = arguments_of(line)
        events[name] = {role.rstrip("?*+"): (role[-1] if role[-1] in "?*+" else "", set(types.split("|"))) for role, types in args.items()}
    for line in sections.get("attributes", []):
        name, args = arguments_of(line)
        values = set(args["Value"].split("|")) if "Value" in args else set()
        attributes[name] = (set(args["Arg"].split("|")), values)
    return entities, relations, events, attributes, overlap


def event_problems(data, events, textbounds):
    """What is wrong with an `E` line's `TYPE:TRIGGER ROLE:ID…` against the declared events."""
    parts = data.split(" ")
    type_, _, trigger = parts[0].partition(":")
    if type_ not in events:
        return [f"{type_} is not a known event type"]
    if textbounds.get(trigger, ("",))[0] != type_:
        return [f"{data!r}: the trigger {trigger} is not a textbound of type {type_}"]
    problems, counts = [], {}
    for part in parts[1:]:
        role, _, arg = part.partition(":")
        base = role.rstrip("0123456789")
        counts[base] = counts.get(base, 0) + 1
        if base not in events[type_]:
            problems.append(f"{type_} has no role {base}")
        elif arg not in textbounds or textbounds[arg][0] not in events[type_][base][1]:
            problems.append(f"{type_} role {base} is not allowed on {arg}")
    for role, (mark, _) in events[type_].items():
        if mark in ("", "+") and not counts.get(role):
            problems.append(f"{type_} lacks its mandatory role {role}")
        if mark in ("", "?") and counts.get(role, 0) > 1:
            problems.append(f"{type_} repeats its role {role}, declared without * or +")
    return problems


def read_document(stem, conf):
    """Problems with one DOC.ann, and how many annotations it holds."""
    entities, relations, events, attributes, overlap = conf
    with codecs.open(stem + ".txt", "r", encoding="utf-8", errors="strict") as f:
        text = f.read().replace("\r\n", "\n").replace("\r", "\n")
    with codecs.open(stem + ".ann", "r", encoding="utf-8", errors="strict") as f:
        lines = f.readlines()
    problems, seen, textbounds, name = [], set(), {}, os.path.basename(stem) + ".ann"
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        where = f"{name}:{number}"
        if "\t" not in line:
            problems.append(f"{where}: no tab after the ID: {line[:60]!r}")
            continue
        ann_id, rest = line.split("\t", 1)
        if ann_id != "*" and (not ID.match(ann_id) or ann_id in seen):
            problems.append(f"{where}: ID {ann_id!r} is not valid or used twice")
        seen.add(ann_id)
        data, _, tail = rest.partition("\t")
        kind = ann_id[0]
        if kind == "T":
            type_, _, offsets = data.partition(" ")
            try:
                spans = [tuple(int(x) for x in part.split(" ")) for part in offsets.split(";")]
            except ValueError:
                problems.append(f"{where}: offsets {offsets!r} are not START END pairs")
                continue
            if any(len(s) != 2 or s[0] > s[1] or s[0] < 0 or s[1] > len(text) for s in spans):
                problems.append(f"{where}: a span of {offsets} lies outside the text")
                continue
            if any(a[1] > b[0] and b[1] > a[0] for i, a in enumerate(spans) for b in spans[i + 1:]):
                problems.append(f"{where}: fragments {offsets} overlap")
            expected = " ".join(text[s:e] for s, e in spans)
            if tail[:len(expected)] != expected or tail[len(expected):].strip():
                problems.append(f"{where}: text {tail[:40]!r} does not match the span text {expected[:40]!r}")
            if type_ not in entities and type_ not in events:
                problems.append(f"{where}: {type_} is not a known textbound type")
            textbounds[ann_id] = (type_, spans)
        elif kind == "R":
            parts = data.split(" ")
            args = dict(p.split(":", 1) for p in parts[1:] if ":" in p)
            if parts[0] not in relations or set(args) != {"Arg1", "Arg2"}:
                problems.append(f"{where}: {data!r} is not a known relation with Arg1 and Arg2")
            elif any(a not in textbounds for a in args.values()):
                problems.append(f"{where}: {data!r} names a missing textbound")
            elif textbounds[args["Arg1"]][0] not in relations[parts[0]][0] or textbounds[args["Arg2"]][0] not in relations[parts[0]][1]:
                problems.append(f"{where}: {parts[0]} is not allowed between these types")
        elif kind == "*":
            parts = data.split(" ")
            if parts[0] not in relations or relations[parts[0]][2] != "symmetric-transitive":
                problems.append(f"{where}: {parts[0]} is not a known equivalence (<REL-TYPE>:symmetric-transitive)")
            elif len(parts) < 3 or any(a not in textbounds or textbounds[a][0] not in relations[parts[0]][0] for a in parts[1:]):
                problems.append(f"{where}: {data!r} does not name two or more textbounds {parts[0]} allows")
        elif kind == "E":
            problems += [f"{where}: {problem}" for problem in event_problems(data, events, textbounds)]
        elif kind == "A":
            parts = data.split(" ")
            if parts[0] not in attributes or len(parts) not in (2, 3) or parts[1] not in textbounds:
                problems.append(f"{where}: {data!r} is not a known attribute of a textbound")
            elif textbounds[parts[1]][0] not in attributes[parts[0]][0] or (parts[2:] or [""])[0] not in (attributes[parts[0]][1] or {""}):
                problems.append(f"{where}: {parts[0]} value {(parts[2:] or ['(none)'])[0]} is not allowed on {textbounds[parts[1]][0]}")
        elif kind == "N":
            parts = data.split(" ")
            if len(parts) != 3 or parts[1] not in seen or ":" not in parts[2]:
                problems.append(f"{where}: {data!r} is not a normalization TYPE ID DB:KEY of an annotation")
        elif kind == "#":
            parts = data.split()
            if len(parts) != 2 or parts[1] not in seen:
                problems.append(f"{where}: {data!r} is not a note on an annotation")
        else:
            problems.append(f"{where}: {ann_id[0]} lines are not written by claimdesk")
    if not overlap:
        items = [(i, s) for i, (_, spans) in textbounds.items() for s in spans]
        for index, (a, sa) in enumerate(items):
            for b, sb in items[index + 1:]:
                if a != b and sa[0] < sb[1] and sb[0] < sa[1]:
                    problems.append(f"{name}: {a} and {b} overlap and annotation.conf allows no overlap")
    return problems, len(lines)


def check(folder):
    conf = rules(configuration(folder))
    stems = sorted(os.path.join(folder, n[:-4]) for n in os.listdir(folder) if n.endswith(".ann"))
    problems, count = [], 0
    for stem in stems:
        found, lines = read_document(stem, conf)
        problems += found
        count += lines
    return f"{len(stems)} documents, {count} annotations", problems


if __name__ == "__main__":
    conformance_report.run(sys.argv[1:], check)
