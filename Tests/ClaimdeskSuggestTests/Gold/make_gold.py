#!/usr/bin/env python3
"""Builds the gold sets from the marked texts in this folder.

A marked text is the article with every attributed claim written as ⟦claim⟧{Speaker}.
For NAME.marked.txt this writes NAME.txt (the markers removed; CRLF line ends when NAME
contains "crlf", canonically decomposed (NFD) when it contains "nfd") and NAME.json:
{"text": "NAME.txt", "claims": [{"start", "end", "speaker", "quote"}]} with code point
offsets (Python str indices) and quote == text[start:end].

Run from anywhere: python3 Tests/ClaimdeskSuggestTests/Gold/make_gold.py
"""
import json
import pathlib
import re
import unicodedata

FOLDER = pathlib.Path(__file__).resolve().parent
MARK = re.compile(r"⟦(.*?)⟧\{(.*?)\}", re.S)


def build(marked_path):
    name = marked_path.name[: -len(".marked.txt")]
    marked = marked_path.read_text(encoding="utf-8")
    if "nfd" in name:
        marked = unicodedata.normalize("NFD", marked)
    if "crlf" in name:
        marked = marked.replace("\n", "\r\n")
    text, claims, position = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[position : match.start()]
        start = len(text)
        text += match.group(1)
        claims.append({"start": start, "end": len(text), "speaker": unicodedata.normalize("NFC", match.group(2)), "quote": match.group(1)})
        position = match.end()
    text += marked[position:]
    assert "⟦" not in text and "⟧" not in text, name
    for claim in claims:
        check(text, claim, name)
    (FOLDER / f"{name}.txt").write_bytes(text.encode("utf-8"))
    gold = {"text": f"{name}.txt", "claims": claims}
    (FOLDER / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {len(text)} code points, {len(claims)} claims")


def check(text, claim, name):
    start, end = claim["start"], claim["end"]
    assert text[start:end] == claim["quote"], (name, claim)
    assert not text[start].isspace() and not text[end - 1].isspace(), (name, claim)
    for edge in (start, end):
        assert not (text[edge - 1 : edge + 1] == "\r\n"), (name, claim, "splits CRLF")
        assert edge == len(text) or not unicodedata.combining(text[edge]), (name, claim, "before a combining mark")


for path in sorted(FOLDER.glob("*.marked.txt")):
    build(path)
