"""Bring the working copy up to the published warehouse by what changed, not by copying the file.

Publishing renames the checked working file over the published one, and the file it replaces (the build
before, untouched since it was published) becomes the next working copy: nothing is copied, whatever the
warehouse's size. That copy is one build behind; before the next build writes to it, `catch_up` makes every
table equal to the published one, inside one transaction, with the published file attached read-only:

- rows that belong to a document (the registry's text tables, keyed by article or document) are replaced
  only for the documents whose `processed_documents` row differs: a document's rows are a function of its
  content (its id is the hash of its bytes) and the analysis version;
- `raw_documents` rows are replaced where any column but the text differs (the status of an edited or
  removed file, for example); the text is the document id's content and never changes;
- every other table (ingest history, state, gazetteer, SQL models) is small, or rebuilt by every build,
  and is copied whole; views are recreated from the published definitions.

The row counts of every table are compared at the end; any difference raises `CatchUpMismatch`, and the
caller falls back to copying the file. No dagster import: this is plain DuckDB.
"""

from __future__ import annotations

import graphlib
import re
from pathlib import Path

from transforms.tables import tables_in

# Rows that belong to an article (an article_id column), and to a document directly; as in the analysis's removal of stale documents.
BY_ARTICLE = tuple(t.name for t in tables_in("text") if t.name != "articles" and "article_id" in t.columns)
BY_DOCUMENT = ("articles", "boilerplate_blocks")
UNCHANGING_COLUMNS = {"raw_documents": ("text", "text_simplified")}  # content-addressed by document_id


class CatchUpMismatch(RuntimeError):
    """The working copy still differs from the published warehouse after catching up."""


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _objects(con, catalog: str) -> dict[str, str]:
    """name -> 'BASE TABLE' or 'VIEW' of the main schema of `catalog`."""
    return dict(con.execute("SELECT table_name, table_type FROM information_schema.tables WHERE table_catalog = ? AND table_schema = 'main'",
                            [catalog]).fetchall())


def _columns(con, catalog: str, table: str) -> list[str]:
    return [c for (c,) in con.execute("""SELECT column_name FROM information_schema.columns
                                         WHERE table_catalog = ? AND table_schema = 'main' AND table_name = ? ORDER BY ordinal_position""",
                                      [catalog, table]).fetchall()]


def catch_up(con, published: Path) -> dict[str, int]:
    """Make the working database of `con` equal to `published`; returns rows replaced per keyed table."""
    working = con.execute("SELECT current_database()").fetchall()[0][0]
    con.execute(f"ATTACH '{str(published).replace(chr(39), chr(39) * 2)}' AS published (READ_ONLY)")
    try:
        con.execute("BEGIN TRANSACTION")
        replaced = _sync(con, working)
        _compare_counts(con, working)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute(f"USE {_q(working)}")
        con.execute("DETACH published")
    return replaced


def _same_columns(con, working: str, table: str) -> bool:
    return _columns(con, working, table) == _columns(con, "published", table)


def _sync(con, working: str) -> dict[str, int]:
    mine, theirs = _objects(con, working), _objects(con, "published")
    for name, kind in mine.items():  # views first: a view may read a table about to be replaced
        if kind == "VIEW":
            con.execute(f"DROP VIEW {_q(name)}")
    for name, kind in mine.items():
        if kind != "VIEW" and theirs.get(name) != "BASE TABLE":
            con.execute(f"DROP TABLE {_q(name)}")
    keyed = {*BY_ARTICLE, *BY_DOCUMENT, "raw_documents", "processed_documents"}
    can_key = all(theirs.get(t) == "BASE TABLE" and mine.get(t) == "BASE TABLE" and _same_columns(con, working, t)
                  for t in keyed & (mine.keys() | theirs.keys()))
    replaced: dict[str, int] = {}
    if can_key and "processed_documents" in theirs:
        replaced = _sync_documents(con, {t for t in keyed if t in theirs})
    for name, kind in theirs.items():
        if kind == "BASE TABLE" and (name not in replaced or not can_key):
            con.execute(f"CREATE OR REPLACE TABLE {_q(name)} AS SELECT * FROM published.main.{_q(name)}")
    con.execute(f"USE {_q(working)}")
    for sql in _views_in_dependency_order(con):
        con.execute(sql)
    return replaced


def _views_in_dependency_order(con) -> list[str]:
    """The published views' CREATE statements, each after the views it names (a view reads views)."""
    views = dict(con.execute("SELECT view_name, sql FROM duckdb_views() WHERE database_name = 'published' AND schema_name = 'main'").fetchall())
    names = {name: re.compile(rf"\b{re.escape(name)}\b") for name in views}
    graph = {name: {other for other, pattern in names.items() if other != name and pattern.search(sql)} for name, sql in views.items()}
    try:
        return [views[name] for name in graphlib.TopologicalSorter(graph).static_order()]
    except graphlib.CycleError as error:
        raise CatchUpMismatch(f"cannot order the published views: {error}") from error


def _sync_documents(con, present: set[str]) -> dict[str, int]:
    """Replace the rows of the documents whose analysis or staged row differs; returns rows inserted per table."""
    con.execute("""CREATE OR REPLACE TEMP TABLE changed_documents AS
                   SELECT document_id FROM (
                       (SELECT * FROM processed_documents EXCEPT SELECT * FROM published.main.processed_documents)
                       UNION ALL
                       (SELECT * FROM published.main.processed_documents EXCEPT SELECT * FROM processed_documents))
                   GROUP BY document_id""")
    inserted: dict[str, int] = {}
    # each delete and insert scans a large table: skip those with nothing to do (a new file has no old rows)
    in_working = _count(con, "SELECT count(*) FROM articles WHERE document_id IN (SELECT document_id FROM changed_documents)")
    in_published = _count(con, "SELECT count(*) FROM published.main.articles WHERE document_id IN (SELECT document_id FROM changed_documents)")
    for table in [t for t in BY_ARTICLE if t in present]:  # before `articles`, which says which articles a document has
        if in_working:
            con.execute(f"""DELETE FROM {_q(table)} WHERE article_id IN
                            (SELECT article_id FROM articles WHERE document_id IN (SELECT document_id FROM changed_documents))""")
        inserted[table] = _insert(con, table, """article_id IN (SELECT article_id FROM published.main.articles
                                                  WHERE document_id IN (SELECT document_id FROM changed_documents))""") if in_published else 0
    for table in [t for t in (*BY_DOCUMENT, "processed_documents") if t in present]:
        con.execute(f"DELETE FROM {_q(table)} WHERE document_id IN (SELECT document_id FROM changed_documents)")
        inserted[table] = _insert(con, table, "document_id IN (SELECT document_id FROM changed_documents)")
    if "raw_documents" in present:
        columns = [c for c in _columns(con, "published", "raw_documents") if c not in UNCHANGING_COLUMNS["raw_documents"]]
        select = ", ".join(_q(c) for c in columns)
        con.execute(f"""CREATE OR REPLACE TEMP TABLE changed_raw AS SELECT document_id FROM (
                            (SELECT {select} FROM raw_documents EXCEPT SELECT {select} FROM published.main.raw_documents)
                            UNION ALL
                            (SELECT {select} FROM published.main.raw_documents EXCEPT SELECT {select} FROM raw_documents))
                        GROUP BY document_id""")
        con.execute("DELETE FROM raw_documents WHERE document_id IN (SELECT document_id FROM changed_raw)")
        inserted["raw_documents"] = _insert(con, "raw_documents", "document_id IN (SELECT document_id FROM changed_raw)")
    return inserted


def _count(con, query: str) -> int:
    return con.execute(query).fetchall()[0][0]


def _insert(con, table: str, where: str) -> int:
    return con.execute(f"INSERT INTO {_q(table)} BY NAME SELECT * FROM published.main.{_q(table)} WHERE {where}").fetchall()[0][0]


def _compare_counts(con, working: str) -> None:
    theirs = _objects(con, "published")
    if _objects(con, working) != theirs:
        raise CatchUpMismatch("the working copy's tables differ from the published ones after catching up")
    for name, kind in theirs.items():
        if kind != "BASE TABLE":
            continue
        mine_n = con.execute(f"SELECT count(*) FROM {_q(working)}.main.{_q(name)}").fetchall()[0][0]
        theirs_n = con.execute(f"SELECT count(*) FROM published.main.{_q(name)}").fetchall()[0][0]
        if mine_n != theirs_n:
            raise CatchUpMismatch(f"{name}: {mine_n:,} rows in the working copy against {theirs_n:,} published, after catching up")
