"""The report's content from mart frames: figures (plain plotly JSON), table rows and highlighted article bodies.

Pure: polars frames and dicts in, dicts and lists out. No plotly import (a figure is its JSON), no I/O;
orchestration/report.py reads the marts and writes the page.
"""

from __future__ import annotations

import polars as pl

INDICATOR_LABELS = {
    "n_articles": "报道数 articles (rolled up)",
    "n_articles_mentioning": "提及报道数 articles mentioning",
    "n_mentions": "提及次数 mentions",
    "n_facts": "数据点 facts (all indicators)",
    "n_facts_platforms": "平台 platforms facts",
    "n_facts_enterprises": "企业 enterprises facts",
    "n_facts_projects": "项目 projects facts",
    "n_facts_funding": "资金 funding facts",
    "n_facts_output": "产值 output facts",
    "n_facts_rd_intensity": "研发强度 R&D intensity facts",
    "n_facts_rd_expenditure": "研发投入 R&D expenditure facts",
    "n_facts_tech_contracts": "技术合同 tech contracts facts",
    "n_facts_talent": "人才 talent facts",
    "n_facts_patents": "专利 patents facts",
}
SPAN_PRIORITY = {"fact": 0, "entity": 1, "region": 2}  # a fact wins over an entity or region it overlaps
GEOJSON_REF = "@china-provinces"  # the page inlines the map once; figures refer to it by this name
FONT = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"


def format_value(value) -> str:
    """A number as a Chinese reader writes it: 3.8e11 → 3,800亿, 5e7 → 5,000万, 22.0 → 22."""
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:,}"
    for size, word in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if abs(value) >= size:
            return f"{value / size:,.6g}{word}"
    return f"{value:,.6g}"


def map_indicators(indicators: pl.DataFrame) -> list[str]:
    """The numeric columns of mart_region_indicators a map can show, in label order, new ones last."""
    numeric = [c for c, t in indicators.schema.items() if c.startswith("n_") and t.is_numeric()]
    return [c for c in INDICATOR_LABELS if c in numeric] + [c for c in numeric if c not in INDICATOR_LABELS]


def china_map(indicators: pl.DataFrame, regions: pl.DataFrame, geojson: dict) -> dict:
    """A choropleth of provinces plus city bubbles, one pair of traces per indicator and a selector between them."""
    columns = map_indicators(indicators)
    shapes = pl.DataFrame({"region_code": [f["properties"]["adcode"] for f in geojson["features"]],
                           "shape_name": [f["properties"]["name"] for f in geojson["features"]]})
    provinces = shapes.join(indicators.filter(pl.col("level") == "province"), on="region_code", how="left").with_columns(
        pl.col("name").fill_null(pl.col("shape_name")))  # every province is drawn, those without data at 0
    cities = indicators.filter(pl.col("level") == "prefecture").join(regions.select("region_code", "lat", "lon"), on="region_code", how="inner")
    traces, buttons = [], []
    for i, column in enumerate(columns):
        label = INDICATOR_LABELS.get(column, column)
        traces.append({
            "type": "choropleth", "geojson": GEOJSON_REF, "featureidkey": "properties.adcode", "visible": i == 0,
            "locations": provinces["region_code"].to_list(), "z": provinces[column].fill_null(0).to_list(),
            "text": provinces["name"].to_list(), "hovertemplate": "%{text}: %{z}<extra>" + label + "</extra>",
            "colorscale": "Blues", "reversescale": True, "zmin": 0, "marker": {"line": {"color": "#888", "width": 0.5}}, "colorbar": {"title": {"text": ""}, "len": 0.6},
            "name": label,
        })
        values = cities[column].fill_null(0).to_list()
        top = max(values, default=0) or 1
        traces.append({
            "type": "scattergeo", "lat": cities["lat"].to_list(), "lon": cities["lon"].to_list(), "visible": i == 0,
            "text": [f"{n}: {v}" for n, v in zip(cities["name"].to_list(), values)], "hoverinfo": "text", "mode": "markers",
            "marker": {"size": [4 + 20 * (v / top) ** 0.5 for v in values], "color": "#d6604d", "opacity": 0.7, "line": {"width": 0.5, "color": "#fff"}},
            "name": "城市 cities", "showlegend": False,
        })
        visible = [False] * (2 * len(columns))
        visible[2 * i] = visible[2 * i + 1] = True
        buttons.append({"label": label, "method": "update", "args": [{"visible": visible}]})
    layout = {
        "geo": {"fitbounds": "locations", "visible": False, "projection": {"type": "mercator"}},
        "updatemenus": [{"buttons": buttons, "direction": "down", "x": 0, "y": 1.12, "xanchor": "left", "showactive": True}],
        "margin": {"l": 0, "r": 0, "t": 40, "b": 0}, "height": 560, "font": {"family": FONT},
    }
    return {"data": traces, "layout": layout}


def link_map(links: pl.DataFrame, regions: pl.DataFrame, geojson: dict) -> dict:
    """The cooperation network drawn on the map: a line per region pair, width by cooperation sentences."""
    coords = {code: (lat, lon) for code, lat, lon in regions.select("region_code", "lat", "lon").iter_rows()}
    traces = [{"type": "choropleth", "geojson": GEOJSON_REF, "featureidkey": "properties.adcode", "locations": [f["id"] for f in geojson["features"]],
               "z": [0] * len(geojson["features"]), "colorscale": [[0, "#f4f4f4"], [1, "#f4f4f4"]], "showscale": False, "hoverinfo": "skip",
               "marker": {"line": {"color": "#aaa", "width": 0.5}}}]
    top = max(links["n_sentences"].to_list(), default=1) or 1
    nodes = {}
    for a, an, b, bn, n in links.select("region_a", "region_a_name", "region_b", "region_b_name", "n_sentences").iter_rows():
        if a not in coords or b not in coords or None in coords[a] + coords[b]:
            continue
        nodes[a], nodes[b] = an, bn
        traces.append({"type": "scattergeo", "mode": "lines", "lat": [coords[a][0], coords[b][0]], "lon": [coords[a][1], coords[b][1]],
                       "line": {"width": 1 + 6 * n / top, "color": "#2166ac"}, "opacity": 0.6, "hoverinfo": "text",
                       "text": f"{an} – {bn}: {n} sentences", "showlegend": False})
    traces.append({"type": "scattergeo", "mode": "markers+text", "lat": [coords[c][0] for c in nodes], "lon": [coords[c][1] for c in nodes],
                   "text": list(nodes.values()), "textposition": "top center", "marker": {"size": 7, "color": "#b2182b"},
                   "hoverinfo": "text", "showlegend": False})
    return {"data": traces, "layout": {"geo": {"fitbounds": "locations", "visible": False, "projection": {"type": "mercator"}},
                                       "margin": {"l": 0, "r": 0, "t": 10, "b": 0}, "height": 480, "font": {"family": FONT}}}


def platforms_chart(platforms: pl.DataFrame) -> dict:
    """Stacked bars: distinct platforms per province, by platform type."""
    counts = (platforms.filter(pl.col("region_level") == "province").group_by("region_name", "platform_type").len()
              .sort("region_name", "platform_type"))
    traces = [{"type": "bar", "name": kind, "x": part["region_name"].to_list(), "y": part["len"].to_list()}
              for (kind,), part in counts.group_by(["platform_type"], maintain_order=True)]
    return {"data": traces, "layout": {"barmode": "stack", "height": 420, "font": {"family": FONT}, "margin": {"t": 20},
                                       "yaxis": {"title": {"text": "平台数 platforms"}}}}


def topics_heatmap(topics: pl.DataFrame) -> dict:
    """Heatmap of articles per (province, topic)."""
    part = topics.filter(pl.col("region_level") == "province")
    regions = sorted(set(part["region_name"].to_list()))
    names = sorted(set(part["topic"].to_list()))
    cell = {(r, t): n for r, t, n in part.select("region_name", "topic", "n_articles").iter_rows()}
    z = [[cell.get((r, t), 0) for t in names] for r in regions]
    return {"data": [{"type": "heatmap", "x": names, "y": regions, "z": z, "colorscale": "Blues", "reversescale": True, "hovertemplate": "%{y} · %{x}: %{z} articles<extra></extra>"}],
            "layout": {"height": max(300, 28 * len(regions) + 120), "font": {"family": FONT}, "margin": {"t": 20, "b": 120}}}


def yearly_chart(yearly: pl.DataFrame, *, top: int = 8) -> dict:
    """Lines of articles per year for the provinces (and macro-regions) with the most articles."""
    part = yearly.filter(pl.col("region_level").is_in(["province", "macro"]))
    leaders = part.group_by("region_name").agg(pl.col("n_articles").sum()).sort("n_articles", "region_name", descending=[True, False]).head(top)
    traces = []
    for name in leaders["region_name"].to_list():
        series = part.filter(pl.col("region_name") == name).sort("year")
        traces.append({"type": "scatter", "mode": "lines+markers", "name": name, "x": series["year"].to_list(), "y": series["n_articles"].to_list()})
    return {"data": traces, "layout": {"height": 380, "font": {"family": FONT}, "margin": {"t": 20},
                                       "xaxis": {"title": {"text": "年份 year"}, "dtick": 1}, "yaxis": {"title": {"text": "报道数 articles"}}}}


def highlight_segments(body: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[str, str | None, str | None]]:
    """Cut `body` into (text, kind, label) pieces by (start, end, kind, label) spans; kind None is plain text.

    Overlapping spans are resolved by priority (fact, entity, region), then by start: a span that overlaps
    one already placed is dropped, so every character is shown once.
    """
    placed: list[tuple[int, int, str, str]] = []
    for start, end, kind, label in sorted(spans, key=lambda s: (SPAN_PRIORITY.get(s[2], 9), s[0], -s[1])):
        if 0 <= start < end <= len(body) and all(end <= s or start >= e for s, e, _, _ in placed):
            placed.append((start, end, kind, label))
    pieces, cursor = [], 0
    for start, end, kind, label in sorted(placed):
        if start > cursor:
            pieces.append((body[cursor:start], None, None))
        pieces.append((body[start:end], kind, label))
        cursor = end
    if cursor < len(body):
        pieces.append((body[cursor:], None, None))
    return pieces


def article_spans(facts: pl.DataFrame, mentions: pl.DataFrame, entities: pl.DataFrame) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, label) of one article's facts, entities and region mentions."""
    spans = [(s, e, "fact", f"{ind}: {v:g} {u or ''}".strip()) for s, e, ind, v, u in
             facts.select("char_start", "char_end", "indicator", "value", "unit").iter_rows() if v is not None]
    spans += [(s, e, "entity", t) for s, e, t in entities.select("char_start", "char_end", "type").iter_rows()]
    spans += [(s, e, "region", c) for s, e, c in mentions.select("char_start", "char_end", "region_code").iter_rows()]
    return spans
