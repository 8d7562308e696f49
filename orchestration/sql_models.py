"""Every sql/<name>.sql file becomes a Dagster asset <name>; its upstream assets come from the SQL itself."""


import hashlib
import re
from pathlib import Path

import dagster as dg
import sqlglot
from sqlglot import exp
from sqlglot.optimizer.scope import traverse_scope

from orchestration.resources import WarehouseResource
from orchestration.settings import POOL, SQL_DIR
from orchestration.tables import markdown_preview, quote_ident, row_count, transaction

_VIEW_MARKER = re.compile(r"^--\s*materialize:\s*view\s*$", re.M | re.I)
_LAYER_GROUPS = {"stg": "staging", "int": "intermediate", "mart": "marts"}


def table_refs(sql: str) -> set[str]:
    """Tables a single SELECT reads: CTE names, subquery aliases and table functions are not tables."""
    statements = [s for s in sqlglot.parse(sql, dialect="duckdb") if s is not None]
    if len(statements) != 1 or not isinstance(statements[0], exp.Query):
        raise ValueError("a SQL model holds exactly one SELECT (or WITH … SELECT) query")
    refs = set()
    for scope in traverse_scope(statements[0]):
        for source in scope.sources.values():
            if isinstance(source, exp.Table) and isinstance(source.this, exp.Identifier):
                refs.add(source.name)
    return refs


def model_body(sql: str) -> str:
    """The query with comments and a trailing semicolon removed, ready to wrap in CREATE … AS."""
    return sqlglot.transpile(sql, read="duckdb", write="duckdb", pretty=True, comments=False)[0]


def build_sql_asset(path: Path) -> dg.AssetsDefinition:
    """An asset that (re)creates the table or view named after the file."""
    name, sql = path.stem, path.read_text(encoding="utf-8")
    kind = "VIEW" if _VIEW_MARKER.search(sql) else "TABLE"
    body = model_body(sql)
    header = "\n".join(line[2:].strip() for line in sql.splitlines() if line.startswith("--") and not _VIEW_MARKER.match(line))

    @dg.asset(
        name=name,
        deps=[dg.AssetKey(ref) for ref in sorted(table_refs(sql))],
        group_name=_LAYER_GROUPS.get(name.split("_")[0], "sql"),
        kinds={"duckdb", "sql"},
        code_version=hashlib.sha256(sql.encode()).hexdigest()[:12],
        description=f"{header}\n\n```sql\n{sql.strip()}\n```",
        metadata={"sql_path": dg.MetadataValue.path(str(path)), "materialized_as": kind.lower()},
        pool=POOL,
    )
    def _sql_model(warehouse: WarehouseResource) -> dg.MaterializeResult:
        with warehouse.get_connection() as con:
            with transaction(con):
                create_model(con, name, kind, body)
            rows = row_count(con, name)
            preview = markdown_preview(con, f"SELECT * FROM {quote_ident(name)}")
        return dg.MaterializeResult(metadata={"rows": rows, "preview": dg.MetadataValue.md(preview)})

    return _sql_model


def create_model(con, name: str, kind: str, body: str) -> None:
    """CREATE OR REPLACE the model as a TABLE or VIEW; a model whose file switched between the two is dropped
    first (CREATE OR REPLACE cannot change an object's kind)."""
    existing = con.execute("SELECT table_type FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?", [name]).fetchall()
    if existing and (existing[0][0] == "VIEW") != (kind == "VIEW"):
        con.execute(f"DROP {'VIEW' if existing[0][0] == 'VIEW' else 'TABLE'} {quote_ident(name)}")
    con.execute(f"CREATE OR REPLACE {kind} {quote_ident(name)} AS\n{body}\n")


def sql_model_paths(sql_dir: Path = SQL_DIR) -> list[Path]:
    return sorted(sql_dir.glob("*.sql"))


sql_assets = [build_sql_asset(path) for path in sql_model_paths()]
