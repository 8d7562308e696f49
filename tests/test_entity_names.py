"""Tests for transforms/entity_names.py: the mentions of one article that name the same entity get one name.

Names are real ones from seeds/*.txt (the article about 浙江's 创新联合体 in seeds/000_*.txt names both
数据资源体系创新联合体 and 数据资源创新联合体) unless marked 'constructed'.
"""

from __future__ import annotations

import pathlib

import pytest

from transforms.articles import split_articles
from transforms.entities import Entity, extract_entities
from transforms.entity_names import ALIAS_RULES, canonical_names, joining_rule, split_name

SEED_000 = next((pathlib.Path(__file__).parents[1] / "seeds").glob("000_*.txt"))


def entities(*names_and_types: tuple[str, str]) -> list[Entity]:
    """Entities laid out one after another, as if in one article."""
    out, at = [], 0
    for name, type_ in names_and_types:
        out.append(Entity(name, type_, at, at + len(name)))
        at += len(name) + 1
    return out


def resolved(*names_and_types: tuple[str, str]) -> dict[str, str]:
    ents = entities(*names_and_types)
    return dict(zip((e.name for e in ents), canonical_names(ents)))


@pytest.mark.parametrize("rule", ALIAS_RULES, ids=lambda r: r.name)
def test_rule_example_joins_by_that_rule(rule):
    short, full, type_ = rule.example
    assert joining_rule(split_name(short, type_), split_name(full, type_)) == rule.name
    assert resolved((full, type_), (short, type_)) == {full: full, short: full}


@pytest.mark.parametrize(("short", "full", "type_"), [
    ("数据资源创新联合体", "数据资源体系创新联合体", "创新联合体"),  # seed 000: the later, shorter mention
    ("之江实验室", "浙江之江实验室", "实验室"),  # constructed: 之江实验室 (seed 004) with its province in front
    ("杭州高新区", "浙江杭州高新区", "高新区"),  # constructed
    ("长三角技术创新研究院", "上海长三角技术创新研究院", "科研院所"),  # seed 004 full name; the place rule holds for institutes
])
def test_short_form_joins_the_full_name(short, full, type_):
    assert resolved((short, type_), (full, type_)) == {short: full, full: full}  # whichever comes first


@pytest.mark.parametrize("names", [
    # seed 002: three different 技术创新中心 of 广东
    [("国家新型显示技术创新中心", "技术创新中心"), ("广州颠覆性技术创新中心", "技术创新中心"),
     ("粤港澳大湾区国家技术创新中心", "技术创新中心")],
    # seed 004: 长三角's centres share a place and a type word, not a subject
    [("长三角国家技术创新中心", "技术创新中心"), ("长三角太阳能光伏技术创新中心", "技术创新中心"),
     ("长三角碳纤维及复合材料技术创新中心", "技术创新中心")],
    [("长三角科研院所联盟", "产业联盟"), ("长三角国家科技成果转移转化示范区联盟", "产业联盟")],  # seed 004
    [("之江实验室", "实验室"), ("钟山实验室", "实验室"), ("太湖实验室", "实验室"), ("紫金山实验室", "实验室")],  # seed 004
    # 全国重点实验室 names differ by their subject (constructed from seed 000's lab)
    [("区块链与数据安全全国重点实验室", "全国重点实验室"), ("区块链安全全国重点实验室", "全国重点实验室")],
    [("硅材料全国重点实验室", "全国重点实验室"), ("硅材料器件全国重点实验室", "全国重点实验室")],  # constructed
    [("浙江大学", "高校"), ("浙江工业大学", "高校")],  # constructed: a place is no name
    [("杭州高新区", "高新区"), ("杭州钱塘高新区", "高新区")],  # constructed: another zone of the same city
    [("国网宁夏电力有限公司", "企业"), ("国网宁夏石嘴山供电公司", "企业")],  # seed 000: parent and branch
    [("咪咕公司", "企业"), ("咪咕文化科技有限公司", "企业")],  # seed 001: companies are left alone
    [("数据资源创新联合体", "创新联合体"), ("数据资源体系实验室", "实验室")],  # constructed: different types
    [("中国科学院", "科研院所"), ("中国科学院大学", "高校")],  # seed 003 / constructed
    [("阿拉伯国家联盟", "产业联盟"), ("阿拉伯国家广播联盟", "产业联盟")],  # CCTV corpus: 联盟 says too little
])
def test_different_entities_keep_their_names(names):
    assert resolved(*names) == {n: n for n, _ in names}


def test_a_short_form_that_fits_two_full_names_joins_neither():
    names = [("数据资源体系创新联合体", "创新联合体"), ("数据资源共享创新联合体", "创新联合体"),  # constructed
             ("数据资源创新联合体", "创新联合体")]
    assert resolved(*names) == {n: n for n, _ in names}


def test_a_region_mention_marks_the_place_in_front():
    # 开化 is not a jieba place word; the region mention says it is one (constructed from seed 000's 开化)
    ents = entities(("开化硅基新材料创新联合体", "创新联合体"), ("硅基新材料创新联合体", "创新联合体"))
    assert canonical_names(ents) == ["开化硅基新材料创新联合体", "硅基新材料创新联合体"]
    assert canonical_names(ents, place_spans=[(0, 2)]) == ["开化硅基新材料创新联合体"] * 2


def test_the_zhejiang_seed_article_names_its_consortium_once():
    articles, _ = split_articles(SEED_000.read_text(encoding="utf-8"))
    ents = extract_entities(articles[0].body)
    canonical = dict(zip((e.name for e in ents), canonical_names(ents)))
    assert canonical["数据资源创新联合体"] == "数据资源体系创新联合体"
    assert canonical["硅基新材料绿色智造创新联合体"] == "硅基新材料绿色智造创新联合体"
    assert all(c == n for n, c in canonical.items() if n != "数据资源创新联合体")  # nothing else in it merges
