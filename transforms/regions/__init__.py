"""Region attribution in one home: the gazetteer, mentions in text, and which region a fact, an organisation
or an article belongs to. Import from here; the modules are:

- `gazetteer`: divisions (GB/T 2260), macro-regions, aliases, the `Gazetteer` automaton;
- `mentions`: `find_region_mentions` (names, short forms, 沪苏浙皖, organisation heads, 我省/本市, foreign places);
- `attribution`: `primary_region`, `fact_region` (`resolve_fact_region`: foreign subjects get none), the publisher's home region, dateline evidence.
"""

from transforms.regions.attribution import (
    EARLY_CHARS,
    SCORE,
    SOURCE_HOME_REGION,
    article_fact_regions,
    article_region_mentions,
    dateline_evidence,
    default_fact_region,
    entity_region,
    primary_region,
    quote_depth,
    resolve_fact_region,
    sentence_fact_regions,
    source_home_region,
)
from transforms.regions.gazetteer import (
    COUNTRY,
    DEICTIC_WORDS,
    FOREIGN,
    Gazetteer,
    RegionInfo,
    adcodes_path,
    build_gazetteer,
    build_regions,
    foreign_names,
    load_adcodes,
    region_members,
    short_form,
)
from transforms.regions.mentions import RegionMention, find_region_mentions

__all__ = [
    "COUNTRY", "DEICTIC_WORDS", "FOREIGN", "EARLY_CHARS", "SCORE", "SOURCE_HOME_REGION", "Gazetteer", "RegionInfo",
    "article_fact_regions", "quote_depth", "sentence_fact_regions",
    "RegionMention", "adcodes_path", "article_region_mentions", "build_gazetteer", "build_regions",
    "dateline_evidence", "default_fact_region", "entity_region", "find_region_mentions", "foreign_names",
    "load_adcodes", "primary_region", "region_members", "resolve_fact_region", "short_form", "source_home_region",
]
