"""The report's tables written column-wise are the HTML the per-cell helpers write, byte for byte."""

from datetime import date

import polars as pl

from orchestration import report
from orchestration.report import _e, _indicator, _kind, _num, _status, _table, _value_rows


def _per_cell_rows(values: pl.DataFrame, definitions: dict) -> list[list[str]]:
    """The value rows as the report wrote them a cell at a time (its helpers, one Python call per cell)."""
    def value(r):
        shown = _num(r["value"]) + (f"–{_num(r['value_to'])}" if r["value_to"] is not None and r["value_to"] != r["value"] else "")
        return f'<a class="num" href="#article-{_e(r["article_id"])}" title="{_e(r["sentence"])}">{shown}</a>' if r["article_id"] else shown

    def sources(r):
        spread = (f' <span class="spread" title="sources disagree">{_num(r["value_min"])}–{_num(r["value_max"])}</span>'
                  if r["value_min"] is not None and r["value_max"] is not None and r["value_min"] != r["value_max"] else "")
        statements = f' <span class="muted">({_num(r["n_statements"])} statements)</span>' if r["n_statements"] != r["n_sources"] else ""
        return f'{_num(r["n_sources"])}{statements}{spread}'

    return [[_e(r["region_name"] or r["region_code"]), _indicator(r["indicator"], definitions), _e(r["subject"]), value(r), _e(r["unit"]),
             _status(r["status"]), _kind(r["kind"], r["share_of"]), _e(r["period_year"]), sources(r), _e(r["chosen_because"]),
             _e(r["published_date"]), _e(r["source_path"])] for r in values.iter_rows(named=True)]


VALUES = pl.DataFrame({  # every branch of every cell: NULLs, "", characters to escape, ranges, spreads, -0.0 and NaN
    "region_code": ["330000", "320000", "x<y", None, "110000", "120000"],
    "region_name": ["浙江省", "", None, None, "北京 & 天津", "天津市"],
    "indicator": ["enterprises", "talent", "", None, "unknown", "enterprises"],
    "subject": ["企业", "<b>人才</b>", None, "\"quoted\" 'single'", "研发", "企业"],
    "kind": ["level", "share", None, "change", "rank", "level"],
    "share_of": [None, "GDP & more", "", None, "x", None],
    "status": ["actual", "target", "", None, "odd<status>", "plan"],
    "period_year": [2024, None, 2023, 1999, None, 2025],
    "unit": ["家", "%", None, "<u>", "位", "亿元"],
    "value": [1234567.0, 3.5, -0.0, 0.0, float("nan"), 2.4e12],
    "value_to": [None, 3.5, 0.0, 1e8, float("nan"), 3e12],
    "value_min": [1.0, 3.5, None, -0.0, 5.0, 2.4e12],
    "value_max": [1.0, 4.0, 2.0, 0.0, float("nan"), 2.4e12],
    "n_sources": [1, 2, 1200, None, 3, 1],
    "n_statements": [1, 3, 1200, 4, None, 1],
    "chosen_because": ["latest", "<script>", None, "", "a'b", "only one"],
    "sentence": ["浙江有1234567家", None, "a \"b\"", "", "x", "y"],
    "article_id": ["a1", "a&2", "", None, "a5", "a6"],
    "published_date": [date(2024, 1, 2), None, date(2023, 12, 31), None, date(2020, 2, 29), date(2025, 5, 1)],
    "source_path": ["news/1.txt", "news/<2>.txt", None, "", "a&b.txt", "6.txt"],
}).with_columns(pl.col("period_year").cast(pl.Int32))
DEFINITIONS = {"enterprises": "firms & <companies>", "talent": None, "platforms": "\"quoted\""}


def test_value_rows_are_the_html_of_the_per_cell_helpers():
    expected = _table(report.VALUE_HEADERS, _per_cell_rows(VALUES, DEFINITIONS))
    assert _table(report.VALUE_HEADERS, _value_rows(VALUES, DEFINITIONS)) == expected
    assert "-0" in expected and "nan" in expected and "&lt;script&gt;" in expected  # the edge cases are there


def test_value_rows_of_no_values_and_no_definitions():
    assert _value_rows(VALUES.clear(), {}) == ""
    assert _value_rows(VALUES, {}) == "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _per_cell_rows(VALUES, {}))
