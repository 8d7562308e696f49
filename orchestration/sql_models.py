"""Every sql/<name>.sql file becomes a Dagster asset <name>; its upstream assets come from the SQL itself.

The models are the assets of one multi-asset, `sql_models`, as dagster-dbt does for a dbt project:
each model keeps its own asset (lineage, code version, description, materializations), while a run
rebuilds the selected models in one step, in dependency order, on one connection. One step per model
cost about 0.1 s each in step overhead and connections: 1.4–2.1 s of an incremental build (docs/benchmark_history.md).
"""


import graphlib
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import sqlglot
from sqlglot import exp
from sqlglot.optimizer.scope import traverse_scope

from orchestration.resources import GreatExpectations, WarehouseResource
from orchestration.settings import POOL, SQL_DIR
from orchestration.tables import markdown_preview, quote_ident, row_count, transaction

_VIEW_MARKER = re.compile(r"^--\s*materialize:\s*view\s*$", re.M | re.I)
_LAYER_GROUPS = {"stg": "staging", "int": "intermediate", "mart": "marts"}


def parse_query(sql: str) -> exp.Query:
    """The one SELECT (or WITH … SELECT) query of a model or suite; anything else is an error."""
    statements = [s for s in sqlglot.parse(sql, dialect="duckdb") if s is not None]
    if len(statements) != 1 or not isinstance(statements[0], exp.Query):
        raise ValueError("a SQL model holds exactly one SELECT (or WITH … SELECT) query")
    return statements[0]


def refs_of(query: exp.Query) -> set[str]:
    """Tables a query reads: CTE names, subquery aliases and table functions are not tables."""
    refs = set()
    for scope in traverse_scope(query):
        for source in scope.sources.values():
            if isinstance(source, exp.Table) and isinstance(source.this, exp.Identifier):
                refs.add(source.name)
    return refs


def body_of(query: exp.Query) -> str:
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

    @classmethod
    def from_file(cls, path: Path) -> "SqlModel":
        sql = path.read_text(encoding="utf-8")
        kind = "VIEW" if _VIEW_MARKER.search(sql) else "TABLE"
        query = parse_query(sql)  # once: every process that loads the definitions parses all the models
        return cls(path.stem, path, sql, kind, frozenset(refs_of(query)), body_of(query))

    def spec(self) -> dg.AssetSpec:
        header = "\n".join(line[2:].strip() for line in self.sql.splitlines() if line.startswith("--") and not _VIEW_MARKER.match(line))
        return dg.AssetSpec(
            self.name,
            deps=sorted(self.refs),
            group_name=_LAYER_GROUPS.get(self.name.split("_")[0], "sql"),
            kinds={"duckdb", "sql"},
            code_version=hashlib.sha256(self.sql.encode()).hexdigest()[:12],
            description=f"{header}\n\n```sql\n{self.sql.strip()}\n```",
            metadata={"sql_path": dg.MetadataValue.path(str(self.path)), "materialized_as": self.kind.lower()},
        )


def in_dependency_order(models: list[SqlModel]) -> list[SqlModel]:
    """Models ordered so that each comes after the models it reads (a cycle is an error)."""
    by_name = {m.name: m for m in models}
    sorter = graphlib.TopologicalSorter({m.name: sorted(m.refs & by_name.keys()) for m in sorted(models, key=lambda m: m.name)})
    return [by_name[name] for name in sorter.static_order()]


def build_sql_models(paths: list[Path]) -> dg.AssetsDefinition:
    """The multi-asset that (re)creates the selected models, each as the table or view named after its file."""
    models = in_dependency_order([SqlModel.from_file(path) for path in paths])

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
                    raise dg.Failure(description=f"SQL model {model.name} ({model.path}) failed: {error}; no model was changed",
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
