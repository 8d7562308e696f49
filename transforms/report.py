"""The report's content from mart frames: figures (plain plotly JSON), table rows and highlighted article bodies.

Pure: polars frames and dicts in, dicts and lists out. No plotly import (a figure is its JSON), no I/O;
orchestration/report.py reads the marts and writes the page.
"""

from __future__ import annotations

import polars as pl

INDICATOR_LABELS = {  # mart_region_indicators columns the map keeps: counts of articles and of statements, labelled as such
    "n_articles": "报道数 articles (rolled up)",
    "n_statements": "陈述 statements with a number (all indicators; sentences, not values)",
}
STATUS_LABELS = {"actual": "实际 actual", "target": "目标 target", "forecast": "预测 forecast", "plan": "规划 plan"}
KIND_LABELS = {"level": "level", "change": "change", "share": "share", "rank": "rank"}
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


def _province_and_city(values: pl.DataFrame, regions: pl.DataFrame) -> pl.DataFrame:
    """Each value's province and prefecture-level city (NULL for values about 全国 or a macro-region)."""
    geo = regions.select("region_code", "level", "parent_code", "province_code")
    parents = regions.select(pl.col("region_code").alias("parent_code"), pl.col("level").alias("parent_level"))
    return (values.join(geo, on="region_code", how="left").join(parents, on="parent_code", how="left")
            .with_columns(
                province=pl.when(pl.col("level").is_in(["province", "prefecture", "county"])).then(pl.col("province_code")),
                city=pl.when(pl.col("level") == "prefecture").then(pl.col("region_code"))
                .when((pl.col("level") == "county") & (pl.col("parent_level") == "prefecture")).then(pl.col("parent_code"))))


def _count_layer(placed: pl.DataFrame, label: str, caption: str, noun: str) -> dict:
    provinces = placed.filter(pl.col("province").is_not_null()).group_by("province").len()
    cities = placed.filter(pl.col("city").is_not_null()).group_by("city").len()
    return {"label": label, "caption": caption, "noun": noun, "zero": True,
            "provinces": dict(provinces.iter_rows()), "cities": dict(cities.iter_rows())}


def map_layers(values: pl.DataFrame, indicators: pl.DataFrame, regions: pl.DataFrame, *, order: list[str] | None = None) -> list[dict]:
    """The map's options: counts of values an analyst can cite (mart_indicator_values), then latest values of
    subjects stated for several provinces, then article and statement counts (mart_region_indicators).

    A layer is {label, caption (what the colour means), noun, zero (provinces without data are 0, not blank),
    provinces {code: z}, cities {code: z}, text {code: hover line} (optional)}.
    """
    placed = _province_and_city(values, regions)
    actual = placed.filter(pl.col("status") == "actual")
    scope = "<br>about the province or a city or county in it (bubbles: a prefecture-level city and its counties); values about 全国 or a macro-region are not drawn"
    layers = [
        _count_layer(actual, "可引用实际值 cited actual values (all indicators)",
                     f"颜色 Colour: number of actual values to cite (rows of mart_indicator_values, status actual), {scope}", "actual values"),
        _count_layer(placed.filter(pl.col("status") != "actual"), "目标·预测·规划 targets, forecasts, plans (all indicators)",
                     f"颜色 Colour: number of targets, forecasts and plans (status ≠ actual; never counted with actuals), {scope}", "targets/forecasts/plans"),
    ]
    present = set(actual["indicator"].to_list())
    for indicator in [i for i in (order or []) if i in present] + sorted(present - set(order or [])):
        layers.append(_count_layer(actual.filter(pl.col("indicator") == indicator), f"{indicator}: 实际值 actual values",
                                   f"颜色 Colour: number of actual {indicator} values to cite (levels, changes, shares, ranks), {scope}",
                                   f"actual {indicator} values"))
    own = (placed.filter((pl.col("status") == "actual") & (pl.col("kind") == "level") & (pl.col("level") == "province"))
           .sort("period_year", "published_date", "value", nulls_last=True, descending=True, maintain_order=True)
           .unique(["region_code", "indicator", "subject", "unit"], keep="first", maintain_order=True))
    shared = (own.group_by("indicator", "subject", "unit").len().filter(pl.col("len") >= 2)
              .sort("len", "indicator", "subject", "unit", descending=[True, False, False, False]))  # one order every time
    for indicator, subject, unit, _ in shared.iter_rows():
        part = own.filter((pl.col("indicator") == indicator) & (pl.col("subject") == subject) & (pl.col("unit") == unit))
        layers.append({"label": f"数值 value: {subject} ({unit})", "noun": unit, "zero": False,
                       "caption": f"颜色 Colour: the latest actual {indicator} value '{subject}' in {unit}, <br>stated about the province itself (latest period year); blank: no value",
                       "provinces": {c: v for c, v in part.select("region_code", "value").iter_rows()}, "cities": {},
                       "text": {c: f"{format_value(v)} {unit} ({y or 'no year'}, {src})" for c, v, y, src in
                                part.select("region_code", "value", "period_year", "source_name").iter_rows()}})
    for column in [c for c in INDICATOR_LABELS if c in indicators.columns]:
        level = indicators.select("region_code", "level", column)
        layers.append({"label": INDICATOR_LABELS[column], "noun": column.removeprefix("n_").replace("_", " "), "zero": True,
                       "caption": f"颜色 Colour: {INDICATOR_LABELS[column]} per province (mart_region_indicators.{column})"
                                  + ("<br>a statement is a sentence giving a number, not a value to cite" if column == "n_statements" else ""),
                       "provinces": {c: v for c, lv, v in level.iter_rows() if lv == "province"},
                       "cities": {c: v for c, lv, v in level.iter_rows() if lv == "prefecture"}})
    return layers


def china_map(layers: list[dict], regions: pl.DataFrame, geojson: dict) -> dict:
    """Provinces shaded and prefecture-level cities as bubbles, one pair of traces per layer and a menu between
    them; the menu also sets the title, which says what the colour means."""
    codes = [f["properties"]["adcode"] for f in geojson["features"]]
    names = {f["properties"]["adcode"]: f["properties"]["name"] for f in geojson["features"]}
    names.update({c: n for c, n in regions.select("region_code", "name").iter_rows() if c in names})
    coords = {c: (n, lat, lon) for c, n, lat, lon in regions.select("region_code", "name", "lat", "lon").iter_rows() if lat is not None}
    traces = [{"type": "choropleth", "geojson": GEOJSON_REF, "featureidkey": "properties.adcode", "locations": codes, "z": [0] * len(codes),
               "colorscale": [[0, "#eeeeee"], [1, "#eeeeee"]], "showscale": False, "hoverinfo": "skip", "visible": True,
               "marker": {"line": {"color": "#999", "width": 0.5}}, "name": "provinces"}]  # every province drawn, blank when no data
    buttons = []
    for i, layer in enumerate(layers):
        located = [c for c in codes if c in layer["provinces"] or layer["zero"]]
        z = [layer["provinces"].get(c, 0) for c in located]
        text = layer.get("text", {})
        traces.append({
            "type": "choropleth", "geojson": GEOJSON_REF, "featureidkey": "properties.adcode", "visible": i == 0,
            "locations": located, "z": z, "text": [f"{names[c]}: " + (text.get(c) or f"{layer['provinces'].get(c, 0)} {layer['noun']}") for c in located],
            "hoverinfo": "text", "colorscale": "Blues", "reversescale": True, "zmin": 0 if layer["zero"] else None,
            "marker": {"line": {"color": "#888", "width": 0.5}}, "colorbar": {"title": {"text": ""}, "len": 0.6}, "name": layer["label"],
        })
        cities = [(c, v) for c, v in sorted(layer["cities"].items()) if c in coords and v]  # the same page from the same data
        top = max((v for _, v in cities), default=0) or 1
        traces.append({
            "type": "scattergeo", "lat": [coords[c][1] for c, _ in cities], "lon": [coords[c][2] for c, _ in cities], "visible": i == 0,
            "text": [f"{coords[c][0]}: {v} {layer['noun']}" for c, v in cities], "hoverinfo": "text", "mode": "markers",
            "marker": {"size": [5 + 18 * (v / top) ** 0.5 for _, v in cities], "color": "#d6604d", "opacity": 0.75, "line": {"width": 0.5, "color": "#fff"}},
            "name": "城市 cities", "showlegend": False,
        })
        visible = [True] + [False] * (2 * len(layers))
        visible[1 + 2 * i] = visible[2 + 2 * i] = True
        buttons.append({"label": layer["label"], "method": "update", "args": [{"visible": visible}, {"title.text": layer["caption"]}]})
    layout = {
        "geo": {"fitbounds": "locations", "visible": False, "projection": {"type": "mercator"}},
        "updatemenus": [{"buttons": buttons, "direction": "down", "x": 0, "y": 1.0, "yanchor": "bottom", "xanchor": "left", "showactive": True}],
        "title": {"text": layers[0]["caption"] if layers else "", "x": 0, "xanchor": "left", "y": 0.975, "yanchor": "top", "font": {"size": 12}},
        "margin": {"l": 0, "r": 0, "t": 90, "b": 0}, "height": 680, "font": {"family": FONT},
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
    """Stacked bars: distinct platforms per province (each platform once, in its one region, rolled up), by type."""
    counts = (platforms.filter(pl.col("region_level") == "province").group_by("region_name", "platform_type")
              .agg(pl.col("platform_name").n_unique().alias("len")).sort("region_name", "platform_type"))
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


def article_spans(facts: list[dict], mentions: list[dict], entities: list[dict]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, label) of one article's facts, entities and region mentions, each given as row dicts
    (a report renders thousands of articles: rows grouped once beat a frame filter per article)."""
    spans = [(r["char_start"], r["char_end"], "fact",
              f"{r['indicator']}: {r['value']:g} {r['unit'] or ''} · {STATUS_LABELS.get(r['status'], r['status'] or '')} · {r['kind'] or ''}".strip())
             for r in facts if r["value"] is not None]
    spans += [(r["char_start"], r["char_end"], "entity", r["type"]) for r in entities]
    spans += [(r["char_start"], r["char_end"], "region", r["region_code"]) for r in mentions]
    return spans
