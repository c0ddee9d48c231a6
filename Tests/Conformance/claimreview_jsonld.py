#!/usr/bin/env python3
"""Checks a claimdesk ClaimReview export as JSON-LD against the schema.org vocabulary, offline.

Each item is expanded with pyld (https://github.com/digitalbazaar/pyld) against a schema.org
context supplied locally: every schema.org term (the list rdflib ships as rdflib.namespace.SDO)
mapped to http://schema.org/TERM, as schema.org's own context maps it, but without its `@vocab`,
so a term schema.org does not define is dropped by the expansion instead of being invented.
An item passes when expansion keeps every property it has (no unknown term), every `@type` is a
schema.org term, and it carries what fact-check publishers are asked for: claimReviewed,
reviewRating (ratingValue, bestRating, worstRating, alternateName), itemReviewed as a Claim with
author and appearance, author, datePublished and url.

    python3 Tests/Conformance/claimreview_jsonld.py exports/sample/claims-claimreview.jsonld

Prints `PASS FILE: N reviews expand with K schema.org properties` or one FAIL line per problem;
exits 1 on any failure.
"""
import json
import sys

from pyld import jsonld
from rdflib.namespace import SDO

SCHEMA = "http://schema.org/"
TERMS = set(SDO.__annotations__) | set(getattr(SDO, "_extras", []))
CONTEXT = {"@context": {"id": "@id", "type": "@type", "schema": SCHEMA, **{term: SCHEMA + term for term in TERMS}}}
CONTEXT_URLS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}


def local_loader(url, options=None):
    """The schema.org context from memory; any other document is an error (no network)."""
    if url in CONTEXT_URLS:
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise jsonld.JsonLdError(f"no local copy of {url}", "jsonld.LoadDocumentError", code="loading document failed")


def compact_properties(node):
    """Every (key, value) of the item and its nested objects, JSON-LD keywords aside."""
    if isinstance(node, list):
        for item in node:
            yield from compact_properties(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("@"):
                yield key, value
            yield from compact_properties(value)


def expanded_properties(node):
    """Every property IRI of an expanded document."""
    if isinstance(node, list):
        for item in node:
            yield from expanded_properties(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if not key.startswith("@"):
                yield key
            if key != "@value":
                yield from expanded_properties(value)


def types(node):
    if isinstance(node, list):
        for item in node:
            yield from types(item)
    elif isinstance(node, dict):
        if "@type" in node:
            yield node["@type"]
        for value in node.values():
            yield from types(value)


def missing_publisher_properties(review):
    """What a fact-check publisher is asked for and the review lacks."""
    rating, claim = review.get("reviewRating", {}), review.get("itemReviewed", {})
    wanted = {"claimReviewed": review, "author": review, "datePublished": review, "url": review, "reviewRating": review,
              "ratingValue": rating, "bestRating": rating, "worstRating": rating, "alternateName": rating,
              "appearance": claim}
    missing = [key for key, node in wanted.items() if key not in node]
    if claim.get("@type") != "Claim":
        missing.append("itemReviewed as a Claim")
    elif "author" not in claim:
        missing.append("itemReviewed.author")
    return missing


def check(path):
    reviews = json.load(open(path, encoding="utf-8"))
    problems, kept = [], 0
    for index, review in enumerate(reviews):
        expanded = jsonld.expand(review, {"documentLoader": local_loader})
        have = sorted(key for key, _ in compact_properties(review))
        got = sorted(expanded_properties(expanded))
        unknown = sorted({key for key in have if key not in TERMS})
        if unknown or len(got) != len(have) or any(not iri.startswith(SCHEMA) for iri in got):
            problems.append(f"review {index}: terms schema.org does not define: {unknown or 'none'}; {len(have)} properties, {len(got)} after expansion")
        bad_types = sorted({t for t in types(review) if t not in TERMS or not t[:1].isupper()})
        if bad_types:
            problems.append(f"review {index}: types schema.org does not define: {bad_types}")
        missing = missing_publisher_properties(review)
        if missing:
            problems.append(f"review {index}: missing {', '.join(missing)}")
        kept += len(got)
    return reviews, kept, problems


def main(paths):
    ok = True
    for path in paths:
        reviews, kept, problems = check(path)
        for problem in problems:
            print(f"FAIL {path}: {problem}")
        if not problems:
            print(f"PASS {path}: {len(reviews)} reviews expand with {kept} schema.org properties")
        ok &= not problems
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main(sys.argv[1:])
