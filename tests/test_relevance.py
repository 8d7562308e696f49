"""transforms/relevance.py: the S&T / economy relevance score and its threshold."""

from __future__ import annotations

import pathlib

import pytest

from transforms.relevance import DOMAIN_TERMS, THRESHOLD, is_relevant, relevance, term_hits
from transforms.topics import article_topics

SEEDS = pathlib.Path(__file__).parents[1] / "seeds"

RELEVANT = ("江苏：研发投入强度达3.3%",
            "2023年，江苏全社会研发投入超过3800亿元，研发投入强度达到3.3%。全省高新技术企业超过5万家，"
            "科技型中小企业评价入库9.4万家。苏州实验室、国家第三代半导体技术创新中心加快建设，"
            "集成电路、生物医药、人工智能等产业集群规模持续扩大，规模以上工业增加值同比增长7.6%。")
IRRELEVANT = ("多国领导人出席停火谈判",
              "当地时间周日，双方代表在开罗举行新一轮停火谈判。联合国秘书长呼吁立即停火，"
              "并表示冲突已造成大量平民伤亡。该国总统与外长分别会见了各方代表，抗议活动在多个城市持续。"
              "运动员代表队的比赛也因局势被迫推迟。")


def score(title: str, body: str, **kw) -> float:
    return relevance(title, body, article_topics(title, body), **kw)


def test_relevant_article_scores_high():
    s = score(*RELEVANT)
    assert s >= 0.85 and is_relevant(s)


def test_irrelevant_article_scores_low():
    s = score(*IRRELEVANT, foreign_mentions=1)
    assert s < THRESHOLD and not is_relevant(s)


def test_no_domain_word_scores_zero():
    assert relevance("今日天气", "今天晴，最高气温二十度。") == 0.0


def test_foreign_mentions_lower_the_score():
    title, body = "国际快讯", "美国一季度经济增长1.6%，日本央行维持利率不变，欧盟贸易额下降。"
    assert score(title, body, foreign_mentions=3) < score(title, body) and score(title, body, foreign_mentions=3) < THRESHOLD


def test_scores_are_in_unit_interval_on_seeds():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert 0.5 < score("", text) <= 1.0  # every seed file is S&T news


@pytest.mark.parametrize("group", DOMAIN_TERMS, ids=lambda g: g.name)
def test_every_term_group_hits_its_example(group):
    assert term_hits(group.example).get(group.name, 0) >= 1
    assert group.weight != 0 and len(set(group.words)) == len(group.words)


# Meetings, party-building, honours and heads-of-state calls that mention the economy in passing: the genre's own
# words (审议, 委员长, 作风, 勋章, 先进事迹, 通电话, 建交 …) outweigh the passing economy words.
POLITICS_AND_DIPLOMACY = [
    ("王岐山参加黑龙江代表团审议",
     "中共中央政治局常委王岐山来到黑龙江代表团参加审议。王岐山表示，完全赞成委员长所作的全国人大常委会工作报告。"
     "要坚定不移深化改革，扩大开放，全面提高开放型经济水平。要加快转变对外经济发展方式，促进进出口贸易平衡发展。"),
    ("湖南：狠抓作风建设 推动工作落地见效",
     "针对改革创新攻坚克难中存在的问题，湖南通过开展政治建设考察，推动县市区等基层组织把中央部署的各项任务落到实处。"
     "当地通过大力压缩基建项目、节减行政开支，多渠道筹集资金，解决了污染治理的资金缺口问题。"),
    ("“七一勋章”获得者：推动民族团结进步的买买提江·吾买尔",
     "在买买提江·吾买尔的带动下，布力开村300多名年轻人进工厂、学技术，村集体经济由负债52万元变为年收入130多万元。"),
    ("林俊德同志先进事迹报告会在京举行",
     "中国工程院今天在人民大会堂举行林俊德同志先进事迹报告会。中国工程院院士邱爱慈、总装某基地技术部总工程师钟方华"
     "讲述了林俊德同志的先进事迹。"),
    ("习近平同沙特国王通电话",
     "中方愿同沙方以两国建交30周年为契机，加强共建“一带一路”倡议同沙特“2030愿景”对接，维护全球产业链供应链稳定，"
     "引领数字经济合作。"),
]


@pytest.mark.parametrize(("title", "body"), POLITICS_AND_DIPLOMACY, ids=[t for t, _ in POLITICS_AND_DIPLOMACY])
def test_political_and_diplomatic_genres_are_irrelevant(title, body):
    assert not is_relevant(score(title, body))


# Infrastructure is one of the warehouse's indicators: a project built, opened or connected (工程, 通车, 竣工,
# 开通运营, 电网, 特大桥, 水网) is relevant even without an economy word.
INFRASTRUCTURE = [
    ("南水北调工程已累计调水494亿立方米",
     "南水北调东、中线一期工程已全面通水7年，累计调水494亿立方米，惠及沿线40多座大中城市，初步构筑了“南北调配、"
     "东西互济”的水网格局。7年来，工程年调水量从20多亿立方米持续攀升至近100亿立方米。"),
    ("哈大高铁开通运营 高铁建设如期推进",
     "哈大高铁是中国首条，同时也是世界上第一条投入运营的高寒地区长大高速铁路。营业里程921公里，设计时速350公里。"),
    ("渝贵铁路开通 西部再添出海通道",
     "连接重庆和贵阳的渝贵铁路今天开通运营，也为西北、西南地区增添了一条连接华南地区的出海新通道。全长347公里的渝贵铁路，"
     "让长江经济带与“一带一路”更紧密对接，支撑起西部大开发和对外开放的新格局。"),
    ("国内联播快讯",
     "四川“新都桥—甘孜—石渠”电网联网工程日前竣工通电，线路全长1015公里。该工程将有效解决四川甘孜藏区西北部地区"
     "长期缺电问题，惠及140多万农牧民群众。"),
]


@pytest.mark.parametrize(("title", "body"), INFRASTRUCTURE, ids=[b[:12] for _, b in INFRASTRUCTURE])
def test_infrastructure_projects_are_relevant(title, body):
    assert is_relevant(score(title, body))


# Health care for people (医院, 医生, 医务, 看病, 大病, 康复) is social welfare, not the 生物医药 industry whose topic
# words (医疗, 疫苗) it shares; a 社论 or 署名文章 is a political commentary whatever economy it names.
WELFARE_AND_EDITORIALS = [
    ("各地推进老年人新冠病毒疫苗接种工作",
     "四川省各地正通过设立老年人“绿色通道”、流动接种车、家庭医生为行动不便的老人上门接种等措施，提高老年人疫苗接种率。"
     "当地卫生部门组建入户小分队，医务人员仔细检查后，及时为他们接种了加强针。"),
    ("人民日报社论：续写“一国两制”成功实践新篇章",
     "今天出版的人民日报发表社论。文章说，回归20年来，澳门经济快速增长、民生持续改善、社会稳定和谐。"
     "澳门经济社会发展取得的巨大成就，向世界展示了具有澳门特色的“一国两制”成功实践。"),
]


@pytest.mark.parametrize(("title", "body"), WELFARE_AND_EDITORIALS, ids=[t[:12] for t, _ in WELFARE_AND_EDITORIALS])
def test_health_care_and_editorials_are_irrelevant(title, body):
    assert not is_relevant(score(title, body))


# Heritage and folk culture (考古, 文物, 博物馆, 非遗, 民俗, 庙会) is culture, even when it names 人才, 创新 or 科学.
HERITAGE = [
    ("2021年度全国十大考古新发现结果揭晓",
     "国家文物局公布“2021年度全国十大考古新发现”最终评审结果。入选项目为研究人类起源与演化以及中华文明起源、形成与发展，"
     "提供了新的科学依据和实物证据。"),
    ("【团结奋斗 忠诚履职】李国伟：用匠心传承好非遗文化",
     "来自云南保山的全国人大代表李国伟是一名非遗传承人。一些非遗传承人向他反映，青年人才短缺影响着非遗的传承与创新。"
     "非遗人才匮乏，大部分制作技艺都要纯手工完成。"),
]


@pytest.mark.parametrize(("title", "body"), HERITAGE, ids=[t[:12] for t, _ in HERITAGE])
def test_heritage_and_folk_culture_are_irrelevant(title, body):
    assert not is_relevant(score(title, body))
