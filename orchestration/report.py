"""The analyst's report: one self-contained HTML file (plotly.js, the map and the data inlined; opens offline).

Read through orchestration.readonly.open_reader; shaped by transforms.report; each section is an entry of
SECTIONS (a title and a function from the frames to HTML), so a new mart is a new entry. Every value links
to its article page (`#article-<id>`), a hidden section that CSS shows when it is the URL's target.
"""


import csv
import hashlib
import html
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import dagster as dg
import polars as pl

from orchestration.readonly import open_reader
from orchestration.resources import GreatExpectations, WarehouseResource
from orchestration.settings import POOL
from transforms import report as shape

ASSETS = Path(__file__).resolve().parent / "report_assets"
DICTIONARY = Path(__file__).resolve().parent.parent / "transforms" / "lexicons" / "indicators.csv"  # the indicator data dictionary
# The articles a number in the report links to: only these get an article page. Every article of a big
# warehouse would make a page no browser opens (63 MB of HTML for 50 MB of news); the rest stay in SQL.
CITED_ARTICLES = ("(SELECT article_id FROM mart_indicator_values UNION SELECT example_article_id FROM int_platforms "
                  "UNION SELECT example_article_id FROM mart_region_links)")
QUERIES = {
    "indicators": "SELECT * FROM mart_region_indicators",
    "yearly": "SELECT * FROM mart_region_indicators_yearly",
    "values": ("SELECT v.*, r.province_code FROM mart_indicator_values v LEFT JOIN regions r USING (region_code) "
               "ORDER BY v.region_level <> 'country', r.province_code NULLS FIRST, v.region_code, v.indicator, v.subject, v.kind, v.period_year NULLS FIRST, v.unit"),
    "platforms": "SELECT * FROM mart_region_platforms",
    "platform_list": ("SELECT p.*, r.name AS region_name FROM int_platforms p LEFT JOIN regions r USING (region_code) "
                      "ORDER BY p.platform_type, p.platform_name"),
    "topics": "SELECT * FROM mart_region_topics",
    "links": "SELECT * FROM mart_region_links ORDER BY n_sentences DESC, region_a, region_b",
    "regions": "SELECT region_code, name, level, parent_code, province_code, lat, lon FROM regions",
    "rejected": "SELECT source_path, reason, detected_at FROM rejected_documents ORDER BY source_path",
    "scans": "SELECT scanned_at, source_folder, n_files, n_new_documents, n_rejected FROM source_scans ORDER BY scanned_at DESC LIMIT 5",
}


# The rows of the article pages, for the articles of {articles}: every cited one, or the ids given as the one
# parameter (_OF_IDS) when only some pages are to be rendered (a long list as a parameter costs DuckDB far more
# memory than the subquery, so a report without a cache renders from the subquery).
_OF_IDS = "(SELECT unnest(?::VARCHAR[]))"
PAGE_QUERIES = {
    "articles": ("SELECT a.article_id, a.title, a.source_name, a.published_date, a.region_code, a.body, d.source_path "
                 "FROM articles a JOIN raw_documents d USING (document_id) WHERE a.article_id IN {articles} ORDER BY a.article_id"),
    "facts": ("SELECT f.*, d.source_path, r.name AS region_name FROM facts f JOIN articles a USING (article_id) JOIN raw_documents d USING (document_id) "
              "LEFT JOIN regions r ON r.region_code = f.region_code WHERE f.article_id IN {articles} ORDER BY f.article_id, f.char_start"),
    "mentions": "SELECT article_id, char_start, char_end, region_code FROM region_mentions WHERE article_id IN {articles}",
    "entities": "SELECT article_id, char_start, char_end, type, name FROM entities WHERE article_id IN {articles}",
}
# What an article page is made of: the article (its id holds its document's content hash), the code that
# analysed it and the file it came from. The same key renders the same page, so a build reuses the pages of
# the articles it did not touch (page_cache) and renders only the new ones.
PAGE_KEYS = ("SELECT a.article_id, md5(concat_ws('|', a.article_id, p.analysis_version, d.source_path)) AS page_key "
             "FROM articles a JOIN raw_documents d USING (document_id) LEFT JOIN processed_documents p USING (document_id) "
             f"WHERE a.article_id IN {CITED_ARTICLES} ORDER BY a.article_id")
RENDERERS = (Path(__file__), Path(shape.__file__), DICTIONARY)  # a change to any of these renders every page again


def read_frames(con) -> dict[str, pl.DataFrame]:
    """Every frame the report's sections need, plus row counts per table."""
    frames = {name: con.sql(query).pl() for name, query in QUERIES.items()}
    tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").fetchall()]
    frames["dictionary"] = read_dictionary()
    frames["row_counts"] = pl.DataFrame({"table": tables, "rows": [con.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0] for t in tables]})
    return frames


def page_cache(target: Path) -> Path:
    """The article pages of the last report written to `target`, by page key (a hidden file beside it)."""
    return target.with_name(f".{target.name}.pages.parquet")


def _renderer_version() -> str:
    return hashlib.sha256(b"".join(path.read_bytes() for path in RENDERERS)).hexdigest()[:16]


NO_PAGES = pl.DataFrame(schema={"page_key": pl.String, "html": pl.String})


def _cached_pages(cache: Path, renderer: str) -> pl.DataFrame:
    """page_key, html of the cache, if this renderer wrote it; NO_PAGES when there is none or it is unreadable.
    The pages stay in polars (UTF-8, written to the report as bytes): as Python strings they cost 0.1 s."""
    try:
        pages = pl.read_parquet(cache)
    except (OSError, pl.exceptions.PolarsError):
        return NO_PAGES
    if (pages.columns != ["page_key", "html", "renderer"] or not pages.height or pages["renderer"][0] != renderer
            or pages["page_key"].is_duplicated().any()):
        return NO_PAGES
    return pages.select("page_key", "html")


@dataclass
class PagesToRender:
    """What the article pages need from the warehouse: every cited article's page key, the cached pages, and the
    rows of the articles whose page is not cached (read while connected; rendered after the connection closed,
    so DuckDB's buffers are gone by then)."""

    keys: pl.DataFrame  # article_id, page_key, in article order
    renderer: str
    cached: pl.DataFrame  # page_key, html
    rows: dict[str, pl.DataFrame] | None  # PAGE_QUERIES' frames of the articles to render, None if none


def pages_to_render(con, cache: Path | None) -> PagesToRender:
    keys = con.sql(PAGE_KEYS).pl()
    renderer = _renderer_version()
    cached = _cached_pages(cache, renderer) if cache else NO_PAGES
    missing = keys.join(cached, on="page_key", how="anti", maintain_order="left")
    rows = None
    if missing.height == keys.height and keys.height:
        rows = {name: con.sql(query.format(articles=CITED_ARTICLES)).pl() for name, query in PAGE_QUERIES.items()}
    elif missing.height:
        ids = missing["article_id"].to_list()
        rows = {name: con.sql(query.format(articles=_OF_IDS), params=[ids]).pl() for name, query in PAGE_QUERIES.items()}
    return PagesToRender(keys, renderer, cached, rows)


def article_pages_html(todo: PagesToRender, dictionary: pl.DataFrame, cache: Path | None) -> pl.Series:
    """The article pages of every cited article, in article order: those of an unchanged key from the cache,
    the others rendered from their rows; the cache is then rewritten with exactly these pages, unless it holds
    exactly these already (a build that changed no cited article: 0.1 s of CPU not spent)."""
    if todo.rows is None and todo.cached["page_key"].equals(todo.keys["page_key"]):
        return todo.cached["html"]
    rendered = _rendered(todo, dictionary) if todo.rows is not None else NO_PAGES
    if rendered["page_key"].equals(todo.keys["page_key"]):  # every page rendered (no cache): no copy of them in article order
        pages = rendered
    else:
        pages = todo.keys.join(pl.concat([todo.cached, rendered]), on="page_key", how="left", maintain_order="left").select("page_key", "html")
    if cache:
        _write_cache(cache, pages, todo.renderer)
    return pages["html"]


def _rendered(todo: PagesToRender, dictionary: pl.DataFrame) -> pl.DataFrame:
    """page_key, html of the pages of todo.rows, moved into polars CACHE_ROWS_PER_GROUP pages at a time: never
    all of them as Python strings and in polars at once."""
    key_of = dict(todo.keys.iter_rows())
    pages, parts = article_pages({**todo.rows, "dictionary": dictionary}), [NO_PAGES]
    while done := list(islice(pages, CACHE_ROWS_PER_GROUP)):
        parts.append(pl.DataFrame({"page_key": [key_of[article_id] for article_id, _ in done], "html": [page for _, page in done]},
                                  schema=NO_PAGES.schema))
    return pl.concat(parts, rechunk=False)


CACHE_ROWS_PER_GROUP = 2_000  # written a row group at a time: a whole column of pages would be one more copy of them


def _write_cache(cache: Path, pages: pl.DataFrame, renderer: str) -> None:
    # polars writes the frame it holds (no pyarrow table: pa.table imports pandas, 0.6 s); snappy takes half zstd's CPU
    staging = cache.with_name(cache.name + ".writing")
    pages.with_columns(renderer=pl.lit(renderer)).write_parquet(staging, compression="snappy", row_group_size=CACHE_ROWS_PER_GROUP)
    staging.replace(cache)


def _write_pages(out, pages: pl.Series) -> None:
    # as UTF-8 bytes, a slice of pages at a time: a Python string per page would decode 30 MB and encode it again
    for start in range(0, pages.len(), CACHE_ROWS_PER_GROUP):
        out.write(pages.slice(start, CACHE_ROWS_PER_GROUP).str.join("").cast(pl.Binary).item())


def read_dictionary(path: Path = DICTIONARY) -> pl.DataFrame:
    """indicators.csv ('#' comment lines, then csv): indicator, definition, includes, excludes, examples, unit_kinds, counted_in,
    measured_in."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return pl.DataFrame(list(csv.DictReader(lines)))


_NEEDS_ESCAPE = re.compile("[&<>\"']")


def _e(value) -> str:
    if value is None:
        return ""
    text = str(value)
    return html.escape(text) if _NEEDS_ESCAPE.search(text) else text  # most cells are plain Chinese text: no copies


def _num(value) -> str:
    return shape.format_value(value) if isinstance(value, (int, float)) or value is None else _e(value)


def _link(article_id, text: str) -> str:  # a number that opens its article page
    return f'<a class="num" href="#article-{_e(article_id)}">{text}</a>' if article_id else text


def _table(headers: list[str], rows: list[list[str]], *, cls: str = "") -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _figure(name: str, figure: dict) -> str:
    return f'<div class="fig" id="fig-{name}"></div><script type="application/json" class="figdata" data-target="fig-{name}">{_json(figure)}</script>'


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str).replace("</", "<\\/")


def section_map(f, geo) -> str:
    layers = shape.map_layers(f["values"], f["indicators"], f["regions"], order=f["dictionary"]["indicator"].to_list())
    options = "".join(f"<li><b>{_e(layer['label'])}</b>: {_e(layer['caption'].split(': ', 1)[-1].replace('<br>', ' '))}</li>" for layer in layers)
    return ("<p>选择图层 Choose in the menu what the colour shows; the title above the map says it. Provinces are shaded, "
            "prefecture-level cities are bubbles. The first options count <b>values an analyst can cite</b> "
            "(<code>mart_indicator_values</code>: one row per region, indicator, subject, kind, status, period year and unit), "
            "actuals and targets apart; the last ones count articles and statements (sentences giving a number), not values.</p>"
            + _figure("map", shape.china_map(layers, f["regions"], geo))
            + f"<details><summary>图层说明 what each option shows</summary><ul>{options}</ul></details>")


def _status(value) -> str:
    return f'<span class="badge {_e(value)}">{_e(shape.STATUS_LABELS.get(value, value))}</span>' if value else ""


def _kind(kind, share_of=None) -> str:
    return _e(kind) + (f" of {_e(share_of)}" if share_of else "")


def _indicator(name, definitions: dict) -> str:  # the name, its definition as a tooltip, a link to the data dictionary
    return f'<a class="ind" href="#dict-{_e(name)}" title="{_e(definitions.get(name, ""))}">{_e(name)}</a>' if name else ""


def _value(r) -> str:
    shown = _num(r["value"]) + (f"–{_num(r['value_to'])}" if r.get("value_to") is not None and r["value_to"] != r["value"] else "")
    return f'<a class="num" href="#article-{_e(r["article_id"])}" title="{_e(r.get("sentence"))}">{shown}</a>' if r["article_id"] else shown


def _sources(r) -> str:
    spread = (f' <span class="spread" title="sources disagree">{_num(r["value_min"])}–{_num(r["value_max"])}</span>'
              if r["value_min"] is not None and r["value_max"] is not None and r["value_min"] != r["value_max"] else "")
    statements = f' <span class="muted">({_num(r["n_statements"])} statements)</span>' if r["n_statements"] != r["n_sources"] else ""
    return f'{_num(r["n_sources"])}{statements}{spread}'


VALUE_HEADERS = ["地区 region", "indicator", "subject", "value", "unit", "status", "kind", "period year", "sources (range)", "chosen because",
                 "published", "file"]


def _value_rows(values: pl.DataFrame, definitions: dict) -> list[list[str]]:
    return [[_e(r["region_name"] or r["region_code"]), _indicator(r["indicator"], definitions), _e(r["subject"]), _value(r), _e(r["unit"]),
             _status(r["status"]), _kind(r["kind"], r["share_of"]), _e(r["period_year"]), _sources(r), _e(r["chosen_because"]),
             _e(r["published_date"]), _e(r["source_path"])] for r in values.iter_rows(named=True)]


def section_indicators(f, geo) -> str:
    values, definitions = f["values"], dict(f["dictionary"].select("indicator", "definition").iter_rows())
    actual, other = values.filter(pl.col("status") == "actual"), values.filter(pl.col("status") != "actual")
    counts = " · ".join(f"{_status(s)} {n}" for s, n in values.group_by("status").len().sort("status").iter_rows())
    return ("<p>One row per value an analyst can cite (<code>mart_indicator_values</code>): region, indicator, subject, kind "
            "(level, change, share of …, rank), status and period year; the value is the most recently published statement "
            "(<i>chosen because</i> says why), <i>sources</i> counts articles and shows the range when they disagree. "
            "Each value links to its article. Actuals and targets are separate tables, never one column. "
            f"Hover an indicator for its definition (<a href=\"#dictionary\">data dictionary</a>). {counts}</p>"
            f'<h3 id="values-actual">实际值 Actuals (status actual): {actual.height}</h3>'
            + _table(VALUE_HEADERS, _value_rows(actual, definitions), cls="values actual")
            + f'<h3 id="values-target">目标、预测与规划 Targets, forecasts and plans (not achievements): {other.height}</h3>'
            + (_table(VALUE_HEADERS, _value_rows(other, definitions), cls="values target") if other.height else "<p>None.</p>"))


def section_dictionary(f, geo) -> str:
    rows = [[f'<span id="dict-{_e(r["indicator"])}"><b>{_e(r["indicator"])}</b></span>', _e(r["definition"]), _e(r["includes"]), _e(r["excludes"]),
             _e(r["examples"]), _e((r["unit_kinds"] or "").replace("|", ", ")), _e((r.get("counted_in") or "").replace("|", " ")),
             _e((r.get("measured_in") or "").replace("|", " "))]
            for r in f["dictionary"].iter_rows(named=True)]
    return ("<p>What each indicator class counts or measures (<code>transforms/lexicons/indicators.csv</code>). A fact's class comes "
            "from the head of its subject and must fit the unit kinds (a count or quantity, the units its things are counted or measured in); "
            "<i>kind</i> says whether a value is a level, a change (增长12%), a share (占GDP比重) or a rank; <i>status</i> whether "
            "it is an actual, a target (力争, 目标), a forecast (预计) or a plan.</p>"
            + _table(["indicator", "definition", "includes", "excludes", "examples", "unit kinds", "counted in", "measured in"], rows,
                     cls="dictionary"))


def section_platforms(f, geo) -> str:
    part = f["platform_list"]
    rows = [[_e(r["platform_type"]), f'<b>{_e(r["platform_name"])}</b>',
             _e("、".join(n for n in (r["names"] or "").split("、") if n != r["platform_name"])),
             _e(r["region_name"] or r["region_code"]) + ("" if r["is_region_located"] else ' <span class="muted">(from its articles)</span>'),
             _link(r["example_article_id"], _num(r["n_articles"])), _e(r["first_published"]), _e(r["last_published"])]
            for r in part.iter_rows(named=True)]
    return ("<p>Each platform once (<code>int_platforms</code>), under its canonical name, with the other names it is written as, "
            "in its one region; the chart counts distinct platforms per province (<code>mart_region_platforms</code>, a platform "
            f"in 杭州 counts for 浙江). {part.height} platforms.</p>"
            + _figure("platforms", shape.platforms_chart(f["platforms"]))
            + "<details open><summary>平台列表 the platforms</summary>"
            + _table(["type", "platform (canonical name)", "also written as", "located in", "articles", "first seen", "last seen"], rows, cls="platforms")
            + "</details>")


def section_topics(f, geo) -> str:
    return _figure("topics", shape.topics_heatmap(f["topics"]))


def section_links(f, geo) -> str:
    rows = [[_e(r["region_a_name"]), _e(r["region_b_name"]), _link(r["example_article_id"], _num(r["n_sentences"])), _num(r["n_articles"]), _e(r["example_sentence"])]
            for r in f["links"].iter_rows(named=True)]
    return _figure("links", shape.link_map(f["links"], f["regions"], geo)) + _table(["region", "region", "sentences", "articles", "example sentence"], rows)


def section_yearly(f, geo) -> str:
    return _figure("yearly", shape.yearly_chart(f["yearly"]))


def section_quality(f, geo) -> str:
    counts = _table(["table", "rows"], [[_e(t), _num(n)] for t, n in f["row_counts"].iter_rows()])
    rejected = f["rejected"]
    rejected_html = (_table(["file", "reason", "detected"], [[_e(p), _e(r), _e(d)] for p, r, d in rejected.iter_rows()])
                     if rejected.height else "<p>没有被拒绝的文件 No rejected files.</p>")
    scans = _table(["scanned", "folder", "files", "new documents", "rejected"], [[_e(c) for c in row] for row in f["scans"].iter_rows()])
    return f'<div class="cols"><div><h3>Rows per table</h3>{counts}</div><div><h3>Rejected files</h3>{rejected_html}<h3>Recent scans</h3>{scans}</div></div>'


SECTIONS = [  # (anchor, title, renderer): add a mart by adding a query above and an entry here
    ("map", "地图 Map of indicators by province", section_map),
    ("indicators", "指标 Indicator values to cite: actuals and targets", section_indicators),
    ("dictionary", "指标定义 Data dictionary: indicator classes", section_dictionary),
    ("platforms", "平台 Platforms by type and region", section_platforms),
    ("topics", "领域 Topics by region", section_topics),
    ("links", "合作 Region cooperation network", section_links),
    ("yearly", "年度 Articles by year", section_yearly),
    ("quality", "数据质量 Data quality", section_quality),
]


def article_pages(f):
    """(article_id, page) per article of f["articles"]: a hidden section with the highlighted body and its facts beside it."""
    by = {name: defaultdict(list) for name in ("facts", "mentions", "entities")}
    for name, rows in by.items():
        for row in f[name].iter_rows(named=True):
            rows[row["article_id"]].append(row)
    definitions = dict(f["dictionary"].select("indicator", "definition").iter_rows())
    for art in f["articles"].iter_rows(named=True):
        parts = {name: by[name].get(art["article_id"], []) for name in by}
        pieces = shape.highlight_segments(art["body"] or "", shape.article_spans(parts["facts"], parts["mentions"], parts["entities"]))
        body = "".join(_e(t) if k is None else f'<mark class="{k}" title="{_e(label)}">{_e(t)}</mark>' for t, k, label in pieces)
        facts = [[_num(r["value"]) + (f"–{_num(r['value_max'])}" if r["value_max"] is not None and r["value_max"] != r["value"] else "")
                  + f' <span class="unit">{_e(r["unit"])}</span>', _status(r["status"]), _kind(r["kind"], r["share_of"]), _e(r["period_year"]), _indicator(r["indicator"], definitions),
                  _e(r["subject"]), _e(r["region_name"] or r["region_code"]), _e(r["mention"]), _e(r["source_path"])]
                 for r in parts["facts"]]
        meta = " · ".join(_e(v) for v in (art["source_name"], art["published_date"], f'file {art["source_path"]}', art["article_id"]) if v)
        yield art["article_id"], (
            f'<section class="article" id="article-{_e(art["article_id"])}"><p><a href="#top">← back to the report</a></p>'
            f'<h2>{_e(art["title"])}</h2><p class="meta">{meta}</p>'
            f'<p class="legend"><mark class="fact">fact</mark> <mark class="entity">platform / organisation</mark> <mark class="region">region</mark></p>'
            f'<div class="cols"><div class="body">{body}</div><div>{_table(["value unit", "status", "kind", "year", "indicator", "subject", "region", "mention", "file"], facts, cls="facts")}</div></div></section>')


def render(frames: dict[str, pl.DataFrame], *, title: str = "创新指标报告 Regional innovation report") -> tuple[str, str]:
    """The page before the article pages (head and sections from `frames`) and after them (data and script):
    the article pages go between, written one by one rather than joined into one more copy of the page."""
    from plotly.offline import get_plotlyjs

    geo = json.loads((ASSETS / "china_provinces.geojson").read_text(encoding="utf-8"))
    nav = " · ".join(f'<a href="#{a}">{_e(t)}</a>' for a, t, _ in SECTIONS)
    sections = "".join(f'<section class="part" id="{a}"><h2>{_e(t)}</h2>{fn(frames, geo)}</section>' for a, t, fn in SECTIONS)
    css = (ASSETS / "report.css").read_text(encoding="utf-8")
    script = (ASSETS / "report.js").read_text(encoding="utf-8")
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{_e(title)}</title><style>{css}</style>'
            f"<script>{get_plotlyjs()}</script></head><body><main id=\"top\"><h1>{_e(title)}</h1><nav>{nav}</nav>{sections}</main>",
            f'<script type="application/json" id="china-provinces">{_json(geo)}</script><script>{script}</script></body></html>')


def default_output(warehouse: Path) -> Path:
    return warehouse.with_name("report.html")


def write_report(warehouse: Path, output: Path | None = None) -> Path:
    """Read the published warehouse, write the report (atomically) and return its path."""
    target = output or default_output(warehouse)
    cache = page_cache(target)
    with open_reader(warehouse) as con:
        frames = read_frames(con)
        todo = pages_to_render(con, cache)
    pages = article_pages_html(todo, frames["dictionary"], cache)
    del todo  # the rows of the rendered pages
    staging = target.with_name(f".{target.name}.writing")
    before, after = render(frames)
    with staging.open("wb") as out:
        out.write(before.encode())
        _write_pages(out, pages)
        out.write(after.encode())
    staging.replace(target)
    return target


@dg.asset(deps=["publish_warehouse"], group_name="publish", kinds={"html"}, pool=POOL)
def report(warehouse: WarehouseResource, validator: GreatExpectations) -> dg.MaterializeResult:
    """The self-contained HTML report of the published warehouse (report.html beside it)."""
    validator.render_pending_docs()  # the pages of the mart checks, while the report is written
    started = time.perf_counter()
    published = Path(warehouse.published or warehouse.database)
    target = write_report(published)
    return dg.MaterializeResult(metadata={"report": dg.MetadataValue.path(str(target)), "bytes": target.stat().st_size,
                                          "seconds": round(time.perf_counter() - started, 2)})
