"""Every sql/<name>.sql file becomes a Dagster asset <name>; its upstream assets come from the SQL itself.

The models are the assets of one multi-asset, `sql_models`, as dagster-dbt does for a dbt project:
each model keeps its own asset (lineage, code version, description, materializations), while a run
rebuilds the selected models in one step, in dependency order, on one connection. One step per model
cost about 0.1 s each in step overhead and connections: 1.4–2.1 s of an incremental build (docs/benchmark_history.md).

Every process that loads the definitions needs each model's tables and body. What sqlglot made of a file is kept
in PARSE_CACHE by the file's content hash (as dbt's partial parsing keeps its manifest), so a process whose models
are unchanged neither imports sqlglot nor parses; an edited file is parsed again.
"""

import graphlib
import hashlib
import json
import os
import re
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import dagster as dg
import duckdb

from orchestration.resources import GreatExpectations, WarehouseResource
from orchestration.settings import POOL, REPO_ROOT, SQL_DIR
from orchestration.tables import markdown_preview, quote_ident, row_count, transaction

_VIEW_MARKER = re.compile(r"^--\s*materialize:\s*view\s*$", re.M | re.I)
_LAYER_GROUPS = {"stg": "staging", "int": "intermediate", "mart": "marts"}


if TYPE_CHECKING:
    from sqlglot import exp

PARSE_CACHE = REPO_ROOT / ".cache" / "sql_models.json"


def parse_query(sql: str) -> "exp.Query":
    """The one SELECT (or WITH … SELECT) query of a model or suite; anything else is an error."""
    import sqlglot
    from sqlglot import exp

    statements = [s for s in sqlglot.parse(sql, dialect="duckdb") if s is not None]
    if len(statements) != 1 or not isinstance(statements[0], exp.Query):
        raise ValueError("a SQL model holds exactly one SELECT (or WITH … SELECT) query")
    return statements[0]


def refs_of(query: "exp.Query") -> set[str]:
    """Tables a query reads: CTE names, subquery aliases and table functions are not tables."""
    from sqlglot import exp
    from sqlglot.optimizer.scope import traverse_scope

    refs = set()
    for scope in traverse_scope(query):
        for source in scope.sources.values():
            if isinstance(source, exp.Table) and isinstance(source.this, exp.Identifier):
                refs.add(source.name)
    return refs


def body_of(query: "exp.Query") -> str:
    """The query with comments and a trailing semicolon removed, ready to wrap in CREATE … AS."""
    return query.sql(dialect="duckdb", pretty=True, comments=False)


def table_refs(sql: str) -> set[str]:
    return refs_of(parse_query(sql))


def model_body(sql: str) -> str:
    return body_of(parse_query(sql))


@dataclass(frozen=True)
class SqlModel:
    """One sql/<name>.sql file: the table or view it creates and the tables it reads."""

    name: str
    path: Path
    sql: str
    kind: str  # TABLE or VIEW
    refs: frozenset[str]
    body: str  # the query, ready to wrap in CREATE … AS
    content_hash: str  # sha256 of the file's text: the key of its parse in PARSE_CACHE, and its code version

    @classmethod
    def from_file(cls, path: Path, parsed: dict | None = None) -> "SqlModel":
        """The model of a file; `parsed` (content hash -> refs and body) is read first and given what was parsed."""
        sql = path.read_text(encoding="utf-8")
        kind = "VIEW" if _VIEW_MARKER.search(sql) else "TABLE"
        key = hashlib.sha256(sql.encode()).hexdigest()
        known = (parsed or {}).get(key)
        if known is None:
            query = parse_query(sql)
            known = {"refs": sorted(refs_of(query)), "body": body_of(query)}
            if parsed is not None:
                parsed[key] = known
        return cls(path.stem, path, sql, kind, frozenset(known["refs"]), known["body"], key)

    def spec(self) -> dg.AssetSpec:
        header = "\n".join(line[2:].strip() for line in self.sql.splitlines() if line.startswith("--") and not _VIEW_MARKER.match(line))
        return dg.AssetSpec(
            self.name,
            deps=sorted(self.refs),
            group_name=_LAYER_GROUPS.get(self.name.split("_")[0], "sql"),
            kinds={"duckdb", "sql"},
            code_version=self.content_hash[:12],
            description=f"{header}\n\n```sql\n{self.sql.strip()}\n```",
            metadata={"sql_path": dg.MetadataValue.path(str(self.path)), "materialized_as": self.kind.lower()},
        )


def in_dependency_order(models: list[SqlModel]) -> list[SqlModel]:
    """Models ordered so that each comes after the models it reads (a cycle is an error)."""
    by_name = {m.name: m for m in models}
    sorter = graphlib.TopologicalSorter({m.name: sorted(m.refs & by_name.keys()) for m in sorted(models, key=lambda m: m.name)})
    return [by_name[name] for name in sorter.static_order()]


def load_models(paths: list[Path], cache: Path | None = PARSE_CACHE) -> list[SqlModel]:
    """The models of `paths` in dependency order, parsed only where `cache` does not hold their content's parse
    (then written back; a cache that cannot be read or written is only a slower start)."""
    stamp = f"sqlglot {version('sqlglot')}"  # another sqlglot may print a body differently
    parsed = {}
    if cache is not None:
        try:
            held = json.loads(cache.read_text(encoding="utf-8"))
            parsed = held["parsed"] if held.get("stamp") == stamp else {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            parsed = {}
    known = len(parsed)
    models = in_dependency_order([SqlModel.from_file(path, parsed) for path in paths])
    if cache is not None and len(parsed) != known:
        current = {m.content_hash for m in models}
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            partial = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            partial.write_text(json.dumps({"stamp": stamp, "parsed": {k: v for k, v in parsed.items() if k in current}},
                                          ensure_ascii=False), encoding="utf-8")
            partial.replace(cache)  # whole or not at all, whichever process writes last
        except OSError:
            pass
    return models


def build_sql_models(paths: list[Path], cache: Path | None = PARSE_CACHE) -> dg.AssetsDefinition:
    """The multi-asset that (re)creates the selected models, each as the table or view named after its file."""
    models = load_models(paths, cache)

    @dg.multi_asset(name="sql_models", specs=[m.spec() for m in models], can_subset=True, pool=POOL)
    def sql_models(context: dg.AssetExecutionContext, warehouse: WarehouseResource, validator: GreatExpectations):
        validator.render_pending_docs()  # the pages of the analysis checks, while the models are made
        selected = [m for m in models if dg.AssetKey(m.name) in context.selected_asset_keys]
        # One transaction for all the models: they land together or not at all (a model that fails leaves every
        # model as it was), and DuckDB commits once instead of once per model (a one-file build's models step
        # took ≈ 0.5 s less at 50 MB).
        made = []
        with warehouse.get_connection() as con, transaction(con):
            for model in selected:
                try:
                    create_model(con, model.name, model.kind, model.body)
                except duckdb.Error as error:
                    raise dg.Failure(description=f"SQL model {model.name} ({model.path}) failed, no model was changed: {error}",
                                     metadata={"sql_path": dg.MetadataValue.path(str(model.path))}) from error
                preview = markdown_preview(con, f"SELECT * FROM {quote_ident(model.name)}")
                made.append(dg.MaterializeResult(asset_key=model.name, metadata={"rows": row_count(con, model.name),
                                                                                  "preview": dg.MetadataValue.md(preview)}))
        yield from made  # only once committed: a materialization the rollback undid is not reported

    return sql_models


def create_model(con, name: str, kind: str, body: str) -> None:
    """CREATE OR REPLACE the model as a TABLE or VIEW; a model whose file switched between the two is dropped
    first (CREATE OR REPLACE cannot change an object's kind)."""
    existing = con.execute("SELECT table_type FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?", [name]).fetchall()
    if existing and (existing[0][0] == "VIEW") != (kind == "VIEW"):
        con.execute(f"DROP {'VIEW' if existing[0][0] == 'VIEW' else 'TABLE'} {quote_ident(name)}")
    con.execute(f"CREATE OR REPLACE {kind} {quote_ident(name)} AS\n{body}\n")


def sql_model_paths(sql_dir: Path = SQL_DIR) -> list[Path]:
    return sorted(sql_dir.glob("*.sql"))


sql_models = build_sql_models(sql_model_paths())
