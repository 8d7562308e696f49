"""Tests for transforms/entities.py: named innovation actors and their offsets.

Sentences are real ones from seeds/*.txt unless marked 'constructed'.  Region mentions are written by hand
(RegionMention objects as transforms.regions would return them) to keep this file fast.
"""

from __future__ import annotations

import pathlib
import re

import pytest

from transforms.articles import split_articles
from transforms.entities import MAX_NAME, Entity, entity_patterns, entity_user_words, extract_entities
from transforms.regions import RegionMention

SEEDS = sorted((pathlib.Path(__file__).parents[1] / "seeds").glob("*.txt"))
TYPES = {p.type for p in entity_patterns()} - {"block"}


def found(text: str, mentions: list | None = None) -> list[tuple[str, str]]:
    """(name, type) of every entity in `text`, after checking the offset contract."""
    entities = extract_entities(text, mentions=mentions)
    for e in entities:
        assert text[e.char_start:e.char_end] == e.name
    return [(e.name, e.type) for e in entities]


def mention(text: str, word: str, code: str, nth: int = 0) -> RegionMention:
    """A RegionMention of the nth occurrence of `word` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return RegionMention(code, word, start, start + len(word), "name")


# ---------------------------------------------------------------- full names from the seeds

@pytest.mark.parametrize(("sentence", "name", "type_"), [
    ("“由数据资源体系创新联合体开展的‘面向跨域复杂场景下的数据高性能跨域互操作关键技术研究’前不久通过中期验收",
     "数据资源体系创新联合体", "创新联合体"),
    ("数月来，在衢州开化，由浙江开化合成材料有限公司牵头组建的硅基新材料绿色智造创新联合体签约成立。",
     "浙江开化合成材料有限公司", "企业"),
    ("数月来，在衢州开化，由浙江开化合成材料有限公司牵头组建的硅基新材料绿色智造创新联合体签约成立。",
     "硅基新材料绿色智造创新联合体", "创新联合体"),
    ("11月15日，杭州数梦工场科技有限公司DTSphere产品线运营支持部副部长陆璐告诉科技日报记者。",
     "杭州数梦工场科技有限公司", "企业"),
    ("“这个平台体系是以广州实验室和粤港澳大湾区国家技术创新中心这两大国家级最高科研力量为引领，",
     "粤港澳大湾区国家技术创新中心", "技术创新中心"),
    ("会上，湘江实验室与35家头部企业成立“四算一体”产业联盟，共促数智产业发展。", "湘江实验室", "实验室"),
    ("会上，湘江实验室与35家头部企业成立“四算一体”产业联盟，共促数智产业发展。", "“四算一体”产业联盟", "产业联盟"),
    ("陆璐介绍，项目推进过程中，浙江大学依托大数据智能计算重点实验室和区块链与数据安全全国重点实验室，",
     "区块链与数据安全全国重点实验室", "全国重点实验室"),
    ("陆璐介绍，项目推进过程中，浙江大学依托大数据智能计算重点实验室和区块链与数据安全全国重点实验室，",
     "大数据智能计算重点实验室", "重点实验室"),
    ("在广州生物岛，人类细胞谱系大科学研究设施正在有条不紊地建设中。", "人类细胞谱系大科学研究设施", "重大科技基础设施"),
    ("为何要建人类细胞谱系大科学研究设施？", "人类细胞谱系大科学研究设施", "重大科技基础设施"),
    ("记者19日在位于河北省的唐山高新区采访时了解到，近年来，该区深入实施创新驱动战略，", "唐山高新区", "高新区"),
    ("从去年7月正式获批创建以来，数据资源体系创新联合体汇聚了数梦工场、蚂蚁集团、浙江大学、杭州电子科技大学等",
     "浙江大学", "高校"),
    ("记者19日从大连海事大学获悉，由该校联合南通力威机械有限公司、江苏亨通海华科技股份有限公司等单位攻关研制的",
     "大连海事大学", "高校"),
    ("记者19日从大连海事大学获悉，由该校联合南通力威机械有限公司、江苏亨通海华科技股份有限公司等单位攻关研制的",
     "江苏亨通海华科技股份有限公司", "企业"),
    ("近日，中国电力科学研究院有限公司程永锋博士牵头申报的", "中国电力科学研究院", "科研院所"),
    ("当前，浙江省科技厅正着力深化创新联合体体制机制改革，", "浙江省科技厅", "政府部门"),
    ("聚焦这一难题，国网宁夏电力有限公司电力科学研究院牵头，联合西", "国网宁夏电力有限公司", "企业"),
    ("近日，国网宁夏石嘴山供电公司陶乐220千伏变电站5号电容器组断路器第三次成功合闸", "国网宁夏石嘴山供电公司", "企业"),
    ("北京市科委、中关村管委会充分发挥共性技术平台的资源、渠道和机制优势", "中关村管委会", "政府部门"),
    ("工业芯片核心软硬件共性技术平台由中关村芯海择优科技有限公司牵头建设运营", "工业芯片核心软硬件共性技术平台", "共性技术平台"),
    ("近日从中国科学技术大学获悉，该校化学与材料科学学院陈维教授课题组，", "化学与材料科学学院", "高校"),
    ("中国科学院科技战略咨询研究院副研究员、中国高新区研究中心主任刘会武表示。", "中国高新区研究中心", "科研院所"),
    ("长三角太阳能光伏技术创新中心、长三角碳纤维及复合材料技术创新中心等一批产业技术创新平台",
     "长三角碳纤维及复合材料技术创新中心", "技术创新中心"),
    ("据青岛海关统计，2023年，上合示范区到发中欧班列863列", "青岛海关", "政府部门"),
    ("据青岛海关统计，2023年，上合示范区到发中欧班列863列", "上合示范区", "高新区"),
    ("近日，工业和信息化部等7部门联合出台《关于推动未来产业发展的实施意见》", "工业和信息化部", "政府部门"),
    ("2021年长三角种业技术创新战略联盟在南京国家农高区举行成立仪式", "长三角种业技术创新战略联盟", "产业联盟"),
    ("“中国信息通信研究院总工程师敖立说", "中国信息通信研究院", "科研院所"),
])
def test_full_name_and_type(sentence, name, type_):
    assert (name, type_) in found(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("陆璐介绍，项目推进过程中，浙江大学依托大数据智能计算重点实验室和区块链与数据安全全国重点实验室，",
     [("浙江大学", "高校"), ("大数据智能计算重点实验室", "重点实验室"),
      ("区块链与数据安全全国重点实验室", "全国重点实验室")]),
    ("从去年7月正式获批创建以来，数据资源体系创新联合体汇聚了数梦工场、蚂蚁集团、浙江大学、杭州电子科技大学等",
     [("数据资源体系创新联合体", "创新联合体"), ("蚂蚁集团", "企业"), ("浙江大学", "高校"),
      ("杭州电子科技大学", "高校")]),
    ("王少新表示，浙江省科技厅将联动省市场监管局等部门，", [("浙江省科技厅", "政府部门")]),  # 省 alone is no name
    ("以国际大科学计划、国家新型显示技术创新中心、4家省实验室、一批高水平新型研发机构为基础，涵盖各类平台27个",
     [("国家新型显示技术创新中心", "技术创新中心")]),
    ("聚焦这一难题，国网宁夏电力有限公司电力科学研究院牵头，联合西",  # the company ends where the institute starts
     [("国网宁夏电力有限公司", "企业"), ("电力科学研究院", "科研院所")]),
])
def test_exact_entities(sentence, expected):
    assert found(sentence) == expected


# ---------------------------------------------------------------- traps: generic words are not entities

@pytest.mark.parametrize("sentence", [
    "在其中，创新联合体起到了链接资源、融合协调的作用。",
    "为强化源头创新，增强创新联合体统筹能力，加强成员间深度合作，",
    "支持创新联合体与高能级创新平台加强合作，充分利用实验室和中心资源，实现基础研究与应用研究融通。",
    "该平台立足北京市在制造、材料等领域的科研优势，",
    "其他领域选取5家考核优良的实验室创建优化重组标杆，",
    "加快省实验室、省技术创新中心、省制造业创新中心建设，支持新型研发机构高质量发展。",
    "“去年，浙江完成了10大省实验室和10家省技术创新中心的布局，",
    "这标志着山西省完成首批省重点实验室优化重组。",
    "重组后，山西省重点实验室使命定位进一步清晰，",  # the province's labs as a category
    "该公司总经理助理胡家敬介绍，该联合体将重点就硅基新材料绿色制造关键技术",
    "通过柔性引进多名创新人才，加速培育多家省级以上科技孵化器，",
    "培育更多头部、高市值制造业上市公司。",
    "湖南湘江新区党工委副书记、管委会主任何朝晖表示，",
    "科技厅先后打造了“东湖论坛”“2024科普迎新春”等重点活动，",
    "首次由沪浙皖科技部门协办的",  # 科技部门 is not 科技部
    "作为产业核心载体，厦门软件园已累计注册企业万家，",
    "推动更多产品迈出实验室、走向生产线，",
    "“最近一家上海企业提出精密测量方面的技术需求，我们帮忙对接苏州某研究所，",
])
def test_generic_words_are_not_entities(sentence):
    assert found(sentence) == []


def test_region_inside_an_entity_is_part_of_it():
    text = "浙江省科技厅成果处四级调研员王少新解释，区别于常规的产学研合作，"
    entities = extract_entities(text, mentions=[mention(text, "浙江", "330000")])
    assert [(e.name, e.char_start, e.char_end, e.region_code) for e in entities] == [("浙江省科技厅", 0, 6, "330000")]


def test_region_refined_inside_and_borrowed_in_the_sentence():
    text = "数月来，在衢州开化，由浙江开化合成材料有限公司牵头组建的硅基新材料绿色智造创新联合体签约成立。随之建立的创新联合体"
    mentions = [mention(text, "衢州", "330800"), mention(text, "开化", "330824"), mention(text, "浙江", "330000"),
                mention(text, "开化", "330824", nth=1)]
    regions = {e.name: e.region_code for e in extract_entities(text, mentions=mentions)}
    assert regions == {"浙江开化合成材料有限公司": "330824", "硅基新材料绿色智造创新联合体": "330824"}


def test_region_of_another_province_inside_does_not_override():
    text = "工业级核酸类药物设计研发和生产共性技术平台由北京荷塘生华医疗科技有限公司牵头建设运营，"
    mentions = [mention(text, "北京", "110000"), mention(text, "荷塘", "430202")]
    regions = {e.name: e.region_code for e in extract_entities(text, mentions=mentions)}
    assert regions == {"工业级核酸类药物设计研发和生产共性技术平台": None, "北京荷塘生华医疗科技有限公司": "110000"}


def test_national_body_and_next_sentence_do_not_borrow_a_region():
    text = "记者1月18日从厦门火炬高新区获悉，福建省厦门市获评工业和信息化部授予的二星级“中国软件名城”称号。湘江实验室"
    mentions = [mention(text, "厦门", "350200"), mention(text, "福建省", "350000"),
                mention(text, "厦门市", "350200")]
    regions = {e.name: e.region_code for e in extract_entities(text, mentions=mentions)}
    assert regions == {"厦门火炬高新区": "350200", "工业和信息化部": None, "湘江实验室": None}


def test_a_partner_is_not_placed_where_its_partner_is():
    # seed 004 (新华日报, 我省 = 江苏): the labs 我省 pushes are 江苏's; the lab 我省's firms join is 浙江's 之江实验室
    joined = "其中,我省行业骨干企业牵头联合之江实验室、浙江大学等单位共同实施的3个项目获批立项,"
    pushed = "未来,我省还将推动紫金山实验室、太湖实验室、钟山实验室等承担更多战略任务,"
    deictic = [RegionMention("320000", "我省", t.index("我省"), t.index("我省") + 2, "deictic") for t in (joined, pushed)]
    assert {e.name: e.region_code for e in extract_entities(joined, mentions=[deictic[0]])}["之江实验室"] is None
    assert {e.name: e.region_code for e in extract_entities(pushed, mentions=[deictic[1]])}["紫金山实验室"] == "320000"


def test_join_word_not_crossed_before_a_region():
    text = "汇聚了数梦工场和浙江实验室等单位"  # constructed
    assert found(text, [mention(text, "浙江", "330000")]) == [("浙江实验室", "实验室")]
    assert found(text) == [("数梦工场和浙江实验室", "实验室")]  # without mentions the join is crossed


def test_name_longer_than_max_is_dropped():
    text = "甲" * (MAX_NAME + 5) + "有限公司"  # constructed: no boundary within MAX_NAME characters
    assert found(text) == []
    assert found("，" + "甲" * (MAX_NAME - 4) + "有限公司") == [("甲" * (MAX_NAME - 4) + "有限公司", "企业")]


# ---------------------------------------------------------------- the table and the whole corpus

@pytest.mark.parametrize("pattern", entity_patterns(), ids=lambda p: p.name)
def test_table_example(pattern):
    if pattern.example.endswith("(no entity)"):
        assert found(pattern.example.removesuffix("(no entity)").strip()) == []
    else:
        assert found(pattern.example) == [(pattern.example, pattern.type)]


def test_entity_user_words():
    words = dict(entity_user_words())
    for word in ("创新联合体", "技术创新中心", "全国重点实验室", "大科学研究设施", "有限公司", "工业和信息化部"):
        assert word in words
    assert "上市公司" not in words and "公司" not in words  # block words; 2-character words jieba has anyway
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{3,}", w) and tag for w, tag in words.items())


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_offsets_on_every_seed_article(seed):
    articles, _ = split_articles(seed.read_text(encoding="utf-8"))
    total = 0
    for article in articles:
        entities = extract_entities(article.body)
        total += len(entities)
        for e in entities:
            assert isinstance(e, Entity) and article.body[e.char_start:e.char_end] == e.name
            assert e.type in TYPES and 3 <= len(e.name) <= MAX_NAME
        assert all(a.char_end <= b.char_start for a, b in zip(entities, entities[1:]))  # sorted, no overlap
    assert total > 0
