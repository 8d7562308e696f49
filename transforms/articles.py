"""Cut a raw page dump into the articles a reader sees, and the furniture around them.

How it works (table-driven, no per-file rules):
1. every non-empty line gets a role from LINE_RULES (the first rule whose pattern it contains);
2. paragraphs broken mid-word by the print layout are rejoined;
3. an article starts at a *lead* (byline, dateline or portal timestamp) that is followed by body
   text; the short header lines right above the lead (kicker, title, subtitle) belong to it;
4. an article that breaks off mid-sentence continues elsewhere on the page (a print jump): paragraphs printed
   inside another article, or after its end tag, whose vocabulary is the broken article's go back to it;
5. captions, furniture, orphan fragments and repeated paragraphs go to boilerplate with a reason.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from transforms.cleaning import ends_sentence, normalize_text, tidy_line
from transforms.lexicons import SOURCE_NAMES


@dataclass(frozen=True)
class LineRule:
    name: str
    role: str  # lead_byline | lead_dateline | lead_portal | caption | furniture | end_tag | author | subtitle
    pattern: str


_HAN = r"[\u4e00-\u9fff]"
_NAME = _HAN + "{2,4}"
_REPORTER = r"(?:首席|特约|实习)?(?:记者|通讯员|实习生)"
# First matching rule wins, so specific rules come before general ones.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("agency_tag", "end_tag", r"^[（(](?:新华社|中新社|人民日报)[\u4e00-\u9fff]{0,10}(?:\d{1,2}月\d{1,2}日)?电[）)]$"),
    LineRule("photo_credit", "caption", r"(?:/摄|\s摄|记者[\u4e00-\u9fff ]{2,12}摄|供图)$"),
    LineRule("photo_caption", "caption", r"^(?:图为|【资料图】|【图片】|（图片来源|图片来源[:：])"),
    LineRule("portal_timestamp", "lead_portal", r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?(?:\s+来源[:：].*)?$"),
    LineRule("portal_list_date", "furniture", r"^\d{4}-\d{2}-\d{2}$"),
    LineRule("dateline_dian", "lead_dateline", r"^(?:科技日报|本报|新华社|人民日报|中新社|经济日报)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电"),
    LineRule("dateline_xun", "lead_dateline", r"^(?:科技日报|本报|人民日报|经济日报)讯"),
    LineRule("dateline_web", "lead_dateline", r"^(?:央视网|新华网|人民网|中新网|光明网)消息[（(][^）)]{1,12}[）)][：:]"),
    LineRule("byline_marker", "lead_byline", r"^[◎▶●■]\s*\S.{0,38}$"),
    LineRule("byline_reporter", "lead_byline", rf"^(?:本报|新华社|科技日报)?{_REPORTER}\s*[\u4e00-\u9fff ·]{{2,24}}$"),
    LineRule("source_reporter", "author", rf"^[\u4e00-\u9fff·]{{2,12}}记者\s*{_NAME}(?:\s+{_NAME}){{0,3}}$"),
    LineRule("author_names", "author", rf"^{_HAN}{{2,3}}(?:\s+{_HAN}{{2,3}}){{0,3}}$"),
    LineRule("masthead_date", "furniture", r"^\d{4}年\d{1,2}月\d{1,2}日(?:\s*星期.)?$"),
    LineRule("issue_number", "furniture", r"^第\d+期|总第\d+期|出版物号|邮发代号|^CN\s?\d"),
    LineRule("editor_line", "furniture", r"^[（(]?(?:编辑|责任编辑|组版|美编|校对|新闻热线|监督举报电话|广告热线)[:：]"),
    LineRule("page_ref", "furniture", r"^\d{1,2}版$|^本期导读$|^启事$|^微信公众号$|^中国高新网$|主管$|主办$|扫码阅读全文|^上观号作者[:：]"),
    LineRule("subtitle", "subtitle", r"^——"),
    # web pages: the meta line under a headline (发布时间：2023-06-12 09:30 来源：安徽日报), the list of related stories
    # that follows the article, navigation, sharing and the site's footer
    LineRule("portal_meta", "lead_portal", r"^(?=.{0,100}$)(?=.*来源[:：])(?=.*\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)).*$"),
    LineRule("related_header", "furniture", r"^[【\[]?(?:相关新闻|相关阅读|相关链接|相关报道|推荐阅读|延伸阅读|热点推荐|热门推荐|精彩推荐|猜你喜欢|"
                                            r"往期回顾|热点新闻|更多精彩|24小时热点|热门文章|最新文章)[】\]]?[:：]?$"),
    # (short lines without a sentence end only: news text reports on 版权 and 举报 too)
    LineRule("site_footer", "furniture", r"^(?=.{0,80}$)(?!.*[。！？!?]$)(?:.*(?:ICP[备证]|公网安备|版权所有|Copyright|©)|关于我们|联系我们|"
                                         r"网站地图|广告服务|地址[:：].{0,40}(?:电话|邮编)|分享到|扫一扫|打印本页|关闭窗口|【打印】|【关闭】|字号[:：])"),
    LineRule("navigation", "furniture", r"^(?:[^|｜。，,]{1,8}\s*[|｜]\s*){2,}[^|｜。，,]{1,8}$"),
    # Markdown: a line that is only an image or only links (![](…/a.jpg), [返回首页](https://…)) is page furniture, never a
    # headline nor a paragraph
    LineRule("markdown_media", "furniture", r"^(?:\s*!?\[[^\]]*\]\([^)]*\)\s*)+$"),
)

LEAD_ROLES = ("lead_byline", "lead_dateline", "lead_portal")
HEADER_MAX_CHARS = 60  # broadcast and portal headlines run long
FRAGMENT_MIN_CHARS = 40  # a line this long without a sentence end is a broken paragraph
HEADER_MAX_LINES = 4
MIN_DUPLICATE_CHARS = 20


@dataclass
class Article:
    seq: int
    title: str
    body: str
    subtitle: str | None = None
    kicker: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    dateline_place: str | None = None
    source_name: str | None = None
    published_date: date | None = None
    date_source: str | None = None
    kind: str = "news"
    first_line: int = 0
    last_line: int = 0


@dataclass(frozen=True)
class BoilerplateBlock:
    line_no: int
    text: str
    reason: str


@functools.cache
def _compiled_line_rules() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple((re.compile(r.pattern), r.role, r.name) for r in LINE_RULES)


def line_role(text: str) -> tuple[str, str | None]:
    """(role, rule name) of one line: the first LINE_RULES pattern that matches, else ('text', None)."""
    return next(((role, name) for pattern, role, name in _compiled_line_rules() if pattern.search(text)), ("text", None))


def classify_lines(lines: pl.DataFrame) -> pl.DataFrame:
    """Add `role` and `rule` columns to a frame of (line_no, text) lines, first matching rule wins."""
    roles, names = zip(*map(line_role, lines["text"])) if lines.height else ((), ())
    return lines.with_columns(role=pl.Series(roles, dtype=pl.String), rule=pl.Series(names, dtype=pl.String))


def _page_line_rows(text: str) -> list[dict]:
    """Normalised, tidied non-empty lines: line_no (1-based), text, gap_before (a blank line before it)."""
    rows, gap = [], True
    for line_no, raw in enumerate(normalize_text(text).split("\n"), start=1):
        line = tidy_line(raw)
        if not line:
            gap = True
            continue
        rows.append({"line_no": line_no, "text": line, "gap_before": gap})
        gap = False
    return rows


def page_lines(text: str) -> pl.DataFrame:
    """The page's lines (see _page_line_rows) as a frame."""
    return pl.DataFrame(_page_line_rows(text), schema={"line_no": pl.Int32, "text": pl.String, "gap_before": pl.Boolean})


def rejoin_broken_paragraphs(lines: list[dict]) -> list[dict]:
    """Rejoin body paragraphs broken mid-word by the layout (…加 / 快建立…).

    A sentence fragment (long, or with clause punctuation) that does not end a sentence continues
    in the next text line, unless that line looks like a title. A joined line keeps its pieces as
    `parts` [(line_no, text)], so that a piece printed there by a jump can be taken back out.
    """
    out: list[dict] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev["role"] in ("text", "lead_dateline") and line["role"] == "text"
            and _is_fragment(prev["text"])
            and not ends_sentence(prev["text"])
            and not _is_header_like(line)  # a truncated paragraph followed by the next title
        ):
            prev.setdefault("parts", [(prev["line_no"], prev["text"])]).append((line["line_no"], line["text"]))
            prev["text"] += line["text"]
            continue
        out.append(dict(line))
    return out


def _is_fragment(text: str) -> bool:
    """A line that is part of running text: long, or holding clause or sentence punctuation (headings hold none)."""
    return len(text) >= FRAGMENT_MIN_CHARS or any(mark in text for mark in "，、；：。！？")


def mark_page_items(lines: list[dict]) -> list[dict]:
    """Mark photo news and portal headline lists, which are not part of the surrounding article.

    - a paragraph followed by a photo credit (…/摄), or preceded by 图片来源 and followed by an
      author line, or with 图为 after its first sentence, is a photo item (role `photo`);
    - a short line followed by a bare date line is an entry of a portal's headline list;
    - headline-like lines after 相关新闻 / 推荐阅读 … are entries of the related-stories list.
    """
    out = [dict(line) for line in lines]
    for i, line in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        prev = out[i - 1] if i > 0 else None
        if line["role"] != "text":
            continue
        if nxt is not None and nxt["rule"] == "portal_list_date":
            line["role"], line["rule"] = "furniture", "portal_headline"
        elif prev is not None and prev["rule"] in ("related_header", "related_headline") and _is_header_like(line):
            line["role"], line["rule"] = "furniture", "related_headline"  # an entry of the related-stories list
        elif nxt is not None and nxt["rule"] == "photo_credit" and (ends_sentence(line["text"]) or len(line["text"]) > FRAGMENT_MIN_CHARS):
            line["role"], line["rule"] = "photo", "text_before_photo_credit"
            nxt["role"] = "photo"
        elif prev is not None and prev["rule"] == "photo_caption" and prev["text"].startswith("图片来源"):
            line["role"], line["rule"] = "photo", "text_after_picture_source"
            prev["role"] = "photo"
            if nxt is not None and nxt["role"] == "author":
                nxt["role"] = "photo"
        elif "。图为" in line["text"]:
            line["role"], line["rule"] = "photo", "embedded_photo_caption"
    return out


def _photo_articles(lines: list[dict]) -> list[Article]:
    """One article of kind 'photo' per run of consecutive photo lines."""
    articles, run = [], []
    for line in lines + [{"role": None}]:
        if line["role"] == "photo":
            run.append(line)
            continue
        if run:
            texts = [ln for ln in run if ln["rule"] in ("text_before_photo_credit", "text_after_picture_source", "embedded_photo_caption")]
            credits = [ln["text"] for ln in run if ln not in texts]
            body = "\n".join(ln["text"] for ln in texts)
            first_sentence = re.split(r"(?<=。)", body, maxsplit=1)[0]
            articles.append(Article(seq=0, title=first_sentence[:30], body=body, kind="photo", byline=" ".join(credits) or None,
                                    first_line=run[0]["line_no"], last_line=run[-1]["line_no"]))
            run = []
    return articles


def _is_header_like(line: dict) -> bool:
    return line["role"] in ("text", "subtitle") and len(line["text"]) <= HEADER_MAX_CHARS and not ends_sentence(line["text"])


def find_article_starts(lines: list[dict]) -> list[tuple[int, int]]:
    """Return (header_start, lead_index) pairs: where each article's header and its lead begin."""
    starts: list[tuple[int, int]] = []
    taken_until = -1
    for i, line in enumerate(lines):
        if line["role"] not in LEAD_ROLES or (i > 0 and lines[i - 1]["role"] in LEAD_ROLES):
            continue
        j = i
        while j < len(lines) and lines[j]["role"] in ("lead_byline", "lead_portal"):
            j += 1
        if j >= len(lines) or lines[j]["role"] not in ("text", "lead_dateline"):
            continue  # a byline with no body after it closes an article instead
        k = i
        while k - 1 > taken_until and i - (k - 1) <= HEADER_MAX_LINES and _is_header_like(lines[k - 1]):
            k -= 1
        starts.append((k, i))
        taken_until = i
    return starts


def split_articles(text: str) -> tuple[list[Article], list[BoilerplateBlock]]:
    """Split one document into articles and boilerplate blocks.

    Offsets in later stages refer to `Article.body`, which joins the kept paragraphs with "\n".
    A document with no recognisable lead becomes one article titled by its first line.
    """
    # plain rows, not a frame: a page has tens of lines, where building polars frames costs more than the rules
    lines = _page_line_rows(text)
    for line in lines:
        line["role"], line["rule"] = line_role(line["text"])
    all_lines = mark_page_items(rejoin_broken_paragraphs(lines))
    page = _page_context(all_lines)
    photos = _photo_articles(all_lines)
    # an image or a row of links is set aside wherever it stands: between a headline and its lead it would hide the headline
    media = [BoilerplateBlock(ln["line_no"], ln["text"], "markdown_media") for ln in all_lines if ln["rule"] == "markdown_media"]
    lines = [ln for ln in all_lines if ln["role"] != "photo" and ln["rule"] != "markdown_media"]
    starts = find_article_starts(lines) or ([(0, 0)] if lines else [])
    boilerplate = [BoilerplateBlock(ln["line_no"], ln["text"], "front_matter") for ln in lines[: starts[0][0]]] if starts else []
    boilerplate += media
    articles: list[Article] = []
    segments = [(head, lead, starts[n + 1][0] if n + 1 < len(starts) else len(lines)) for n, (head, lead) in enumerate(starts)]
    repeats = repeated_paragraph_copies(lines, [(lead, end) for _, lead, end in segments])
    bodies = reattach_jumped_paragraphs([lines[lead:end] for _, lead, end in segments], repeats)
    for (head, lead, _end), body in zip(segments, bodies):
        article, dropped = _build_article(lines[head:lead], body, page, repeats)
        boilerplate.extend(dropped)
        if article is not None:
            articles.append(article)
    for photo in photos:
        _apply_dateline_and_source(photo, page)
    articles = sorted(articles + photos, key=lambda a: a.first_line)
    for seq, article in enumerate(articles, start=1):
        article.seq = seq
    return articles, boilerplate


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def repeated_paragraph_copies(lines: list[dict], segments: list[tuple[int, int]]) -> set[int]:
    """Line numbers of the copies to drop when a paragraph is printed more than once in a document.

    The print layout can place a paragraph of one article inside another and repeat it where it belongs
    (seed 001): the copy kept is the one whose article shares most of its vocabulary (character bigrams),
    not simply the first.
    """
    copies: dict[str, list[tuple[int, int]]] = {}
    for seg, (start, end) in enumerate(segments):
        for line in lines[start:end]:
            if line["role"] in ("text", "lead_dateline") and len(line["text"]) >= MIN_DUPLICATE_CHARS:
                copies.setdefault(line["text"], []).append((seg, line["line_no"]))
    drop: set[int] = set()
    for text, places in copies.items():
        if len(places) < 2:
            continue
        grams = _bigrams(text)

        def affinity(place: tuple[int, int]) -> float:
            start, end = segments[place[0]]
            context = set().union(*(_bigrams(ln["text"]) for ln in lines[start:end] if ln["text"] != text))
            return len(grams & context) / max(len(grams), 1)

        keep = max(places, key=lambda place: (affinity(place), -place[1]))
        drop |= {line_no for _, line_no in places if line_no != keep[1]}
    return drop


# A print jump (seed 000): the story at the foot of the page breaks off mid-word (…融合化发) and the rest of it is
# printed higher up, two paragraphs inside another story and one after that story's end tag. What tells a reader:
# the break itself (the story's last paragraph ends mid-sentence), text out of place in the host (a paragraph
# stopping mid-sentence, …在大会上发布了, and text after the end tag) and the vocabulary: those paragraphs speak of
# the broken story's things (5G, 工业互联网), not their host's. The thresholds below favour leaving a paragraph where
# it is: a general paragraph taken from its story harms more than a jumped one left out (docs/extraction_history.md, Articles).
JUMP_MIN_BIGRAMS = 6  # a jumped paragraph has at least this many word bigrams more frequent in the broken story …
JUMP_MARGIN = 1.5  # … and this many times as many as it has bigrams more frequent in its host, or in any other story
JUMP_HOST_MIN_PARAGRAPHS = 3  # a host keeps its first paragraph; a one- or two-paragraph story lends nothing
NEAR_COPY_CHARS = 16  # a paragraph sharing a run this long with the broken story is a printed copy, not its rest
_WORD_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,}")
_BODY_ROLES = ("text", "lead_dateline")


def _word_bigrams(text: str) -> Counter:
    return Counter(run[i:i + 2] for run in _WORD_RUN.findall(text) for i in range(len(run) - 1))


def _breaks_off(body: list[dict]) -> bool:
    """The story's last paragraph stops mid-sentence, with no end tag or author line after it (…融合化发)."""
    kept = [ln for ln in body if ln["role"] not in ("caption", "furniture")]
    return bool(kept) and kept[-1]["role"] == "text" and _is_fragment(kept[-1]["text"]) and not ends_sentence(kept[-1]["text"])


def _leaning(grams: Counter, own: Counter, own_n: int, other: Counter, other_n: int) -> int:
    """How many of a paragraph's bigrams are more frequent (per bigram of text) in `own` than in `other`."""
    return sum(1 for g in grams if own[g] * other_n > other[g] * own_n)


def reattach_jumped_paragraphs(bodies: list[list[dict]], drop_lines: set[int]) -> list[list[dict]]:
    """Give a story that breaks off mid-sentence back the paragraphs the layout printed elsewhere on the page.

    `bodies` are the stories' lines from the lead on, in page order. Only text the layout visibly displaced
    is taken, and only when its word bigrams lean to the broken story's text (JUMP_MIN_BIGRAMS, JUMP_MARGIN)
    and it is no copy of that text:
    - paragraphs after their host's end tag or author line (《2024年5G工厂名录》。工业和信息化部…), which no
      story would keep (orphan_after_article_end), and
    - a run of the host's paragraphs ending in a piece that stops mid-sentence where the host resumes
      (…在大会上发布了 glued by rejoin_broken_paragraphs onto 小桥流水…),
    both for the same broken story in the same host: one sign alone is too weak (a stray brief after an end
    tag, a layout break in a paragraph on the same subject). A host's first paragraph never moves. Moved paragraphs follow the story in page order, rejoined where one
    of them breaks off. Pages with no broken-off story are returned as they are.
    """
    broken = [n for n, body in enumerate(bodies) if _breaks_off(body)]
    if not broken:
        return bodies
    texts = ["\n".join(ln["text"] for ln in body if ln["role"] in _BODY_ROLES and ln["line_no"] not in drop_lines) for body in bodies]
    grams = [_word_bigrams(text) for text in texts]
    vocab = {"stories": [(g, max(sum(g.values()), 1)) for g in grams], "broken": {n: texts[n] for n in broken}}
    found = [_jumped_pieces(h, body, vocab) for h, body in enumerate(bodies)]
    moved: dict[int, list[dict]] = {n: [] for n in broken}
    out = []
    for body, (orphans, runs) in zip(bodies, found):
        # a host gives a story its text back when it shows that text out of place twice: dangling and after its end
        displaced = set(orphans.values()) & set(runs.values())
        taken = {key: story for key, story in {**runs, **orphans}.items() if story in displaced}
        new_body = []
        for i, line in enumerate(body):
            pieces = line.get("parts") or [(line["line_no"], line["text"])]
            keep = [(n, p) for k, (n, p) in enumerate(pieces) if (i, k) not in taken]
            for k, (line_no, piece) in enumerate(pieces):
                if (i, k) in taken:
                    moved[taken[i, k]].append({"line_no": line_no, "text": piece, "gap_before": True, "role": "text", "rule": "jumped_paragraph"})
            if len(keep) == len(pieces):
                new_body.append(line)
            elif keep:
                new_body.append({**line, "line_no": keep[0][0], "text": "".join(p for _, p in keep), "parts": keep})
        out.append(new_body)
    for n in broken:
        if moved[n]:
            out[n] = out[n] + rejoin_broken_paragraphs(sorted(moved[n], key=lambda ln: ln["line_no"]))
    return out


def _jumped_pieces(host_at: int, body: list[dict], vocab: dict) -> tuple[dict, dict]:
    """(orphans, runs) of story `host_at`, each {(line index, piece index): broken story} (see above).

    A piece glued onto the next one dangles only when that next piece leans to its host: the host resumes
    there (…发布了 + 小桥流水…), where a paragraph of the host's own broken by the layout (…加 + 快建立…) goes
    on about the same things.
    """
    paragraphs = [i for i, ln in enumerate(body) if ln["role"] in _BODY_ROLES]
    if len(paragraphs) < JUMP_HOST_MIN_PARAGRAPHS or not _shows_both_signs(body):
        return {}, {}
    host = _word_bigrams("".join(body[i]["text"] for i in paragraphs))
    host_n = sum(host.values())
    orphans: dict[tuple[int, int], int] = {}
    units = []  # before the end tag: (line index, piece index, the piece glued after it or None, target)
    closed = False
    for i, line in enumerate(body):
        closed = closed or line["role"] in ("end_tag", "author")
        if line["role"] != "text" or i == paragraphs[0]:
            continue
        pieces = [p for _, p in line.get("parts") or [(line["line_no"], line["text"])]]
        for k, piece in enumerate(pieces):
            target = _jump_target(piece, host_at, host, host_n, vocab)
            if closed and target is not None:
                orphans[i, k] = target
            elif not closed:
                units.append((i, k, pieces[k + 1] if k + 1 < len(pieces) else None, target))
    runs: dict[tuple[int, int], int] = {}
    for u, (i, k, glued_to, target) in enumerate(units):
        if target is None or glued_to is None or _jump_target(glued_to, host_at, host, host_n, vocab, home=True) != host_at:
            continue
        runs[i, k] = target
        back = u - 1  # the paragraphs printed right before a dangling piece, leaning the same way, jumped with it
        while back >= 0 and units[back][3] == target:
            runs[units[back][0], units[back][1]] = target
            back -= 1
    return orphans, runs


def _shows_both_signs(body: list[dict]) -> bool:
    """Whether a story could give anything back at all: text after its end tag or author line, and a piece glued
    mid-sentence before it. Only such a host is weighed (the vocabulary test costs a page's bigrams per paragraph)."""
    closed = after_the_end = glued = False
    for line in body:
        closed = closed or line["role"] in ("end_tag", "author")
        if line["role"] == "text":
            after_the_end = after_the_end or closed
            glued = glued or (not closed and len(line.get("parts") or ()) > 1)
    return after_the_end and glued


def _jump_target(piece: str, host_at: int, host: Counter, host_n: int, vocab: dict, home: bool = False) -> int | None:
    """The broken-off story a paragraph (piece) of story `host_at` belongs to, or None: the piece leans to it
    against its host (without the piece) and against every other story of the page. With `home`: `host_at`
    when the piece leans to its host rather than to any broken-off story, else None."""
    if len(piece) < MIN_DUPLICATE_CHARS and not home:
        return None
    grams = _word_bigrams(piece)
    rest = (host - grams, max(host_n - sum(grams.values()), 1))  # the host without this paragraph
    best, best_lead = None, 0
    for n, text in vocab["broken"].items():
        if n == host_at or any(piece[k:k + NEAR_COPY_CHARS] in text for k in range(len(piece) - NEAR_COPY_CHARS + 1)):
            continue
        story = vocab["stories"][n]
        toward, away = _leaning(grams, *story, *rest), _leaning(grams, *rest, *story)
        if home:
            if toward >= away:
                return None
            continue
        others = [rest] + [other for m, other in enumerate(vocab["stories"]) if m not in (n, host_at)]
        leads = [(_leaning(grams, *story, *other), _leaning(grams, *other, *story)) for other in others]
        if all(t >= JUMP_MIN_BIGRAMS and t >= JUMP_MARGIN * a for t, a in leads) and toward - away > best_lead:
            best, best_lead = n, toward - away
    return host_at if home else best


def _build_article(header: list[dict], rest: list[dict], page: dict, drop_lines: set[int]):
    last_line = max(ln["line_no"] for ln in rest)  # a jumped paragraph reattached at the end was printed earlier
    article = Article(seq=0, title="", body="", first_line=(header or rest)[0]["line_no"], last_line=last_line)
    _apply_header(article, header)
    paragraphs: list[str] = []
    dropped: list[BoilerplateBlock] = []
    closed = False
    for line in rest:
        role, txt = line["role"], line["text"]
        if role in ("lead_byline", "lead_portal") and not paragraphs:
            article.byline = " ".join(filter(None, [article.byline, txt]))
            continue
        if role in ("end_tag", "author"):
            _apply_closing(article, line)
            closed = True
            continue
        if role in ("caption", "furniture"):
            dropped.append(BoilerplateBlock(line["line_no"], txt, f"{role}:{line['rule']}"))
            continue
        if closed:
            dropped.append(BoilerplateBlock(line["line_no"], txt, "orphan_after_article_end"))
            continue
        if role == "lead_dateline" and article.dateline is None:
            article.dateline = txt[:40]
        if line["line_no"] in drop_lines:
            dropped.append(BoilerplateBlock(line["line_no"], txt, "duplicate_paragraph"))
            continue
        paragraphs.append(txt)
    if not paragraphs:
        dropped.extend(BoilerplateBlock(ln["line_no"], ln["text"], "header_without_body") for ln in header)
        return None, dropped
    if not article.title:
        article.title = paragraphs[0][:30]
        article.kind = "untitled"
    article.body = "\n".join(paragraphs)
    _apply_dateline_and_source(article, page)
    return article, dropped


def _apply_header(article: Article, header: list[dict]) -> None:
    """Title = the line just above the subtitle, else the last header line; lines above are kickers."""
    blocks: list[str] = []
    for line in header:  # lines with no blank line between them are one wrapped title
        if blocks and not line["gap_before"] and line["role"] == "text":
            blocks[-1] += line["text"]
        else:
            blocks.append(line["text"])
    subtitle_at = next((i for i, b in enumerate(blocks) if b.startswith("——")), None)
    if subtitle_at is not None:
        article.subtitle = blocks[subtitle_at].lstrip("—").strip()
        title_at = max(subtitle_at - 1, 0)
    else:
        title_at = len(blocks) - 1
    if blocks and title_at >= 0 and not blocks[title_at].startswith("——"):
        article.title = _clean_title(blocks[title_at])
    kickers = [b for i, b in enumerate(blocks) if i != title_at and i != subtitle_at]
    article.kicker = " / ".join(kickers) or None


# A part of a portal title that names the site or its section, not the story: 新华网, 科技频道, 上观号, 要闻.
_SITE_PART = re.compile(r"^[^\s]{0,10}(?:网|新闻|日报|晚报|在线|客户端|频道|官网|号|头条)$|^[^\s]{1,4}$")


def _clean_title(title: str) -> str:
    """Drop portal decorations: a channel prefix ending in 丨, and the ' | ' parts that name the site or a
    section; of the parts left, the last is the headline (a series label comes first:
    扎实推进长三角一体化高质量发展 | 长三角合力构建科创共同体)."""
    title = re.sub(r"^[^丨|]{1,10}丨", "", title)
    parts = [p.strip() for p in re.split(r"\s[|｜]\s", title) if p.strip()]
    story = [p for p in parts if not _SITE_PART.match(p) and p not in SOURCE_NAMES]
    return (story or parts or [""])[-1]


def _apply_closing(article: Article, line: dict) -> None:
    txt = line["text"]
    if line["role"] == "end_tag":
        article.source_name = article.source_name or _known_source(txt)
        article.dateline_place = article.dateline_place or _dateline_place(txt.strip("（）()"))
        return
    source, _, names = txt.rpartition("记者")
    if source:
        article.source_name = article.source_name or source.strip()
    article.authors = names.split() if source else txt.split()


_DATELINE = re.compile(r"^(?:科技日报|本报|新华社|人民日报|中新社|经济日报)(?P<place>[\u4e00-\u9fff]{1,8}?)(?P<m>\d{1,2})月(?P<d>\d{1,2})日电")
_LEAD_DATE = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


def _dateline_place(txt: str) -> str | None:
    match = _DATELINE.match(txt)
    return match.group("place") if match else None


_DECLARED_SOURCE = re.compile(r"来源[:：]\s*(?P<name>[^\s|｜,，]{2,20})")


def _declared_source(txt: str) -> str | None:
    """The source a web page's meta line declares (来源：每日甘肃网), when it is none of SOURCE_NAMES."""
    match = _DECLARED_SOURCE.search(txt)
    return match.group("name") if match else None


def _known_source(txt: str) -> str | None:
    return next((name for name in SOURCE_NAMES if txt.startswith(name) or name in txt[:16]), None)


def _apply_dateline_and_source(article: Article, page: dict) -> None:
    lead = article.dateline or ""
    byline = article.byline or ""
    if lead and not article.dateline_place:
        article.dateline_place = _dateline_place(lead)
    source = _known_source(lead) or _known_source(byline)
    if source in (None, "本报") or (source == "本报" and page["source"]):
        source = page["source"] if source in (None, "本报") else source
    article.source_name = article.source_name or source or _declared_source(byline)
    match = _DATELINE.match(lead) or _LEAD_DATE.search(lead[:40])
    if match and page["year"]:
        try:
            article.published_date = date(page["year"], int(match.group("m")), int(match.group("d")))
            article.date_source = "dateline+" + page["year_source"]
        except ValueError:
            pass
    elif page["date"] is not None:
        article.published_date, article.date_source = page["date"], page["date_source"]


_MASTHEAD_DATE = re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_PORTAL_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年")
_META_DATE = re.compile(r"(?P<y>\d{4})(?:-|年)(?P<m>\d{1,2})(?:-|月)(?P<d>\d{1,2})")


def _page_context(lines: list[dict]) -> dict:
    """What the page says about itself: its date (masthead or portal timestamp), year and paper."""
    page = {"date": None, "date_source": None, "year": None, "year_source": None, "source": None}
    for line in lines:
        pattern = {"masthead_date": _MASTHEAD_DATE, "portal_timestamp": _PORTAL_DATE, "portal_meta": _META_DATE}.get(line["rule"] or "")
        if pattern and page["date"] is None and (m := pattern.search(line["text"])):
            page["date"] = date(int(m["y"]), int(m["m"]), int(m["d"]))
            page["date_source"] = line["rule"]
            page["year"], page["year_source"] = page["date"].year, line["rule"]
    if page["year"] is None:
        years = [int(y) for ln in lines for y in _YEAR_IN_TEXT.findall(ln["text"]) if 1990 <= int(y) <= date.today().year]
        if years:
            page["year"], page["year_source"] = max(years), "latest_year_in_text"
    if page["date"] is None and page["year"]:
        dated = [m for ln in lines if ln["role"] == "lead_dateline" and (m := _DATELINE.match(ln["text"]) or _LEAD_DATE.search(ln["text"][:40]))]
        days = Counter((int(m["m"]), int(m["d"])) for m in dated)
        if days:
            (month, day), _n = days.most_common(1)[0]
            try:
                page["date"], page["date_source"] = date(page["year"], month, day), "most_common_dateline+" + page["year_source"]
            except ValueError:
                pass
    text = "\n".join(ln["text"] for ln in lines)
    page["source"] = next((name for name in SOURCE_NAMES if name != "本报" and f"{name}社" in text), None) or next(
        (name for name in SOURCE_NAMES if name != "本报" and name in text[:400]), None
    )
    return page
