import Foundation
import Testing

/// The JSONL and CSV exports load in pandas with the dtypes the README documents, and the JSONL in
/// Hugging Face `datasets`, on the sample project and the golden CRLF document (plus an export with
/// history and one holding a single claim, whose optional columns are all empty).
@Suite struct DataFrameConformanceTests {
    /// A project `formats` (the golden claims) and the sample, exported as JSONL (also with history,
    /// and `--doc 1 --status supported` for one claim), CSV, FEVER and W3C lines.
    private func exported() throws -> Workspace {
        let workspace = try FormatGoldenTests.project()
        try workspace.copyFromRepository("projects/sample")
        for project in ["formats", "sample"] {
            for format in ["jsonl", "csv", "fever", "w3c-lines"] {
                #expect(try workspace.claimdesk("--project", project, "export", "--format", format).status == 0)
            }
        }
        #expect(try workspace.claimdesk("--project", "formats", "export", "--with-history", "--out", "history.jsonl").status == 0)
        #expect(try workspace.claimdesk("--project", "formats", "export", "--status", "supported", "--out", "one.jsonl").status == 0)
        return workspace
    }

    /// Dtype kinds the same way across pandas versions (1.5 calls strings `object`, 3.x `str`).
    private static let kinds = """
        import json, pandas as pd
        from pandas.api import types as t
        # The README's recipe: nullable offsets as Int64, nullable texts as object (None), whatever a file holds.
        ints = ["speaker_start", "speaker_end", "cue_start", "cue_end"]
        texts = ["doc_url", "speaker", "cue", "quote_type", "label_fever", "label_averitec", "rationale"]
        DTYPES = {**dict.fromkeys(ints, "Int64"), **dict.fromkeys(texts, "object")}
        def kind(s):
            if t.is_datetime64_any_dtype(s): return "datetime " + str(s.dt.tz)
            if t.is_integer_dtype(s): return "int"
            if t.is_float_dtype(s): return "float"
            if all(isinstance(v, str) or v is None or v != v for v in s): return "str"
            return "object"
        def kinds(df):
            found = {}
            for c in df.columns: found.setdefault(kind(df[c]), []).append(c)
            return {k: (v if k != "str" else len(v)) for k, v in sorted(found.items())}

        """

    @Test(.enabled(if: Python.hasModule("pandas"), "pandas is missing (bash .ci/setup installs Debian's python3-pandas; or python3 -m pip install pandas)"))
    func jsonlLoadsInPandasWithTheDocumentedDtypes() throws {
        let workspace = try exported()
        let output = try Python.run(Self.kinds + """
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            paths = ["exports/formats/claims.jsonl", "exports/sample/claims.jsonl", "history.jsonl", "one.jsonl"]
            frames = [pd.read_json(p, lines=True, dtype=DTYPES) for p in paths]
            for p, df in zip(paths, frames):
                print(p, len(df), kinds(df))
            g = frames[0]
            print(all(doc[s:e] == x for s, e, x in zip(g["start"], g["end"], g["text"])), g["speaker_start"].isna().sum(), g["tags"][1], g["rating"][0]["text"])
            print([len(pd.read_json(p, lines=True)) for p in ["exports/formats/claims-fever.jsonl", "exports/sample/claims-fever.jsonl",
                                                             "exports/formats/claims-w3c-lines.jsonl", "exports/sample/claims-w3c-lines.jsonl"]])
            """, in: workspace.path)
        let documented = "'datetime UTC': ['created_at', 'updated_at'], 'int': ['schema_version', 'start', 'end', 'speaker_start', 'speaker_end', 'cue_start', 'cue_end', 'history_count'], 'object': ['speaker_aliases', 'sources', 'rating', 'evidence', 'tags'"
        #expect(output == """
            exports/formats/claims.jsonl 6 {\(documented)], 'str': 19}
            exports/sample/claims.jsonl 8 {\(documented)], 'str': 19}
            history.jsonl 6 {\(documented), 'events', 'entity_events'], 'str': 19}
            one.jsonl 1 {\(documented)], 'str': 19}
            True 4 ['a,b'] False
            [4, 4, 6, 8]

            """, "\(output)")
    }

    @Test(.enabled(if: Python.hasModule("pandas"), "pandas is missing (bash .ci/setup installs Debian's python3-pandas; or python3 -m pip install pandas)"))
    func csvLoadsInPandasAsTheJSONLsCells() throws {
        let workspace = try exported()
        let output = try Python.run(Self.kinds + """
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            def cell(v):
                return "" if v is None else v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, separators=(",", ":"))
            frames = {}
            for project in ["formats", "sample"]:
                df = frames[project] = pd.read_csv(f"exports/{project}/claims-csv.csv", keep_default_na=False, dtype=str)
                rows = [json.loads(l) for l in open(f"exports/{project}/claims.jsonl", encoding="utf-8")]
                same = list(df.columns) == list(rows[0]) and all(df[k][i] == cell(r[k]) for i, r in enumerate(rows) for k in r)
                print(project, len(df), kinds(df), same)
            g = frames["formats"]
            print(all(doc[s:e] == x for s, e, x in zip(g["start"].astype(int), g["end"].astype(int), g["text"])))
            """, in: workspace.path)
        #expect(output == "formats 6 {'str': 34} True\nsample 8 {'str': 34} True\nTrue\n", "\(output)")
    }

    @Test(.enabled(if: Python.hasModule("datasets"), "Hugging Face datasets is missing (python3 -m pip install datasets; not installed by .ci/setup, it is large)"))
    func jsonlLoadsWithHuggingFaceDatasets() throws {
        let workspace = try exported()
        let output = try Python.run("""
            import os
            os.environ.update(HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1", HF_HOME=os.path.abspath("hf"))
            import datasets
            from datasets import load_dataset
            datasets.disable_progress_bars()
            doc = open("doc.txt", encoding="utf-8", newline="").read()
            for path in ["exports/formats/claims.jsonl", "exports/sample/claims.jsonl", "history.jsonl", "one.jsonl"]:
                ds = load_dataset("json", data_files=path, split="train")
                print(path, ds.num_rows, len(ds.column_names), ds.features["start"].dtype, ds.features["speaker_start"].dtype)
            ds = load_dataset("json", data_files="exports/formats/claims.jsonl", split="train")
            print(all(doc[r["start"]:r["end"]] == r["text"] for r in ds), ds[0]["sources"][1]["name"], ds[1]["tags"])
            """, in: workspace.path)
        // A column that is null on every row of a file (one.jsonl has no speaker) gets Arrow's `null` type.
        #expect(output.hasSuffix("""
            exports/formats/claims.jsonl 6 34 int64 int64
            exports/sample/claims.jsonl 8 34 int64 int64
            history.jsonl 6 36 int64 int64
            one.jsonl 1 34 int64 null
            True Daily "Post" ['a,b']

            """), "\(output)")
    }
}
