"""The analyst's report: one self-contained HTML file (plotly.js, the map and the data inlined; opens offline).

Read through orchestration.readonly.open_reader; shaped by transforms.report; each section is an entry of
SECTIONS (a title and a function from the frames to HTML), so a new mart is a new entry. Every value links
to its article page (`#article-<id>`), a hidden section that CSS shows when it is the URL's target.
"""


import html
import json
import time
from pathlib import Path

import dagster as dg
import polars as pl

from orchestration.readonly import open_reader
from orchestration.resources import WarehouseResource
from orchestration.settings import POOL
from transforms import report as shape

ASSETS = Path(__file__).resolve().parent / "report_assets"
QUERIES = {
    "indicators": "SELECT * FROM mart_region_indicators",
    "yearly": "SELECT * FROM mart_region_indicators_yearly",
    "facts_latest": "SELECT f.*, r.name AS region_name FROM mart_facts_latest f LEFT JOIN regions r USING (region_code) ORDER BY r.province_code, f.region_code, f.indicator, f.subject",
    "platforms": "SELECT * FROM mart_region_platforms",
    "topics": "SELECT * FROM mart_region_topics",
    "links": "SELECT * FROM mart_region_links ORDER BY n_sentences DESC, region_a, region_b",
    "regions": "SELECT region_code, name, level, lat, lon FROM regions",
    "articles": "SELECT a.article_id, a.title, a.source_name, a.published_date, a.region_code, a.body, d.source_path FROM articles a JOIN raw_documents d USING (document_id) WHERE a.article_id IN (SELECT article_id FROM int_canonical_articles) ORDER BY a.article_id",
    "facts": "SELECT f.*, d.source_path, r.name AS region_name FROM facts f JOIN articles a USING (article_id) JOIN raw_documents d USING (document_id) LEFT JOIN regions r ON r.region_code = f.region_code ORDER BY f.article_id, f.char_start",
    "mentions": "SELECT article_id, char_start, char_end, region_code FROM region_mentions",
    "entities": "SELECT article_id, char_start, char_end, type, name FROM entities",
    "rejected": "SELECT source_path, reason, detected_at FROM rejected_documents ORDER BY source_path",
    "scans": "SELECT scanned_at, source_folder, n_files, n_new_documents, n_rejected FROM source_scans ORDER BY scanned_at DESC LIMIT 5",
}


def read_frames(warehouse: Path) -> dict[str, pl.DataFrame]:
    """Every frame the report needs, plus row counts per table, on a locked-down read-only connection."""
    with open_reader(warehouse) as con:
        frames = {name: con.sql(query).pl() for name, query in QUERIES.items()}
        tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").fetchall()]
        frames["row_counts"] = pl.DataFrame({"table": tables, "rows": [con.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0] for t in tables]})
    return frames


def _e(value) -> str:
    return "" if value is None else html.escape(str(value))


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
    return ("<p>选择指标 Choose the indicator in the menu: provinces are shaded, prefecture-level cities are bubbles.</p>"
            + _figure("map", shape.china_map(f["indicators"], f["regions"], geo)))


def section_indicators(f, geo) -> str:
    rows = [[_e(r["region_name"] or r["region_code"]), _e(r["indicator"]), _e(r["subject"]), _link(r["article_id"], _num(r["value"])), _e(r["unit"]),
             _e(r["qualifier"]), _e(r["period"]), _e(r["published_date"]), _num(r["n_statements"]), _e(r["source_name"]), _e(r["source_path"])]
            for r in f["facts_latest"].iter_rows(named=True)]
    return _table(["地区 region", "indicator", "subject", "value", "unit", "qualifier", "period", "published", "statements", "source", "file"], rows, cls="sortable")


def section_platforms(f, geo) -> str:
    part = f["platforms"].filter(pl.col("region_level") == "province").sort("region_name", "platform_type", "platform_name")
    rows = [[_e(r["region_name"]), _e(r["platform_type"]), _e(r["platform_name"]), _link(r["example_article_id"], _num(r["n_articles"]))] for r in part.iter_rows(named=True)]
    return _figure("platforms", shape.platforms_chart(f["platforms"])) + "<details><summary>平台列表 the platforms</summary>" + _table(["province", "type", "platform", "articles"], rows) + "</details>"


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
    ("indicators", "指标 Indicator values with sources", section_indicators),
    ("platforms", "平台 Platforms by type and region", section_platforms),
    ("topics", "领域 Topics by region", section_topics),
    ("links", "合作 Region cooperation network", section_links),
    ("yearly", "年度 Articles by year", section_yearly),
    ("quality", "数据质量 Data quality", section_quality),
]


def article_pages(f) -> str:
    """One hidden section per article: highlighted body, and its facts beside it."""
    by = {name: dict(f[name].group_by("article_id").__iter__()) for name in ("facts", "mentions", "entities")}
    empty = {name: f[name].clear() for name in by}
    pages = []
    for art in f["articles"].iter_rows(named=True):
        key = (art["article_id"],)
        parts = {name: by[name].get(key, empty[name]) for name in by}
        pieces = shape.highlight_segments(art["body"] or "", shape.article_spans(parts["facts"], parts["mentions"], parts["entities"]))
        body = "".join(_e(t) if k is None else f'<mark class="{k}" title="{_e(label)}">{_e(t)}</mark>' for t, k, label in pieces)
        facts = [[_num(r["value"]), _e(r["unit"]), _e(r["indicator"]), _e(r["region_name"] or r["region_code"]), _e(r["mention"]), _e(r["source_path"])]
                 for r in parts["facts"].iter_rows(named=True)]
        pages.append(
            f'<section class="article" id="article-{_e(art["article_id"])}"><p><a href="#top">← back to the report</a></p>'
            f'<h2>{_e(art["title"])}</h2><p class="meta">{_e(art["source_name"])} · {_e(art["published_date"])} · file {_e(art["source_path"])} · {_e(art["article_id"])}</p>'
            f'<p class="legend"><mark class="fact">fact</mark> <mark class="entity">platform / organisation</mark> <mark class="region">region</mark></p>'
            f'<div class="cols"><div class="body">{body}</div><div>{_table(["value", "unit", "indicator", "region", "mention", "file"], facts)}</div></div></section>')
    return "".join(pages)


def render(frames: dict[str, pl.DataFrame], *, title: str = "创新指标报告 Regional innovation report") -> str:
    """The whole page as one string."""
    from plotly.offline import get_plotlyjs

    geo = json.loads((ASSETS / "china_provinces.geojson").read_text(encoding="utf-8"))
    nav = " · ".join(f'<a href="#{a}">{_e(t)}</a>' for a, t, _ in SECTIONS)
    sections = "".join(f'<section class="part" id="{a}"><h2>{_e(t)}</h2>{fn(frames, geo)}</section>' for a, t, fn in SECTIONS)
    css = (ASSETS / "report.css").read_text(encoding="utf-8")
    script = (ASSETS / "report.js").read_text(encoding="utf-8")
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{_e(title)}</title><style>{css}</style>'
            f"<script>{get_plotlyjs()}</script></head><body><main id=\"top\"><h1>{_e(title)}</h1><nav>{nav}</nav>{sections}</main>"
            f'{article_pages(frames)}<script type="application/json" id="china-provinces">{_json(geo)}</script><script>{script}</script></body></html>')


def default_output(warehouse: Path) -> Path:
    return warehouse.with_name("report.html")


def write_report(warehouse: Path, output: Path | None = None) -> Path:
    """Read the published warehouse, write the report (atomically) and return its path."""
    frames = read_frames(warehouse)
    target = output or default_output(warehouse)
    staging = target.with_name(f".{target.name}.writing")
    staging.write_text(render(frames), encoding="utf-8")
    staging.replace(target)
    return target


@dg.asset(deps=["publish_warehouse"], group_name="publish", kinds={"html"}, pool=POOL)
def report(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The self-contained HTML report of the published warehouse (report.html beside it)."""
    started = time.perf_counter()
    published = Path(warehouse.published or warehouse.database)
    target = write_report(published)
    return dg.MaterializeResult(metadata={"report": dg.MetadataValue.path(str(target)), "bytes": target.stat().st_size,
                                          "seconds": round(time.perf_counter() - started, 2)})
