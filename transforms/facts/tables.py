"""The lexicon tables the fact rules read: units and their kinds, indicator classes, what each unit counts or
measures, and the indicator keywords (read through transforms.lexicons).
"""

from __future__ import annotations

import re
from functools import cache

from transforms.lexicons import (
    lexicon_rows,
)


# ---------------------------------------------------------------- tables
@cache
def _units() -> dict[str, str]:
    """surface text -> canonical unit, from units.csv."""
    return {row["surface"]: row["unit"] for row in lexicon_rows("units.csv")}


@cache
def _unit_kinds() -> dict[str, str]:
    """canonical unit -> its kind (count, money, percent, percentage_point, ratio, measure), from units.csv."""
    return {row["unit"]: row["kind"] for row in lexicon_rows("units.csv")}


@cache
def indicator_classes() -> dict[str, frozenset[str]]:
    """indicator -> the unit kinds a level of it can have (lexicons/indicators.csv, the data dictionary)."""
    return {r["indicator"]: frozenset(filter(None, r["unit_kinds"].split("|"))) for r in lexicon_rows("indicators.csv")}


def _units_column(column: str) -> dict[str, frozenset[str]]:
    """indicator -> the units listed in an indicators.csv column ('|'-separated); classes listing none are left out."""
    return {r["indicator"]: frozenset(r[column].split("|")) for r in lexicon_rows("indicators.csv") if r[column]}


@cache
def counted_in() -> dict[str, frozenset[str]]:
    """indicator -> the measure words a count of its things can have (indicators.csv `counted_in`: firms in 家 or 户, people
    in 人 or 名); a class with none listed counts in any."""
    return _units_column("counted_in")


@cache
def measured_in() -> dict[str, frozenset[str]]:
    """indicator -> the physical units a quantity of its things can have (indicators.csv `measured_in`: built capacity in
    公里, 千瓦, 立方米, not in 平方公里 or 公里/小时); a class with none listed takes any."""
    return _units_column("measured_in")


@cache
def _indicator_keywords() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every keyword of indicator_keywords.csv (longest first) and keyword -> indicator."""
    table = {r["keyword"]: r["indicator"] for r in lexicon_rows("indicator_keywords.csv")}
    return re.compile(_alt(table)), table


def _alt(words) -> str:
    """Regex alternation, longest first so '达到' wins over '达' (ties in text order: the same pattern in every process)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
