"""How much an article is about what the warehouse follows: science, technology, industry and the regional
innovation economy.  `relevance(title, body, topics)` -> a score in 0..1; `is_relevant(score)` -> score >= THRESHOLD.

The score is table-driven.  DOMAIN_TERMS lists named groups of words with a weight: positive groups (S&T,
industry, economy, infrastructure, innovation policy) and negative ones (politics and meetings, social welfare,
disasters and epidemics, diplomacy and conflict abroad, sport and culture, crime).  The topic taxonomy (transforms/topics.py,
lexicons/topics.csv) adds TOPIC_WEIGHT per topic hit.  Hits are counted in the body and (TITLE_WEIGHT times) in
the title, per 1000 body characters (at least topics.MIN_BODY_CHARS), so long and short articles compare:

    positive = sum(weight x hits) of positive groups + TOPIC_WEIGHT x topic hits     (per 1000 characters)
    negative = sum(|weight| x hits) of negative groups + FOREIGN_WEIGHT x foreign place mentions  (per 1000)
    score    = positive / (positive + negative + PRIOR)

PRIOR is what an article needs to outweigh to count at all: a story with no domain word scores 0, one with a
few economy words and nothing else about 0.5 to 0.7, one dense with them near 1.

THRESHOLD = 0.5: relevant when the domain words outweigh the off-domain words and the prior together.
Chosen on the corpus gold's dev part (benchmarks/fact_quality.py, relevance column; the test part is never
looked at), where the misjudged stories lie on both sides of 0.5.  Caveat: word counting cannot tell an
economic bulletin item from a political one in the same 快讯; such bulletins are judged as a whole.
Pure Python; no I/O, no dagster / duckdb.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from transforms.topics import MIN_BODY_CHARS, TITLE_WEIGHT, TopicScore


@dataclass(frozen=True)
class TermGroup:
    name: str
    weight: float  # > 0 for the domain, < 0 for what lies outside it
    words: tuple[str, ...]
    example: str  # a sentence the group is meant for (tests/test_relevance.py checks it hits)


DOMAIN_TERMS: tuple[TermGroup, ...] = (
    TermGroup("science_technology", 1.0, (
        "科技", "科学", "技术", "创新", "研发", "科研", "实验室", "专利", "高新", "芯片", "算力", "数字化", "智能",
        "信息化", "工程师", "院士", "成果转化", "攻关", "新质生产力"), "我国全社会研发投入首次突破3万亿元"),
    TermGroup("industry", 1.0, (
        "产业", "企业", "制造", "工业", "园区", "产能", "产值", "项目", "投产", "生产线", "集群", "供应链",
        "营业收入", "营收", "利润"), "全市规模以上工业增加值增长8.5%"),
    TermGroup("economy", 0.8, (
        "经济", "生产总值", "GDP", "增加值", "投资", "消费", "出口", "进口", "外贸", "贸易", "金融", "贷款", "融资",
        "市场", "增长", "同比", "亿元", "万亿", "营商环境", "税"), "一季度国内生产总值同比增长5.3%"),
    TermGroup("infrastructure", 1.0, (
        "基础设施", "重大工程", "重点工程", "水利工程", "工程建设", "一期工程", "通车", "竣工", "开通运营", "电网",
        "特大桥", "水网"),
        "南水北调东、中线一期工程已全面通水7年"),
    TermGroup("innovation_policy", 1.0, (
        "高质量发展", "新动能", "转型升级", "数字经济", "创新创业", "孵化", "人才", "技术合同", "开发区", "自贸"),
        "推动数字经济和实体经济深度融合"),
    TermGroup("politics_meetings", -1.0, (
        "会见", "会谈", "讲话", "座谈会", "全国政协", "政协委员", "人大常委会", "党组", "党员", "党的建设", "纪律",
        "主题教育", "廉政", "巡视", "表彰", "审议", "政协", "委员长", "学习教育", "党史", "评论员文章", "社论",
        "署名文章", "宣讲", "作风", "整改", "群众路线", "初心", "先进事迹", "英烈", "烈士", "勋章", "颁奖"),
        "全国政协召开专题协商会"),
    TermGroup("social_welfare", -1.0, (
        "养老", "社保", "医保", "低保", "救助", "就医", "患者", "学生", "教育", "学校", "社区", "医院", "医护", "医务",
        "医生", "看病", "大病", "康复"),
        "城乡居民基本养老保险参保人数"),
    TermGroup("disaster_epidemic", -1.0, (
        "地震", "洪水", "洪涝", "台风", "暴雨", "灾", "遇难", "伤亡", "救援", "疫情", "防控", "确诊", "病例",
        "核酸", "事故"), "各地全力做好疫情防控工作"),
    TermGroup("diplomacy_conflict", -1.0, (
        "总统", "总理", "外长", "外交", "大使", "联合国", "冲突", "袭击", "空袭", "军队", "军事", "武装", "士兵",
        "停火", "选举", "抗议", "示威", "制裁", "导弹", "战争", "难民", "通电话", "会晤", "建交", "国事访问", "贺电"),
        "双方武装冲突已造成大量平民伤亡"),
    TermGroup("sport_culture_crime", -1.0, (
        "比赛", "冠军", "奥运", "运动员", "演出", "文艺", "电影", "节目", "犯罪", "嫌疑人", "警方", "法院", "判处",
        "民俗", "文物", "博物馆", "非遗", "庙会", "考古"),
        "中国选手夺得女子10米气步枪冠军"),
)
# Per mention of a place outside China (transforms/regions, kind 'foreign'): foreign affairs without a Chinese
# angle are outside the domain (国际联播快讯 on another country's economy), a China-abroad deal keeps its weight.
FOREIGN_WEIGHT = 1.0
TOPIC_WEIGHT = 1.0  # per topic-taxonomy hit (人工智能, 集成电路, 新能源 …): each is an S&T / industry word
PRIOR = 4.0  # weighted hits per 1000 characters an article must outweigh (about four domain words per page)
THRESHOLD = 0.5  # is_relevant: see the module docstring


@functools.cache
def _term_regex() -> tuple[re.Pattern, dict[str, float]]:
    """One alternation of every term, longest first (hits do not overlap), and term -> weight."""
    weights = {word: group.weight for group in DOMAIN_TERMS for word in group.words}
    return re.compile("|".join(re.escape(w) for w in sorted(weights, key=len, reverse=True))), weights


def term_hits(text: str) -> dict[str, int]:
    """Hits per DOMAIN_TERMS group name in `text` (leftmost-longest, non-overlapping)."""
    regex, _ = _term_regex()
    group_of = {word: group.name for group in DOMAIN_TERMS for word in group.words}
    out: dict[str, int] = {}
    for hit in regex.finditer(text or ""):
        name = group_of[hit.group()]
        out[name] = out.get(name, 0) + 1
    return out


def relevance(title: str, body: str, topics: list[TopicScore] | None = None, *, foreign_mentions: int = 0) -> float:
    """Score 0..1 of how much an article is about S&T, industry and the regional innovation economy.

    `topics` are the article's `transforms.topics.article_topics(title, body)` (their hits count, title hits
    included); `foreign_mentions` counts the body's mentions of places outside China.  0.0 for an article without a single domain word; see the module docstring for the formula.
    """
    weight = {group.name: group.weight for group in DOMAIN_TERMS}
    in_body, in_title = term_hits(body), term_hits(title)
    positive = negative = 0.0
    for name in weight:
        w = (in_body.get(name, 0) + TITLE_WEIGHT * in_title.get(name, 0)) * weight[name]
        positive, negative = (positive + w, negative) if w > 0 else (positive, negative - w)
    positive += TOPIC_WEIGHT * sum(t.hits for t in topics or ())
    negative += FOREIGN_WEIGHT * foreign_mentions
    per_1000 = max(len(body or ""), MIN_BODY_CHARS) / 1000
    positive, negative = positive / per_1000, negative / per_1000
    return positive / (positive + negative + PRIOR) if positive else 0.0


def is_relevant(score: float) -> bool:
    """True when a `relevance` score reaches THRESHOLD."""
    return score >= THRESHOLD
