"""Which region a statement, an organisation or an article is about: every attribution rule in one place."""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict

from transforms.cleaning import is_heading
from transforms.lexicons import lexicon_frame
from transforms.regions.gazetteer import _RANK, COUNTRY, DEICTIC_WORDS, FOREIGN, Gazetteer
from transforms.regions.mentions import NATIONWIDE_LIST_ENDS, RegionMention, _resolve_place, find_region_mentions

# Papers whose "我省/本市" means a known region (the paper's home), by source name.
SOURCE_HOME_REGION: dict[str, str] = {
    "新华日报": "320000",
    "新华日报·交汇点": "320000",
    "浙江日报": "330000",
    "南方日报": "440000",
    "北京日报": "110000",
    "解放日报": "310000",
}

# National agencies and papers file national stories from the capital: a 北京 dateline there says
# where the reporter sat, not what the story is about, unless the story itself names the city.
CAPITAL_DATELINES = {"北京": "110000"}
# 在京召开, 抵京: the capital by its one-character abbreviation is where national meetings are held and visitors arrive,
# whatever the story is about: like its dateline, it weighs nothing for the article's region.
CAPITAL_ABBREVIATIONS = frozenset({"京"})
# The places a line is named by (沪昆高速“7·19”特大交通事故 in 邵阳) are its ends, not where the story is, and a place a
# landmark, a base or a law is named after (酒泉卫星发射中心, 南京军区, 香港基本法: mentions.named_after) is no subject:
# no weight either.
UNWEIGHED_KINDS = frozenset({"line"})


def _weighs(m: RegionMention) -> bool:
    """Whether a mention counts for the article's region at all (see CAPITAL_ABBREVIATIONS, UNWEIGHED_KINDS)."""
    return m.mention not in CAPITAL_ABBREVIATIONS and m.kind not in UNWEIGHED_KINDS and not m.named_after


_QUOTE_OR_BREAK = re.compile("[“”\n]")

# 沪浙皖-style lists of one-character abbreviations name partners (吸纳沪浙皖的技术合同), not the subject; nor do the
# places a line is named by (京沪高铁全长1318公里 is the line's figure).
OBJECT_KINDS = {"abbrev", "line"}


def article_region_mentions(body: str, *, title: str, source_name: str | None, dateline_place: str | None,
                            gazetteer: Gazetteer, token_starts: set[int] | None = None,
                            token_ends: set[int] | None = None) -> list[RegionMention]:
    """Mentions of an article body with 我省/本市 resolved against the paper's home region, else against the
    article's own region (found from the other mentions first)."""
    home = source_home_region(source_name, gazetteer)
    mentions = find_region_mentions(body, gazetteer, token_starts=token_starts, token_ends=token_ends, home_region=home)
    if home is None and any(word in body for word in DEICTIC_WORDS):
        home = primary_region(mentions, title=title, dateline_place=dateline_place, gazetteer=gazetteer, body=body)
        if home and home != COUNTRY and not home.startswith("MR_"):
            # the article's own region is a guess: the province or city named last before 全省 / 全市 comes first
            # (湖北…全省 in a story of 河北 and 湖北 filed under 河北); a paper's home (新华日报: 我省 = 江苏) stays first
            mentions = find_region_mentions(body, gazetteer, token_starts=token_starts, token_ends=token_ends, home_region=home,
                                            home_first=False)
    return mentions


def dateline_evidence(dateline_place: str | None, mentions: list[RegionMention]) -> str | None:
    """The dateline place, unless it is the capital and the article never names it as a subject."""
    code = CAPITAL_DATELINES.get(dateline_place or "")
    if code and not any(m.region_code == code and not m.in_organisation for m in mentions):
        return None
    return dateline_place


_LIST_SEPARATOR = re.compile(r"^[、和及与]$")


def listed_places(candidates: list[RegionMention], text: str, offset: int) -> list[RegionMention]:
    """The places of a list ending the candidates (南京、武汉、青岛), each joined to the next by 、/和/及, an item
    possibly qualified by the place before it (广东广州、浙江安吉: four mentions, one list)."""
    run = candidates[-1:]
    for m in reversed(candidates[:-1]):
        gap = text[m.char_end - offset:run[0].char_start - offset]
        if gap and not _LIST_SEPARATOR.match(gap):
            break
        run.insert(0, m)
    return run if any(_LIST_SEPARATOR.match(text[a.char_end - offset:b.char_start - offset]) for a, b in zip(run, run[1:])) else run[-1:]


def clause_region(candidates: list[RegionMention], gazetteer: Gazetteer, listed: list[RegionMention] | None = None,
                  venues: frozenset[RegionMention] | set[RegionMention] = frozenset()) -> str | None:
    """The region the subject mentions of a clause (in order, before the fact) make it about:

    - the first one named, refined by later ones inside its territory (苏州…昆山 → 昆山, 中国…青岛 → 青岛: the most specific),
      but not by the venue of the region's own event (浙江省2023年经济政策新闻发布会在杭州举行: `venues`);
    - a macro-region yields to a member named with it (长三角…苏州 → 苏州; 中部…湖北 → 湖北);
    - a list of places as the subject (南京、武汉、青岛等10个试点城市, 武威、张掖两地区, 前海、南沙、横琴自贸片区)
      is about the smallest region holding them all, not its first member, and so is the rest of its clause
      (南京、武汉、青岛等10个试点城市共建成站点300个); a 分别 list pairs instead (sentence_fact_regions).
    """
    if not candidates:
        return None
    gz = gazetteer
    codes = [m.region_code for m in candidates]
    if codes[0] is None:
        return FOREIGN  # 美国…裁员逾1.1万人: a subject outside China
    if listed and len(listed) >= 2 and None not in (m.region_code for m in listed):
        held = _holding_all([m.region_code for m in listed], gz)
        if held == COUNTRY:
            # provinces listed as the members of a macro-region the clause names before them (长三角覆盖上海、江苏、浙江、
            # 安徽，以4%的国土面积…; 东北…在辽宁、吉林、黑龙江等地建立了200个收货点) are that macro-region (the smallest
            # such), not the nation
            holders = [m.region_code for m in candidates if (m.region_code or "").startswith("MR_") and m not in listed and all(
                c.region_code in gz.members.get(m.region_code, ()) or
                any(a in gz.members.get(m.region_code, ()) for a in gz.ancestors(c.region_code)) for c in listed)]
            if holders:
                return min(holders, key=lambda code: len(gz.members.get(code, ())))
        return held
    code, container = codes[0], None
    for other in (c for c in codes[1:] if c is not None):
        if other == code:
            continue  # 在浙江安吉，当地…: the same place again is no second district of its city (below)
        if code == COUNTRY and other != COUNTRY:
            code = other  # 中国艺术节…在青岛拉开帷幕, 全国首个…落户浙江: the nation holds every place; the named one is more specific
        elif code in gz.ancestors(other):
            if next(m for m in candidates if m.region_code == other) in venues:
                continue  # the province's meeting held in its capital speaks for the province
            code, container = other, code
        elif code.startswith("MR_") and (other in gz.members.get(code, ()) or
                                         any(a in gz.members.get(code, ()) for a in gz.ancestors(other))):
            code = other
        elif container is not None and container in gz.ancestors(other):
            code = container  # 苏州吴江、相城: two of its districts named together speak for the city
    return code


# 河南、四川分别以19592.8亿元、16412.2亿元: a list of places before 分别 pairs with the values after it, in order;
# several such runs (分别增长8%、6%，达到500亿元、300亿元) pair each run the same way.
_RESPECTIVELY = re.compile("分别|分列|分居")
# 来自全国35个省市的112个作品, 来自新疆的35名儿童: where the counted things come from, not where the statement is.
_PROVENANCE_BEFORE = re.compile("(?:来自|源自)$")
# 沙棘产品远销美国、德国、土耳其、以色列等二十多个国家和地区: where goods are sold or shipped to, not whose statement it is
# (the seller named before is: 全县). Not 发往武汉 or 运往: supplies sent somewhere are that place's story.
_DESTINATION_BEFORE = re.compile("(?:远销|销往|销售到|畅销|出口到|出口至|出口)$")


# A place abroad right after one of these is what a Chinese actor reaches, buys from or acts on, not the clause's
# subject: 中欧班列…通达欧洲大陆18个国家57座城市 (the trains' figure, the nation's), 该走私团伙从日本、韩国等国购买废塑料,
# 护航编队…赴亚丁湾、索马里海域, 对非洲100%税目产品零关税, 来自意大利、西班牙等26个国家和地区的700多个品牌参展 (at the
# fair in 大连), 68件流失英国的珍贵文物重回祖国 (the relics' owner is the nation: where they were lost to). Not 在: 在美国，… places the statement abroad; nor a foreign place opening its clause (美国从中国进口…).
_FOREIGN_OBJECT_BEFORE = re.compile("(?:通达|通往|抵达|到达|直达|开往|飞往|驶往|运往|发往|前往|赴|从|向|对|与|同|来自|源自|收购|并购|"
                                    "访问|出访|进口|引进|出口|出口到|出口至|流失|流失到|流失至)$")


def destinations(sentence: str, sentence_start: int, mentions: list[RegionMention],
                 before: re.Pattern[str] = _DESTINATION_BEFORE) -> set[RegionMention]:
    """The places named right after a verb of selling or shipping (远销美国、德国), with the list they open; `before`
    another table of such words (_FOREIGN_OBJECT_BEFORE for the places abroad)."""
    found: set[RegionMention] = set()
    previous = None
    for m in sorted(mentions, key=lambda m: m.char_start):
        at = m.char_start - sentence_start
        joined = previous in found and (at == previous.char_end - sentence_start
                                        or _LIST_SEPARATOR.match(sentence[previous.char_end - sentence_start:at]))
        if joined or before.search(sentence, max(0, at - 8), at):  # the words are short: a window, not the text before
            found.add(m)
        previous = m
    return found


# 全国 as the yardstick a thing is measured against (具有全国影响力, 全国首个, 居全国前列, 领跑全国, 走向全国, 高于全国
# 5.2个百分点) says how far it reaches, not that the statement is the nation's. A rank (全国第二) is such a yardstick, but
# not an ordinal naming the nation's own event, round, batch or sector (全国第十届残运会, 全国第二次污染源普查, 全国第三批,
# 全国第二产业投资4万5千亿): there 全国 is the subject.
_SCOPE_BEFORE = re.compile(r"(?:领跑|领先|走向|辐射|面向|高于|低于|快于|慢于|超过|居|位居|位列|位于|销往|遍布|推广到|推向|享誉)$")
_NOT_A_RANK = r"(?![一二三四五六七八九十\d]|届|次|批|产业)"
_SCOPE_AFTER = re.compile(r"(?:影响力|首个|首家|首批|首座|首台|首条|第[ *_\u3000]*[一二三四五六七八九十\d]+" + _NOT_A_RANK + r"|领先|前列|首位|率先|百强|十强|一流|知名|性|"
                          r"同行|同类|排名|首创|复制|推广|示范)")


# 广州现有省级高水平创新研究院14家，占全省70%: the whole a share is taken of (全国, 我国, 全省, 全市 right after 占), not
# the statement's subject, when the sentence names a Chinese place below the nation before it; with only the nation
# or a foreign place before it (东盟继续为我国第一大贸易伙伴，占我国外贸总值的15%) the share is still the nation's figure.
_SHARE_OF_BEFORE = re.compile("占(?:了|到)?$")
_WHOLE_WORDS = frozenset(("全国", "我国", "中国", "全省", "全市", "全区", "全县"))


def share_bases(text: str, mentions: list[RegionMention], offset: int = 0) -> set[RegionMention]:
    """The mentions naming what a share is of (占全省70%), when a Chinese place below the nation is named before them."""
    found, chinese_before = set(), False
    for m in sorted(mentions, key=lambda m: m.char_start):
        if (chinese_before and m.mention in _WHOLE_WORDS
                and _SHARE_OF_BEFORE.search(text, max(0, m.char_start - offset - 2), m.char_start - offset)):
            found.add(m)
        elif m.region_code not in (None, COUNTRY):
            chinese_before = True
    return found


def is_national_scope(text: str, m: RegionMention, offset: int = 0) -> bool:
    """全国 naming how far a thing reaches or what it is compared with (see _SCOPE_BEFORE), not a subject."""
    return m.kind == "national" and m.mention == "全国" and bool(
        _SCOPE_BEFORE.search(text, max(0, m.char_start - offset - 4), m.char_start - offset)
        or _SCOPE_AFTER.match(text, m.char_end - offset))


# 杭州等13个跨境电商综合试验区: one place named for a group of N is not the group's region, and the text does not say
# what is: the clause is read as naming no place (the article's region then applies). A list ending so
# (南京、武汉、青岛等10个) names enough places for clause_region to find the region holding them.
_GROUP_AFTER = re.compile(r"等[ *_\u3000]*[0-9一二三四五六七八九十两几数百千]")  # web text's 等 13 个 too


def _qualified_item(m: RegionMention, by_end: dict[int, RegionMention]) -> list[RegionMention]:
    """`m` with the places right before it that qualify it (江苏|连云港, 北京市|大兴区), in order; `by_end` maps each
    mention's end to it."""
    item = [m]
    while (qualifier := by_end.get(item[0].char_start)) is not None:
        item.insert(0, qualifier)
    return item


def group_examples(sentence: str, sentence_start: int, mentions: list[RegionMention]) -> set[RegionMention]:
    """The mentions naming one place for a group (杭州等13个), with the places qualifying it (北京市|大兴区等33个);
    not the last item of a list (广东广州、|浙江安吉等23个), which clause_region reads with the list."""
    found: set[RegionMention] = set()
    by_end = {m.char_end: m for m in mentions}
    for m in mentions:
        if not _GROUP_AFTER.match(sentence, m.char_end - sentence_start):
            continue
        item = _qualified_item(m, by_end)
        start = item[0].char_start - sentence_start
        if not _LIST_SEPARATOR.match(sentence[start - 1:start]):
            found.update(item)
    return found


# 深中通道西起中山，东至深圳，全长24公里: a route named by its two ends is about the region holding both, not the end
# named first. An end is the place (with the places qualifying it: 东起江苏连云港) right after these words.
_ROUTE_START = re.compile(r"(?:[东西南北]起|起于|起自|始于|起点(?:位于|在|为|是)?)$")  # 起点位于萍乡…，终点位于莲花县
_ROUTE_END = re.compile(r"(?:[东西南北](?:至|到|抵)|终到|终至|止于|终点(?:位于|在|为|是)?)$")


# 西安至延安高速铁路…全长299.8公里, 重庆至黔江段铁路全长265公里, 隆昌经泸州至叙永的铁路: a line named by its two ends
# (the place before 至 and the one after it, a kind of line right after) is the same route as 西起…东至.
_LINE_BETWEEN = re.compile("至|到|—|－")
_LINE_VIA = re.compile("经")
_LINE_AFTER = re.compile(r"(?:段|的)?(?:高速|铁路|高铁|公路|城际|客运专线|航线|输电|特高压|直流|管道|运河)")


def route_ends(sentence: str, sentence_start: int, mentions: list[RegionMention]) -> list[RegionMention]:
    """The places naming a route's start and its end in one sentence (both, or none)."""
    starts, ends, by_end = [], [], {m.char_end: m for m in mentions}
    for m in mentions:
        at = _qualified_item(m, by_end)[0].char_start - sentence_start  # 东起|江苏连云港: the words precede the item
        if _ROUTE_START.search(sentence, 0, at):
            starts.append(m)
        elif _ROUTE_END.search(sentence, 0, at):
            ends.append(m)
    return starts + ends if starts and ends and None not in (m.region_code for m in starts + ends) else []


def line_ends(sentence: str, sentence_start: int, mentions: list[RegionMention]) -> list[list[RegionMention]]:
    """The two ends of each line named by them (_LINE_BETWEEN, _LINE_AFTER) in one sentence, in order: 重庆至黔江段铁路…
    厦门至重庆高铁 names two lines, each its own route."""
    lines, ordered = [], sorted(mentions, key=lambda m: m.char_start)
    for i, (m, after) in enumerate(zip(ordered, ordered[1:])):
        if (_LINE_BETWEEN.fullmatch(sentence, m.char_end - sentence_start, after.char_start - sentence_start)
                and _LINE_AFTER.match(sentence, after.char_end - sentence_start) and None not in (m.region_code, after.region_code)):
            via = i and _LINE_VIA.fullmatch(sentence, ordered[i - 1].char_end - sentence_start, m.char_start - sentence_start)
            lines.append([ordered[i - 1] if via and ordered[i - 1].region_code else m, after])  # 隆昌经泸州至叙永: from 隆昌
    return lines


def _holding_all(codes: list[str], gazetteer: Gazetteer) -> str:
    """The smallest region holding every one of `codes` (the nation when no division does)."""
    shared = set((codes[0], *gazetteer.ancestors(codes[0])))
    for code in codes[1:]:
        shared &= set((code, *gazetteer.ancestors(code)))
    return min(shared, key=lambda c: -_RANK[gazetteer.info[c].level], default=COUNTRY) if shared else COUNTRY


# A Chinese place inside an organisation's name is evidence of location, not a subject (美国科技公司Meta aside: a foreign
# company is abroad), except when the organisation opens its clause: then it is the clause's actor and its place the
# clause's region (广州机场预计旅客吞吐量最高, 黑龙江北大荒集团鹤山农场的33万亩大豆), not a place an earlier clause names
# (在东北平原，…; 京津冀、长三角…间的航班…，). Before it only a time word or a linking adverb may stand (如今, 2020年,
# 其中): after a verb or preposition it is an object or partner (横沥联合上海交通大学…, 来自北京大学等10所高校);
# a military region's unit (济南军区某部, 成都军区) or a warship (南宁舰) is sent elsewhere, named after a place it is not
# at; and an affiliation before a colon (辽宁某研究所副所长：…) tags a speaker, not what is said.
_ACTOR_PREFIX = re.compile(r"(?:[\d一二三四五六七八九十〇零]+年|今年|去年|目前|如今|其中|同时|此外|另外|而|但|并|也|还)*")
_NOT_ACTOR_AFTER = re.compile("军区|舰")


def _heads_its_clause(sentence: str, sentence_start: int, m: RegionMention) -> bool:
    if m.region_code == COUNTRY:
        return False  # 中国石油, 中国科学院: the nation's bodies are no place
    at = m.char_start - sentence_start
    start = max(sentence.rfind(c, 0, at) for c in _CLAUSE_BREAKS) + 1
    if not _ACTOR_PREFIX.fullmatch(sentence, start, at) or _NOT_ACTOR_AFTER.match(sentence, m.char_end - sentence_start):
        return False
    ends = [i for i in (sentence.find(c, at) for c in _CLAUSE_BREAKS) if i >= 0]
    return not ends or sentence[min(ends)] not in "：:"


# 北京冬奥会张家口赛区, 杭州亚运会宁波赛区: the games' host city names the games; the place named right after the games'
# name is where the clause is (宁远机场改扩建工程 of the 张家口 zone is 张家口's, not 北京's).
_GAMES_AFTER = re.compile(r"(?:冬奥会|冬残奥会|奥运会|残奥会|亚运会|亚残运会|大运会|青奥会|全运会)")


def games_hosts(sentence: str, sentence_start: int, mentions: list[RegionMention]) -> set[RegionMention]:
    """The places naming games (北京|冬奥会) followed right away by another place (张家口赛区)."""
    starts = {m.char_start for m in mentions}
    return {m for m in mentions if (games := _GAMES_AFTER.match(sentence, m.char_end - sentence_start))
            and sentence_start + games.end() in starts}


def sentence_fact_regions(sentence: str, sentence_start: int, fact_starts: list[int], mentions: list[RegionMention],
                          gazetteer: Gazetteer, quote_depth=None, whole: bool = False) -> list[str | None]:
    """The region of each fact of one sentence from its own clause (see clause_region), or None when the
    clause names none; a 分别 list pairs places and values in order; a 来自 place is where the counted things
    come from, not the statement's region, unless the fact counts it (来自全国35个省市)."""
    usable = [m for m in mentions if sentence_start <= m.char_start < sentence_start + len(sentence)
              and m.kind not in OBJECT_KINDS
              and (not m.in_organisation or m.region_code is None or _heads_its_clause(sentence, sentence_start, m))
              and (quote_depth is None or quote_depth(m.char_start) == 0)
              and not is_national_scope(sentence, m, sentence_start)]
    bases = share_bases(sentence, usable, sentence_start) | games_hosts(sentence, sentence_start, usable)
    usable = [m for m in usable if m not in bases]
    sold_to = destinations(sentence, sentence_start, usable)
    usable = [m for m in usable if m not in sold_to]
    if any(m.region_code is None for m in usable):  # 来自中国、朝鲜、日本等9个国家: the list goes on abroad after a Chinese place
        objects = destinations(sentence, sentence_start, usable, _FOREIGN_OBJECT_BEFORE)
        usable = [m for m in usable if m.region_code is not None or m not in objects]
    grouped = group_examples(sentence, sentence_start, usable)
    venues = {m for m in usable if sentence[m.char_start - sentence_start - 1:m.char_start - sentence_start] == _VENUE_BEFORE
              and _VENUE_AFTER.match(sentence, m.char_end - sentence_start)}
    provenance = [m for m in usable if _PROVENANCE_BEFORE.search(sentence, 0, m.char_start - sentence_start)]

    def subjects_for(fact_start: int) -> list[RegionMention]:
        if not provenance:
            return usable
        return [m for m in usable if m not in provenance or (
            m.char_end <= fact_start and fact_start - m.char_end <= 4
            and "的" not in sentence[m.char_end - sentence_start:fact_start - sentence_start])]

    regions = [_clause_of(start, sentence, sentence_start, subjects_for(start), gazetteer, grouped, venues, whole) for start in fact_starts]
    # an end's region -> the region of the first route it ends; a line is the subject of the facts after its name only
    # (香格里拉至小中甸段…长24公里…为香格里拉至丽江高速公路全线通车奠定基础: the section's figures stay 香格里拉's)
    routes = [(0, ends) for ends in [route_ends(sentence, sentence_start, usable)] if ends]
    routes += [(ends[-1].char_end, ends) for ends in line_ends(sentence, sentence_start, usable)]
    if routes:
        def on_route(start: int, region: str | None) -> str | None:
            for named_by, ends in routes:
                if named_by <= start and region in {m.region_code for m in ends}:
                    return _holding_all([m.region_code for m in ends], gazetteer)
            return region
        regions = [on_route(start, region) for start, region in zip(fact_starts, regions)]
    if hit := _RESPECTIVELY.search(sentence):
        at = sentence_start + hit.start()
        before = [m for m in usable if m.char_end <= at and m not in provenance and m not in grouped]
        listed = listed_places(before, sentence, sentence_start) if before else []
        after = [start for start in fact_starts if start >= at]
        n = len(listed)
        if n >= 2 and len(after) >= n:
            paired = {start: listed[i % n].region_code for i, start in enumerate(after[:len(after) // n * n])}
            return [paired.get(start) or region for start, region in zip(fact_starts, regions)]
    return regions


_CLAUSE_BREAKS = "，；：,;:"
# The nation's own actor before a foreign place it acts in or towards (中国人民银行在伦敦, 我国对非洲, 中国企业赴美国):
# the statement is the nation's. The foreign place is what the clause's region rule would take.
_NATIONAL_ACTOR_ABROAD = re.compile(r"[^，；：,;:]{0,4}(?:中国人民银行|人民银行|央行|国务院|我国|中方|中国(?:[\u4e00-\u9fff]{0,6}"
                                    r"(?:公司|集团|银行|企业|代表团))?)[^，；：,;:]{0,8}?(?:在|赴|向|对|与|同)[^，；：,;:在赴向对与同]{0,3}")


def _clause_of(fact_start: int, sentence: str, sentence_start: int, usable: list[RegionMention], gazetteer: Gazetteer,
               grouped: set[RegionMention] = frozenset(), venues: set[RegionMention] = frozenset(), whole: bool = False):
    """The subject region of the fact's own clause (北京位居首位，杭州…位居第二位), else of the sentence before it; None
    when the clause's last place names a group by one of its members (`group_examples`)."""
    clause_start = sentence_start if whole else sentence_start + max(sentence.rfind(c, 0, fact_start - sentence_start) for c in _CLAUSE_BREAKS) + 1
    before = [m for m in usable if clause_start <= m.char_start and m.char_end <= fact_start]
    if before and before[-1] in grouped:
        # the group is the region's that holds its example, when the clause names one before it (贵州省宣布…兴仁等三个
        # 国家级贫困县 → 贵州), else no place the text names (杭州等13个)
        example = before[-1].region_code
        holders = [m.region_code for m in before if m not in grouped and example and m.region_code in gazetteer.ancestors(example)]
        return holders[0] if holders else None
    own = [m for m in before if m not in grouped]
    before = own or [m for m in usable if m.char_end <= fact_start and m not in grouped]
    listed = listed_places(before, sentence, sentence_start) if before else None
    region = clause_region(before, gazetteer, listed, venues)
    if region == FOREIGN:
        abroad = before[0].char_start - sentence_start
        if _NATIONAL_ACTOR_ABROAD.fullmatch(sentence, max(sentence.rfind(c, 0, abroad) for c in _CLAUSE_BREAKS) + 1, abroad):
            return COUNTRY  # 中国人民银行在伦敦发行…: the nation's actor, acting abroad
        # a clause naming nothing goes on from the last Chinese actor opening an earlier clause, not from the place
        # abroad the sentence opens with (在巴黎奥运会上，中国体育代表团团结一心，勇夺40枚金牌)
        opener = None if own else next((m for m in reversed(before) if m.region_code is not None
                                        and _opens_its_clause_in(sentence, sentence_start, m)), None)
        if opener is not None:
            return clause_region([m for m in before if m.char_start >= opener.char_start], gazetteer, listed, venues)
    return region


def _opens_its_clause_in(sentence: str, sentence_start: int, m: RegionMention) -> bool:
    """`m` stands first in its clause of `sentence`, after at most a time word or a linking adverb (_ACTOR_PREFIX)."""
    at = m.char_start - sentence_start
    return bool(_ACTOR_PREFIX.fullmatch(sentence, max(sentence.rfind(c, 0, at) for c in _CLAUSE_BREAKS) + 1, at))
def resolve_fact_region(clause_region: str | None, default_region: str | None) -> str | None:
    """The stored region of a fact from its clause's answer (`clause_region`): None for a foreign subject, the article's default
    (`default_fact_region`) when the clause names no region, else the clause's region."""
    if clause_region == FOREIGN:
        return None
    return clause_region or default_region


def source_home_region(source_name: str | None, gazetteer: Gazetteer | None = None) -> str | None:
    """Where a paper or site is at home, the region its 我省/本市 mean: SOURCE_HOME_REGION, else the one Chinese
    province, prefecture or county its own name holds (安徽日报, 每日甘肃网, 杭州日报); None for 人民网, 中国日报."""
    if not source_name:
        return None
    if source_name in SOURCE_HOME_REGION or gazetteer is None:
        return SOURCE_HOME_REGION.get(source_name)
    named = {m.region_code for m in find_region_mentions(source_name, gazetteer)
             if m.region_code and m.region_code != COUNTRY and not m.region_code.startswith("MR_")}
    return named.pop() if len(named) == 1 else None


def default_fact_region(source_name: str | None, region_code: str | None, gazetteer: Gazetteer | None = None) -> str | None:
    """Where a fact with no region named in its clause belongs: the article's region, except that a
    provincial paper's story about a macro-region or the nation (新华日报 on 长三角) speaks for its province."""
    home = source_home_region(source_name, gazetteer)
    if home and (region_code is None or region_code == COUNTRY or region_code.startswith("MR_")):
        return home
    return region_code


# Between a place and an organisation, these make the organisation a partner of what is at the place, not located there.
_PARTNER_BETWEEN = re.compile("联合(?![体国会])|携手|牵手|合作|以及|对接|引进|来自|(?<![参给])与(?!会)|(?<![共温缓调饱总])和(?![平谐睦])")


def entity_region(start: int, end: int, text: str, mentions: list[RegionMention], borrow: bool) -> str | None:
    """Region of the entity text[start:end]: a mention inside it, else (if `borrow`) the nearest one before it in
    the same sentence, unless a partner word stands between (联合, 与, 引进 …).  Inside, a later mention refines an earlier one of the same province (浙江 -> 开化 in
    浙江开化合成材料有限公司) or a national / macro one, but does not replace another province (北京荷塘生华…
    stays 北京: 荷塘 there is a word, not 株洲's district)."""
    mentions = [m for m in mentions if m.region_code is not None]  # a foreign place gives no Chinese region
    chosen = None
    for m in (m for m in mentions if m.char_start >= start and m.char_end <= end):
        if chosen is None or chosen.region_code[:2] in ("10", "MR") or m.region_code[:2] == chosen.region_code[:2]:
            chosen = m
    if chosen is not None or not borrow:
        return chosen.region_code if chosen else None
    sentence_start = max(text.rfind(c, 0, start) for c in "。！？；!?;\n") + 1
    before = [m for m in mentions if sentence_start <= m.char_start and m.char_end <= start]
    if not before or _PARTNER_BETWEEN.search(text, before[-1].char_end, start):
        return None  # 我省企业联合之江实验室: the publisher's 我省 places its own firms, not the lab they join
    return before[-1].region_code

# primary_region: what one mention is worth, by the kind of evidence it is.
SCORE = {
    "subject": 1.0,        # a place named or referred to (浙江, 我省)
    "national": 0.5,       # 我国 / 全国 / 中国: frequent in local stories too
    "list": 0.5,           # abbrev / macro mentions (沪苏浙皖, 长三角) usually enumerate
    "organisation": 0.25,  # 浙江大学: where an actor is, not what the story is about
    "title": 3.0,          # per subject mention in the title (on top of the body's)
    "early": 1.0,          # bonus for a sub-national subject mention starting before EARLY_CHARS
    "foreign": 1.0,        # a place outside China (美国, 东京, 北海 as the North Sea); early and title bonus too
    "venue": 3.0,          # the place the lead sentence says the event is held in (进博会…在上海落下帷幕)
    "seat": 0.25,          # a university whose name holds no place, at its seat, as an organisation (中国科学技术大学: 合肥)
}
SEAT_BRANCH_CHARS = 4  # a place this close after the name is a campus or branch (清华大学深圳国际研究生院): that place counts


@functools.cache
def _institution_seats() -> tuple[re.Pattern[str], dict[str, str]]:
    """(pattern of the names, name -> seat code) of lexicons/institution_seats.csv."""
    seats = dict(lexicon_frame("institution_seats.csv").select("name", "region_code").iter_rows())
    return re.compile("|".join(sorted(map(re.escape, seats), key=len, reverse=True))), seats


def institution_seats(body: str, mentions: list[RegionMention]) -> list[tuple[int, int, str]]:
    """(start, end, seat code) of every mention of a university of lexicons/institution_seats.csv in `body`, unless a
    place follows the name (a campus or branch elsewhere)."""
    pattern, seats = _institution_seats()
    starts = {m.char_start for m in mentions}
    return [(hit.start(), hit.end(), seats[hit.group()]) for hit in pattern.finditer(body)
            if not any(hit.end() + k in starts for k in range(SEAT_BRANCH_CHARS))]
# 在上海落下帷幕 / 在杭州开幕: the mention right after 在 and before one of these is where the story happens. The
# capital is left out: national meetings are held there (…总结表彰大会在北京人民大会堂召开) whatever they are about.
_VENUE_AFTER = re.compile(r"[^，,。；;：:“”]{0,8}?(?:隆重|盛大|正式)?(?:举行|举办|开幕|闭幕|召开|落下帷幕|拉开帷幕|启幕|开赛|揭牌|揭幕|开馆|开园)")
_VENUE_BEFORE = "在"
_LEAD_SENTENCE_END = re.compile("[。！？!?\n]")
# 全国劳动模范, 全国人大代表, 全国文明城市: 全国 in a title or an honour says who someone is, not that the story is national.
_HONOUR_AFTER = re.compile("劳动模范|劳模|道德模范|模范|先进|优秀|文明|人大代表|政协委员|两会|重点")
# What may stand before the nation word in its clause for it to be the clause's subject: a short time phrase (眼下全国
# 秋粮…; 上半年我国…), without a preposition, 的 or a verb's 了 (…掣肘我国农业现代化进程; 在我国全面深化改革; 交给了我国).
_CLAUSE_START = re.compile(r"[，。：；！？,:;\n]")
_NOT_SUBJECT_PREFIX = re.compile(r"[在的对把向为给了从]|.{9}")


def _opens_its_clause(body: str, m: RegionMention) -> bool:
    """The national word `m` is its clause's subject (see _NOT_SUBJECT_PREFIX); the list of all provinces always is."""
    if m.mention in NATIONWIDE_LIST_ENDS:
        return True
    start = max((hit.end() for hit in _CLAUSE_START.finditer(body, max(0, m.char_start - 12), m.char_start)), default=None)
    prefix = body[start if start is not None else max(0, m.char_start - 12):m.char_start]
    return (start is not None or m.char_start <= 8) and not _NOT_SUBJECT_PREFIX.search(prefix)
LIST_KINDS = ("abbrev", "macro")
NATIONAL_SUBJECTS = ("我国", "全国")  # unlike 中国 (中国共产党, 中国人民), these are the subject of what is said
# 【第五届全国道德模范】, 【“十三五”成就巡礼】: a series label of the title, not what this story is about.
_SERIES_LABEL = re.compile(r"【[^】]*】")
# The central state's bodies and words: a story naming them and no place at all is a national story.
_CENTRAL_BODY = re.compile(r"国务院|中共中央|党中央|中央[\u4e00-\u9fff]{0,6}(?:委员会|办公厅|部)|全国人大|全国政协"
                           r"|国家[\u4e00-\u9fff]{1,8}(?:局|部|委|署|院|办)|[\u4e00-\u9fff]{1,6}部(?:门|委)|多部门|[两三四五六七八九十]部门"
                           r"|中央军委|全军|解放军")  # the armed forces are the nation's (中央军委印发…纲要, 印发全军)
# A story naming no place at all is the nation's too: the broadcaster's own programmes and commentaries (央视快评,
# 人民日报评论员文章), the figures of the state's firms or of the economy (1-5月中央企业…, 制造业采购经理指数), the crewed
# space programme (神舟十五号航天员乘组打开天舟六号货运飞船舱门) are domestic news that need no place name; a story about
# abroad names a country or a city abroad, unless its actor is one of these bodies abroad (美联储宣布降息, 联合国秘书长).
_BODY_ABROAD = re.compile(r"联合国|美联储|世界卫生组织|世卫组织|国际奥委会|国际足联|国际货币基金组织|世界银行|世界贸易组织|世贸组织"
                          r"|欧洲央行|国际原子能机构|国际能源署")
# A digest of short items from anywhere (国内联播快讯, 国际简讯) is about none of its items' places: a domestic one is
# national, a foreign one is about abroad, however many of its items one province has. Only the digest's own name
# counts: a news flash titled 快讯：厦门BRT… is one item, and its place decides.
DIGEST_TITLES = {
    "domestic": (re.compile(r"(?:\[[^\]]*\])?\s*国内(?:联播)?(?:新闻)?(?:快讯|简讯)\s*"), COUNTRY),
    "international": (re.compile(r"(?:\[[^\]]*\])?\s*(?:国际(?:联播)?|联播国际)(?:新闻)?(?:快讯|简讯)\s*"), None),
}
EARLY_CHARS = 200  # the lead paragraph
SURVEY_PROVINCES, SURVEY_DOMINANCE = 3, 0.67  # a story naming this many provinces needs this share to be theirs
DOMINANCE = 0.5  # share of the weight a region needs to win among its peers (or within its parent)
# An article is about abroad (no Chinese primary region) when foreign mentions hold this share of all weight,
# national words (中国, 我国) included: a Chinese story citing 美国 and 欧盟 once keeps its region.
FOREIGN_DOMINANCE = 0.5


def _weight(m: RegionMention) -> float:
    """SCORE of one body mention."""
    if m.in_organisation:
        return SCORE["organisation"]
    if m.kind == "national":
        return SCORE["national"]
    if m.kind == "foreign":
        return SCORE["foreign"] + (SCORE["early"] if m.char_start < EARLY_CHARS else 0.0)
    base = SCORE["list"] if m.kind in LIST_KINDS else SCORE["subject"]
    return base + (SCORE["early"] if m.char_start < EARLY_CHARS else 0.0)


def national_subjects(body: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """我国 / 全国 (or the list of all provinces) in the lead paragraph (今年以来，我国家电产业…): the story speaks for the nation. Not 中国
    (中国共产党), not 我国 as a modifier inside a noun phrase (享有盛誉的我国陶瓷艺术)."""
    return [m for m in mentions if m.kind == "national" and m.char_start < EARLY_CHARS
            and (m.mention in NATIONAL_SUBJECTS or m.mention in NATIONWIDE_LIST_ENDS)
            and body[m.char_start - 1:m.char_start] != "的" and not is_national_scope(body, m)]


_SENTENCE_END = re.compile("[。！？!?\n]")


def opens_on_the_nation(body: str, mentions: list[RegionMention]) -> bool:
    """The lead's subject is the nation (a `national_subjects` word, not 我国首个) and every place below it comes in a
    later sentence: the places are examples of a national story (…全国城镇保障性安居工程开工率已达到了77%。/ 这两天，天津
    河西区…; 今天是我国“文化和自然遗产日”。/ 这两天，福建武夷山…)."""
    nation = next((m for m in national_subjects(body, mentions)
                   if _opens_its_clause(body, m) and not _SCOPE_AFTER.match(body, m.char_end)
                   and not _HONOUR_AFTER.match(body, m.char_end)), None)
    if nation is None:
        return False
    place = next((m for m in mentions if m.region_code != COUNTRY and not m.in_organisation), None)  # foreign ones too
    if place is None or place.char_start < nation.char_start:
        return place is None
    return _SENTENCE_END.search(body, nation.char_end, place.char_start) is not None


# A lead whose first clause's actor is a central body (国家发展改革委、商务部今天发布《鼓励外商投资产业目录》; 教育部今天
#部署…; 海关总署今天对外公布) reports the nation's policy or figures: places named only in later sentences (新版目录也鼓励
# 引导外商投资中西部地区、东北地区和海南省) are what it covers or examples, not what the story is about.
_LEAD_OPENING = re.compile(r"(?:[^：:\n。]{0,20}消息[^：:\n。]{0,12}[：:])?\s*"
                           r"(?:(?:今天|昨天|近日|日前|目前|[\d一二三四五六七八九十]+月[\d一二三四五六七八九十]+日)[，,]?)?")
_CENTRAL_ACTOR = re.compile(_CENTRAL_BODY.pattern + r"|(?:商务|教育|财政|公安|民政|司法|外交|国防|科技|工业和信息化|工信|自然资源"
                            r"|生态环境|住房和城乡建设|住建|交通运输|水利|农业农村|文化和旅游|应急管理|人力资源和?社会保障|人社"
                            r"|退役军人事务)部|审计署|海关总署|中国人民银行|人民银行|央行|最高人民法院|最高人民检察院|中央气象台")


def opens_on_a_central_body(body: str, mentions: list[RegionMention]) -> bool:
    """The lead opens on a central body (_CENTRAL_ACTOR) and no place below the nation comes before its sentence ends."""
    start = _LEAD_OPENING.match(body).end()
    if not _CENTRAL_ACTOR.match(body, start):
        return False
    place = next((m for m in mentions if m.region_code != COUNTRY and not m.in_organisation), None)  # foreign ones too
    return place is None or _SENTENCE_END.search(body, start, place.char_start) is not None


def venue_mentions(body: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """The mentions of the lead sentence that name where the event is held (在上海落下帷幕), capital excluded."""
    lead_end = lead.start() if (lead := _LEAD_SENTENCE_END.search(body)) else len(body)
    return [m for m in mentions if m.char_end <= lead_end and not m.in_organisation and m.region_code not in CAPITAL_DATELINES.values()
            and body[m.char_start - 1:m.char_start] == _VENUE_BEFORE and _VENUE_AFTER.match(body, m.char_end)]


def primary_region(mentions: list[RegionMention], *, title: str = "", dateline_place: str | None = None,
                   gazetteer: Gazetteer, body: str = "") -> str | None:
    """The one region an article is about: the dateline place, else the dominant region of weighted mentions.

    Weights (SCORE) roll up the hierarchy; the lead sentence's venue (`venue_mentions` of `body`) weighs as a title mention.  The top province wins with >= DOMINANCE of all province and macro
    weight, then descends to the prefecture / county holding >= DOMINANCE of its parent.  Else a mentioned
    macro-region wins if it and its members dominate (长三角 + 沪苏浙皖), else '100000' (a national story listing
    places), as when national mentions dominate.  None without mentions, and None when foreign mentions (美国,
    东京; weighted alike, kept under the key None) hold >= FOREIGN_DOMINANCE of all weight: a story about abroad.
    A digest's name as the title (DIGEST_TITLES) decides before the mentions, a national lead over examples
    (`opens_on_the_nation`, the title naming no place) after them. Caveat: the dateline always wins.
    """
    gz = gazetteer
    if dateline_place and (code := _resolve_place(dateline_place, gz)):
        return code
    for pattern, region in DIGEST_TITLES.values():
        if pattern.fullmatch(title):
            return region
    titled = [m for m in find_region_mentions(_SERIES_LABEL.sub("", title), gz) if not m.in_organisation] if title else []
    region = _weighted_region(mentions, titled, body, gz)
    # a national lead over examples (opens_on_the_nation, opens_on_a_central_body), in a title naming no place; a macro-region (长江经济带)
    # stays: a story of one belt or delta opens on the nation too (长江是贯通我国东中西部的黄金水道)
    if (body and not (region or "").startswith("MR_") and all(m.region_code == COUNTRY for m in titled)
            and (opens_on_the_nation(body, mentions) or opens_on_a_central_body(body, mentions))):
        return COUNTRY
    return region


# 家住新疆乌鲁木齐的任齐，特意利用春节假期来北京参观展览: where a person lives or comes from is about the person, not
# what the story is about (the exhibition in 北京); the places right after it qualify the same home.
_HOME_BEFORE = re.compile("(?:家住|家住在|老家在|老家是|老家)$")


def homes(body: str, mentions: list[RegionMention]) -> set[RegionMention]:
    """The mentions naming a person's home (家住新疆乌鲁木齐): the one after _HOME_BEFORE and those right after it."""
    found: set[RegionMention] = set()
    previous = None
    for m in sorted(mentions, key=lambda m: m.char_start):
        if (previous in found and previous.char_end == m.char_start) or _HOME_BEFORE.search(body, max(0, m.char_start - 3), m.char_start):
            found.add(m)
        previous = m
    return found


def _weighted_region(mentions: list[RegionMention], titled: list[RegionMention], body: str, gz: Gazetteer) -> str | None:
    """`primary_region` from the weighted mentions of the body and of the title (`titled`, organisations left out)."""
    scores: dict[str | None, float] = defaultdict(float)
    seats = institution_seats(body, mentions) if body else []
    # places abroad a Chinese actor reaches, ships to or deals with (中欧班列通达欧洲大陆18个国家, 远销美国、德国) are
    # objects of the story, no evidence that it is about abroad
    reached = destinations(body, 0, [m for m in mentions if m.region_code is None], _FOREIGN_OBJECT_BEFORE) if body else set()
    reached |= homes(body, mentions) if body else set()
    for m in mentions:
        if not _weighs(m) or m in reached:
            continue
        if not any(start <= m.char_start < end for start, end, _ in seats):  # 中国 of 中国科学技术大学 is part of a name
            scores[m.region_code] += _weight(m)
    for _start, _end, code in seats:
        scores[code] += SCORE["seat"]
    for m in titled:
        if _weighs(m):
            scores[m.region_code] += SCORE["title"]
    if body and (n_national := len(national_subjects(body, mentions))):
        scores[COUNTRY] += SCORE["early"] * n_national
    for m in venue_mentions(body, mentions) if body else []:
        # to the venue's province when the lead names that province before it: a provincial lab's meeting in its capital
        # (湖南湘江实验室…在长沙举行) stays the province's story unless the other mentions make it the city's; a national
        # event held in a city (第133届广交会将于4月15日在广州举办) is the city's
        province = m.region_code and (gz.info[m.region_code].province_code or m.region_code)
        named = any(x.region_code == province and x.char_start < m.char_start for x in mentions)
        scores[province if named else m.region_code] += SCORE["venue"]
    foreign = scores.pop(None, 0.0)
    total = sum(scores.values())
    if not total and not foreign and body and (_CENTRAL_BODY.search(body) or not _BODY_ABROAD.search(body)):
        return COUNTRY  # 国务院常务会议, 央视快评, 神舟十五号航天员…: a story that names no place is national (_BODY_ABROAD)
    if not total or foreign >= FOREIGN_DOMINANCE * (total + foreign):
        return None
    if scores.get(COUNTRY, 0.0) >= DOMINANCE * total:
        return COUNTRY
    rolled: dict[str, float] = defaultdict(float)  # each region with all its descendants' weight
    for code, s in scores.items():
        for c in (code, *gz.ancestors(code)) if code != COUNTRY else ():
            rolled[c] += s
    top = {c: s for c, s in rolled.items() if gz.info[c].level in ("province", "macro")}
    provinces = sorted(c for c in top if gz.info[c].level == "province")
    # A story that names several provinces (a survey, a bulletin, examples of a national policy) needs a
    # clearer winner; national mentions count against every province.
    named = sum(top[c] >= SCORE["subject"] for c in provinces)
    dominance = SURVEY_DOMINANCE if named >= SURVEY_PROVINCES else DOMINANCE
    threshold = dominance * (sum(top.values()) + scores.get(COUNTRY, 0.0))
    best = max(provinces, key=top.get, default=None)
    if best is not None and top[best] < threshold and _pair_in_title(provinces, top, titled, gz):
        return best  # the province itself: 温家宝与陕西甘肃灾区群众一起过年 is not about the county he visited in 甘肃
    if best is None or top[best] < threshold:
        groups = {c: s + sum(rolled.get(x, 0.0) for x in gz.members.get(c, ())) for c, s in top.items()
                  if c not in provinces}
        macro = max(sorted(groups), key=groups.get, default=None)
        if not macro or groups[macro] < threshold:
            return COUNTRY
        in_title = {m.region_code and (gz.info[m.region_code].province_code or m.region_code) for m in titled}  # 京津冀 as itself
        if best not in in_title or macro in in_title or best not in gz.members.get(macro, ()) or top[best] < DOMINANCE * groups[macro]:
            return macro
        # 天津：服务协同发展 (…认真落实京津冀协同发展战略): the member the title names, holding most of its macro-region's
        # weight, is what the story is about; 东北多地遭遇强降雪 stays the macro-region's however much 黑龙江 weighs
    while children := {c: s for c, s in rolled.items() if gz.info[c].parent_code == best}:
        child = max(sorted(children), key=children.get)
        if children[child] < DOMINANCE * rolled[best]:
            break
        best = child
    return best


def _pair_in_title(provinces: list[str], top: dict[str, float], titled: list[RegionMention], gz: Gazetteer) -> bool:
    """The title names exactly two provinces and they weigh most in the body: a story of two provinces side by side
    (让河北高质量发展… 湖北加快建成…; 上海、重庆两地…), about either of them (the province itself, not a place in it), not
    the nation nor a macro-region holding one."""
    # provinces named as such: 成都…火炬传递在哈尔滨举行 names two cities, one of them the venue
    named = {m.region_code for m in titled if m.kind in ("name", "short") and gz.info[m.region_code].level == "province"}
    return len(named) == 2 and set(sorted(provinces, key=top.get, reverse=True)[:2]) == named


def quote_depth(body: str):
    """offset -> how many “ quotes are open there (0 outside quotes), counted within each paragraph."""
    # Only the positions where the depth changes are stored (quotes and line breaks are rare), then bisected.
    changes, depths, running = [0], [0], 0
    for hit in _QUOTE_OR_BREAK.finditer(body):
        char = hit.group()
        if char == "\n":  # a quote left open by the layout does not run into the next paragraph
            running = 0
        else:
            running = running + 1 if char == "“" else max(running - 1, 0)
        changes.append(hit.end())
        depths.append(running)
    return lambda offset: depths[bisect.bisect_right(changes, offset) - 1] if offset < len(body) else 0




# A line that leads into the next (宁波统计局披露：) hands its subject on across the line break.
_LEADS_IN = re.compile(r"[：:]\s*\n$")
LEAD_IN_WINDOW = 40  # characters before a paragraph searched for that colon (searching from the body's start costs its length)


def article_fact_regions(body: str, sentences, fact_starts: list[list[int]], mentions: list[RegionMention], *,
                         gazetteer: Gazetteer, default: str | None) -> list[list[str | None]]:
    """The region of every fact of an article, sentence by sentence: its own clause's (sentence_fact_regions),
    else the subject region carried from an earlier sentence of the same paragraph (宁波统计局披露： / 地区生产
    总值3801.8亿元) or from the heading line above the paragraph (a bulletin's item headline: 银昆高速宁夏段全线通车 /
    今天，全长237公里的…), else `default` (the article's region); none when that subject is outside China."""
    depth = quote_depth(body)
    breaks = [m.start() for m in re.finditer("\n", body)]
    mentions = sorted(mentions, key=lambda m: m.char_start)
    mention_starts = [m.char_start for m in mentions]
    out, carried, paragraph, headed = [], None, -1, None
    for sentence, starts in zip(sentences, fact_starts):
        here = bisect.bisect_left(breaks, sentence.char_start)
        if here != paragraph:
            if not _LEADS_IN.search(body, max(0, sentence.char_start - LEAD_IN_WINDOW), sentence.char_start):
                # a new paragraph starts afresh, unless the line before leads into it; the paragraphs under a heading
                # line (up to the next one) are about the region it names, and the next heading starts afresh
                carried = None if is_heading(body, sentence) else headed
            paragraph = here
        # the sentence's own mentions: sentence_fact_regions looks at no other, and scanning all of them per sentence
        # made the regions of a long article cost as the square of its length
        own = mentions[bisect.bisect_left(mention_starts, sentence.char_start):
                       bisect.bisect_left(mention_starts, sentence.char_start + len(sentence.text))]
        found = sentence_fact_regions(sentence.text, sentence.char_start, starts, own, gazetteer, depth) if starts else []
        out.append([resolve_fact_region(code or carried, default) for code in found])
        subject = sentence_fact_regions(sentence.text, sentence.char_start, [sentence.char_end], own, gazetteer, depth, whole=True)[0] if own else None
        carried = subject or carried
        if is_heading(body, sentence):
            # a heading naming no place ends the previous heading's reach; the nation carries nothing (中国防务展团亮相阿布扎比
            # 防务展: 中国 qualifies the actor, and a national story's facts take the article's region anyway)
            headed = subject if subject != COUNTRY else None
    return out
