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

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
import conformance_report  # noqa: E402

SCHEMA = "http://schema.org/"
TERMS = set(SDO.__annotations__) | set(getattr(SDO, "_extras", []))
CONTEXT = {"@context": {"id": "@id", "type": "@type", "schema": SCHEMA, **{term: SCHEMA + term for term in TERMS}}}
CONTEXT_URLS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}


def local_loader(url, options=None):
    """The schema.org context from memory; any other document is an error (no network)."""
    if url in CONTEXT_URLS:
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise jsonld.JsonLdError(f"no local copy of {url}", "jsonld.LoadDocumentError", code="loading document failed")


def walk(node):
    """Every (key, value) of a JSON document's objects, nested ones included."""
    if isinstance(node, list):
        for item in node:
            yield from walk(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from walk(value)


def properties(node):
    """The property names (compact) or IRIs (expanded) of a document, JSON-LD keywords aside."""
    return sorted(key for key, _ in walk(node) if not key.startswith("@"))


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
        have, got = properties(review), properties(expanded)
        unknown = sorted({key for key in have if key not in TERMS})
        if unknown or len(got) != len(have) or any(not iri.startswith(SCHEMA) for iri in got):
            problems.append(f"review {index}: terms schema.org does not define: {unknown or 'none'}; {len(have)} properties, {len(got)} after expansion")
        bad_types = sorted({t for key, t in walk(review) if key == "@type" and (t not in TERMS or not t[:1].isupper())})
        if bad_types:
            problems.append(f"review {index}: types schema.org does not define: {bad_types}")
        missing = missing_publisher_properties(review)
        if missing:
            problems.append(f"review {index}: missing {', '.join(missing)}")
        kept += len(got)
    return f"{len(reviews)} reviews expand with {kept} schema.org properties", problems


if __name__ == "__main__":
    conformance_report.run(sys.argv[1:], check)
