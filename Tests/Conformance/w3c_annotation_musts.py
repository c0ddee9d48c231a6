#!/usr/bin/env python3
"""The W3C Web Annotation test suite's MUST assertions, run on a claimdesk W3C export.

The suite (web-platform-tests, folder annotation-model) checks an annotation with JSON Schema
draft-04 files: annotations/annotationMusts.test (14 assertions), bodiesTargets/bodyMusts.test
(16) and bodiesTargets/targetMusts.test (15), over shared definitions/*.json. This file
re-expresses what those assertions check, with the suite's names, so the checks run without the
suite; given --suite DIR (a checkout's annotation-model folder) it runs the suite's own files instead.

    python3 Tests/Conformance/w3c_annotation_musts.py exports/sample/claims-w3c.jsonld
    python3 Tests/Conformance/w3c_annotation_musts.py --suite wpt/annotation-model exports/sample/claims-w3c-lines.jsonl

Input: a `w3c` export (an AnnotationCollection; each annotation is checked with the collection's
@context, as it would be when taken out of it) or a `w3c-lines` export (one annotation a line).
Prints one line per assertion (`PASS name (N annotations)` or `FAIL name: annotation id: reason`)
and exits 1 when any assertion fails.
"""
import json
import os
import re
import sys

import jsonschema

URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*"
                 r"(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$")
DATE_TIME = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
MOTIVATIONS = ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
               "identifying", "linking", "moderating", "questioning", "replying", "tagging"]


def format_checker():
    """`uri` (RFC 3986, absolute) and `date-time` (RFC 3339), checked whatever optional packages are installed."""
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("uri")(lambda value: not isinstance(value, str) or bool(URI.match(value)))
    checker.checks("date-time")(lambda value: not isinstance(value, str) or bool(DATE_TIME.match(value)))
    return checker


def one_or_array(schema, single=False):
    """A value that is `schema`, or an array of at least one (exactly one when `single`) of it."""
    array = {"type": "array", "minItems": 1, "items": schema}
    if single:
        array["maxItems"] = 1
    return {"oneOf": [schema, array]}


STRING_URI = {"type": "string", "format": "uri"}
DATE = {"type": "string", "format": "date-time"}
DEFINITIONS = {
    # id.json
    "stringUri": STRING_URI,
    "arraySingleStringUri": one_or_array(STRING_URI, single=True),
    "idValueFound": {"type": "object", "required": ["id"], "properties": {"id": {"$ref": "#/definitions/arraySingleStringUri"}}},
    # annotations.json
    "contextValueFound": {"type": "string", "enum": ["http://www.w3.org/ns/anno.jsonld"]},
    "contextValueInArrayFound": {"type": "array", "not": {"items": {"not": {"$ref": "#/definitions/contextValueFound"}}}},
    "annotationTypeValueRecognized": {"type": "string", "enum": ["Annotation"]},
    "annotationTypeValueFound": {"type": "object", "required": ["type"], "properties": {"type": {"oneOf": [
        {"$ref": "#/definitions/annotationTypeValueRecognized"},
        {"type": "array", "not": {"items": {"not": {"$ref": "#/definitions/annotationTypeValueRecognized"}}}}]}}},
    "motivationList": {"type": "string", "enum": MOTIVATIONS},
    # bodyTarget.json: what kind of resource a body or target is (exactly one kind)
    "externalWebResourceDetected": {"type": "object", "allOf": [{"$ref": "#/definitions/idValueFound"}],
                                    "not": {"anyOf": [{"required": ["value"]}, {"required": ["source"]}, {"required": ["target"]}]}},
    "textualBodyFound": {"type": "object", "properties": {"value": {"type": "string"}}, "required": ["value"]},
    # specificResource.json: a source (a URI or an External Web Resource) and one of the refining keys
    "sourceDetected": {"type": "object", "required": ["source"], "properties": {"source": {"type": ["string", "object"], "oneOf": [
        {"$ref": "#/definitions/stringUri"}, {"$ref": "#/definitions/externalWebResourceDetected"}]}}},
    "specificResourceDetected": {"type": "object", "allOf": [{"$ref": "#/definitions/sourceDetected"}], "anyOf": [
        {"required": ["purpose"], "properties": {"purpose": one_or_array({"$ref": "#/definitions/motivationList"})}},
        {"required": ["selector"]}, {"required": ["state"]}, {"required": ["styleClass"]}, {"required": ["renderedVia"]},
        {"required": ["scope"]}]},
    # choiceSet.json
    "choiceOrSetDetected": {"type": "object", "required": ["type", "items"], "properties": {
        "type": {"enum": ["Choice", "Composite", "List", "Independents"]}, "items": {"type": "array", "minItems": 1}}},
    "bodyResourcesFound": {"type": ["string", "object"], "oneOf": [
        {"$ref": "#/definitions/stringUri"}, {"$ref": "#/definitions/choiceOrSetDetected"},
        {"$ref": "#/definitions/specificResourceDetected"}, {"$ref": "#/definitions/externalWebResourceDetected"},
        {"$ref": "#/definitions/textualBodyFound"}]},
    "targetResourcesFound": {"type": ["string", "object"], "oneOf": [
        {"$ref": "#/definitions/stringUri"}, {"$ref": "#/definitions/choiceOrSetDetected"},
        {"$ref": "#/definitions/specificResourceDetected"}, {"$ref": "#/definitions/externalWebResourceDetected"}]},
    # otherProperties.json
    "createdValidIfPresent": {"type": "object", "properties": {"created": one_or_array(DATE, single=True)}},
    "modifiedValidIfPresent": {"type": "object", "properties": {"modified": one_or_array(DATE, single=True)}},
    "generatedValidIfPresent": {"type": "object", "properties": {"generated": one_or_array(DATE, single=True)}},
    "rightsValidIfPresent": {"type": "object", "properties": {"rights": one_or_array(STRING_URI)}},
    "canonicalValidIfPresent": {"type": "object", "properties": {"canonical": {"$ref": "#/definitions/arraySingleStringUri"}}},
    "viaValidIfPresent": {"type": "object", "properties": {"via": one_or_array(STRING_URI)}},
    "textDirectionValidIfPresent": {"type": "object", "properties": {"textDirection": {"type": "string", "enum": ["ltr", "rtl", "auto"]}}},
}


def ref(name):
    return {"$ref": "#/definitions/" + name}


def each(key, check):
    """An annotation whose `key` (one resource or an array of them) passes `check` for every resource."""
    return {"type": "object", "properties": {key: {"oneOf": [{"type": ["string", "object"], "allOf": [check]},
                                                           {"type": "array", "items": check}]}}}


def kind_without(kind, key):
    """A resource that is not of `kind` with `key` present (a Choice with a value, a TextualBody with a source…)."""
    return {"not": {"allOf": [ref(kind), {"required": [key]}]}}


def resource_musts(key, prefix):
    """The MUSTs of bodyMusts.test or targetMusts.test, for `body` or `target`."""
    musts = {
        f"3.2.1-{prefix}TextDirectionValidated": each(key, ref("textDirectionValidIfPresent")),
        f"3.3.1-{prefix}CreatedValidated": each(key, ref("createdValidIfPresent")),
        f"3.3.1-{prefix}ModifiedValidated": each(key, ref("modifiedValidIfPresent")),
        f"3.3.6-{prefix}RightsValidated": each(key, ref("rightsValidIfPresent")),
        f"3.3.7-{prefix}CanonicalValidated": each(key, ref("canonicalValidIfPresent")),
        f"3.3.7-{prefix}ViaValidated": each(key, ref("viaValidIfPresent")),
        f"3.2.7-{prefix}EWRNoItems": each(key, kind_without("externalWebResourceDetected", "items")),
        f"3.3.5-{prefix}EWRNoPurpose": each(key, kind_without("externalWebResourceDetected", "purpose")),
        f"3.2.4-{prefix}ChoiceSetNoValue": each(key, kind_without("choiceOrSetDetected", "value")),
        f"4-{prefix}ChoiceSetNoSource": each(key, kind_without("choiceOrSetDetected", "source")),
        f"3.3.5-{prefix}ChoiceSetNoPurpose": each(key, kind_without("choiceOrSetDetected", "purpose")),
        f"3.2.7-{prefix}SpecificResourceNoItems": each(key, kind_without("specificResourceDetected", "items")),
        f"4-{prefix}SpecificResourceNoValue": each(key, kind_without("specificResourceDetected", "value")),
    }
    if key == "body":
        musts["3.2.7-bodyEmbeddedTextualNoItems"] = each(key, kind_without("textualBodyFound", "items"))
        musts["4-bodyEmbeddedTextualNoSource"] = each(key, kind_without("textualBodyFound", "source"))
    else:
        musts["3.2.4-targNoTypeTextualBody"] = each(key, {"not": {"anyOf": [
            ref("textualBodyFound"), {"type": "object", "required": ["type"], "properties": {"type": {"enum": ["TextualBody"]}}}]}})
    return musts


ANNOTATION_MUSTS = {
    "3.1-annotationContextValidated": {"type": "object", "required": ["@context"], "properties": {"@context": {"oneOf": [
        ref("contextValueFound"), ref("contextValueInArrayFound")]}}},
    "3.1-annotationIdValidated": ref("idValueFound"),
    "3.1-annotationTypeValidated": {"allOf": [ref("annotationTypeValueFound")]},
    "3.1-targetKeyFound": {"type": "object", "required": ["target"]},
    "3.2-targetObjectsRecognized": {"type": "object", "properties": {"target": one_or_array(ref("targetResourcesFound"))}},
    "3.2.5-notBodyBodyValue": {"type": "object", "not": {"required": ["body", "bodyValue"]}},
    "3.2-bodyObjectsRecognized": {"type": "object", "properties": {"body": {"oneOf": [
        ref("bodyResourcesFound"), {"type": ["array"], "items": ref("bodyResourcesFound")}]}}},
    "3.2.5-bodyValueValidated": {"type": "object", "properties": {"bodyValue": one_or_array({"type": "string"}, single=True)}},
    "3.3.1-annotationCreatedValidated": {"type": "object", "allOf": [ref("createdValidIfPresent")]},
    "3.3.1-annotationModifiedValidated": {"type": "object", "allOf": [ref("modifiedValidIfPresent")]},
    "3.3.1-annotationGeneratedValidated": {"type": "object", "allOf": [ref("generatedValidIfPresent")]},
    "3.3.6-annotationRightsValidated": {"type": "object", "allOf": [ref("rightsValidIfPresent")]},
    "3.3.7-annotationCanonicalValidated": {"type": "object", "allOf": [ref("canonicalValidIfPresent")]},
    "3.3.7-annotationViaValidated": {"type": "object", "allOf": [ref("viaValidIfPresent")]},
}

SUITES = {
    "annotationMusts": ANNOTATION_MUSTS,
    "bodyMusts": {"3.2-bodyObjectsRecognized": ANNOTATION_MUSTS["3.2-bodyObjectsRecognized"], **resource_musts("body", "body")},
    "targetMusts": {"3.2-targetObjectsRecognized": ANNOTATION_MUSTS["3.2-targetObjectsRecognized"], **resource_musts("target", "targ")},
}


def re_expressed_validators():
    """(suite, assertion, validator) for every MUST re-expressed here."""
    checker = format_checker()
    for suite, musts in SUITES.items():
        for name, schema in musts.items():
            yield suite, name, jsonschema.Draft4Validator({"definitions": DEFINITIONS, **schema}, format_checker=checker)


def suite_validators(folder):
    """(suite, assertion, validator) for every assertion the suite's own .test files list."""
    store = {}
    for name in os.listdir(os.path.join(folder, "definitions")):
        if name.endswith(".json"):
            store[name] = json.load(open(os.path.join(folder, "definitions", name), encoding="utf-8"))
    checker = format_checker()
    for suite, test in [("annotationMusts", "annotations/annotationMusts.test"), ("bodyMusts", "bodiesTargets/bodyMusts.test"),
                        ("targetMusts", "bodiesTargets/targetMusts.test")]:
        for assertion in json.load(open(os.path.join(folder, test), encoding="utf-8"))["assertions"]:
            path = os.path.join(folder, assertion)
            name = os.path.basename(assertion)[:-len(".json")]
            if not os.path.exists(path):
                yield suite, name, None
                continue
            schema = json.load(open(path, encoding="utf-8"))
            resolver = jsonschema.RefResolver(base_uri=schema.get("id", ""), referrer=schema, store=store)
            yield suite, name, jsonschema.Draft4Validator(schema, resolver=resolver, format_checker=checker)


def annotations(path):
    """The annotations of a `w3c` collection (with the collection's @context) or of a `w3c-lines` file."""
    text = open(path, encoding="utf-8").read()
    if path.endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    collection = json.loads(text)
    return [{"@context": collection["@context"], **item} for item in collection["first"]["items"]]


def check(items, validators):
    """Lines of PASS/FAIL per assertion, and whether all passed."""
    lines, ok = [], True
    for suite, name, validator in validators:
        if validator is None:
            lines.append(f"MISSING {suite} {name}: not in the suite folder")
            continue
        failures = [(item.get("id"), error) for item in items for error in [jsonschema.exceptions.best_match(validator.iter_errors(item))] if error]
        if failures:
            ok = False
            annotation, error = failures[0]
            where = "/" + "/".join(str(p) for p in error.absolute_path)
            lines.append(f"FAIL {suite} {name}: {len(failures)} of {len(items)}, first {annotation} at {where}: {error.message[:160]}")
        else:
            lines.append(f"PASS {suite} {name} ({len(items)} annotations)")
    return lines, ok


def main(arguments):
    suite = None
    if arguments[:1] == ["--suite"]:
        suite, arguments = arguments[1], arguments[2:]
    if not arguments:
        sys.exit("usage: w3c_annotation_musts.py [--suite ANNOTATION-MODEL-FOLDER] EXPORT.jsonld|EXPORT.jsonl…")
    all_ok = True
    for path in arguments:
        validators = list(suite_validators(suite) if suite else re_expressed_validators())
        lines, ok = check(annotations(path), validators)
        all_ok &= ok
        missing = sum(line.startswith("MISSING") for line in lines)
        print(f"{path}: {sum(line.startswith('PASS') for line in lines)} of {len(validators) - missing} MUST assertions pass"
              + (f" ({missing} listed but missing from the suite folder)" if missing else ""))
        print("\n".join("  " + line for line in lines))
    sys.exit(0 if all_ok else 1)


if __name__ == "__main__":
    main(sys.argv[1:])
