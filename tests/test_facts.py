"""Tests for transforms.facts: sentence splitting, number parsing, fact extraction.

Sentences are real ones from seeds/*.txt unless marked 'constructed'.
"""
from __future__ import annotations

import math
import os
import random
from pathlib import Path

import pytest

from transforms import facts as F
from transforms.cleaning import is_heading
from transforms.facts import Fact, Sentence, extract_facts, parse_number, split_sentences
from transforms.facts import tables as fact_tables
from transforms.lexicons import LEXICON_DIR, lexicon_rows

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
PREFIX = "导语。\n"  # shifts every sentence so offsets must be body-relative
BOUNDS = {"at_least", "about", "at_most", "exact", "range"}


def facts_in(text: str) -> list[Fact]:
    """Run the real pipeline on PREFIX + text and check the offset contract."""
    body = PREFIX + text
    out = [f for s in split_sentences(body) for f in extract_facts(s)]
    for f in out:
        assert body[f.char_start:f.char_end] == f.mention
    return out


def in_sentence(text: str, mention: str) -> Fact:
    """The first fact whose mention is `mention`, with `text` taken as one sentence (no prefix, no splitting)."""
    return next(f for f in extract_facts(Sentence(text, 0, len(text))) if f.mention == mention)


def one(text: str, mention: str) -> Fact:
    """The single fact whose mention is `mention`."""
    found = [f for f in facts_in(text) if f.mention == mention]
    assert len(found) == 1, (mention, facts_in(text))
    return found[0]


# ---------------------------------------------------------------- split_sentences
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", []),
        ("  \n\n \u3000\n", []),
        ("数字改变生活。近年来，浙江全面推进实施数字化改革。",
         ["数字改变生活。", "近年来，浙江全面推进实施数字化改革。"]),
        # closing quote stays with the sentence it closes
        ("“整体研究进展达到30%。”11月15日，陆璐告诉记者。",
         ["“整体研究进展达到30%。”", "11月15日，陆璐告诉记者。"]),
        ("工业5G模组标识商用初期下降90%；工业互联网标识服务企业超45万家",
         ["工业5G模组标识商用初期下降90%；", "工业互联网标识服务企业超45万家"]),
        # newline = paragraph end, surrounding whitespace trimmed by offsets
        ("  锚定现代化 改革再深化 \n\n◎洪恒飞 本报记者 江 耘\n",
         ["锚定现代化 改革再深化", "◎洪恒飞 本报记者 江 耘"]),
        ("为什么会选择釉下气泡？余笑兵介绍!真的吗?是的",
         ["为什么会选择釉下气泡？", "余笑兵介绍!", "真的吗?", "是的"]),
        # half-width ';' as used by seed 001, and '……' does not split
        ("争取国家各类专项资金的支持;推动全年信贷总量合理增长……", ["争取国家各类专项资金的支持;", "推动全年信贷总量合理增长……"]),
    ],
)
def test_split_sentences(body, expected):
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert body[s.char_start:s.char_end] == s.text


def test_split_sentences_offsets_on_random_text():
    rng = random.Random(7)
    alphabet = list("创新联合体家个%。！？；!?;”’」)\n \u3000，、12345.万亿超近第《》“") + ["\r\n"]
    for _ in range(300):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for s in split_sentences(body):
            assert s.text and s.text == s.text.strip()
            assert body[s.char_start:s.char_end] == s.text
            for f in extract_facts(s):  # must never crash or break the offset contract
                assert body[f.char_start:f.char_end] == f.mention


# ---------------------------------------------------------------- parse_number
@pytest.mark.parametrize(("text", "value"), [("17949.6亿", 1794960000000.0), ("15078.6亿", 1507860000000.0), ("0.7万", 7000.0),
                                             ("1.1万", 11000.0), ("3.3亿", 330000000.0)])
def test_parse_number_is_exact_with_magnitudes(text, value):
    assert parse_number(text) == value  # an analyst reads 1794960000000, not 1794959999999.9998


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("41", 41), ("1.8", 1.8), ("408.9", 408.9), ("1,234", 1234), ("12,345.5", 12345.5),
        ("４１", 41), ("４０８．９", 408.9), (" 41 ", 41),
        ("四十二", 42), ("十余", 10), ("十", 10), ("两", 2), ("两千", 2000), ("二十多", 20),
        ("一百二十", 120), ("三千五百万", 3.5e7), ("千亿", 1e11), ("五十万", 5e5),
        ("1.5万", 15000), ("2.4万亿", 2.4e12), ("1.8亿", 1.8e8), ("6000万", 6e7),
        ("200余", 200), ("50.2万亿", 5.02e13),
        ("", None), ("abc", None), ("GD11000", None), ("1/200", None), ("2023-06-01", None),
        ("十四五", None), ("百千万", None), ("第二", None), ("5G", None), ("%", None),
    ],
)
def test_parse_number(text, value):
    got = parse_number(text)
    if value is None:
        assert got is None
    else:
        assert got == pytest.approx(value, rel=1e-12)


# ---------------------------------------------------------------- extract_facts
SEED_000_CONSORTIA = (
    "近两年，以重大科技攻关任务或项目为牵引，浙江省科技厅纵深推进以龙头企业为核心的创新联合体建设，"
    "已组建起包括数据资源体系创新联合体在内的创新联合体41家，参与高校院所及医院138家次，"
    "涉及上下游企业243家次，在绿色能源、智能网联、工业互联网等领域攻关成效明显。"
)

# (sentence, mention, subject, value, unit, qualifier, bound, indicator, period)
FACT_CASES = [
    (SEED_000_CONSORTIA, "41家", "创新联合体", 41, "家", None, "exact", "platforms", "近两年"),
    (SEED_000_CONSORTIA, "138家次", "高校院所及医院", 138, "家次", None, "exact", "other", "近两年"),
    (SEED_000_CONSORTIA, "243家次", "上下游企业", 243, "家次", None, "exact", "enterprises", "近两年"),
    ("工业和信息化部党组成员、副部长张云明介绍，我国适度超前建设5G网络，累计建成开通5G基站408.9万个；",
     "408.9万个", "5G基站", 4089000, "个", None, "exact", "infrastructure", None),
    ("工业互联网标识服务企业超45万家，注册量突破6000万个。",
     "超45万家", "工业互联网标识服务企业", 450000, "家", "超", "at_least", "enterprises", None),
    ("工业互联网标识服务企业超45万家，注册量突破6000万个。",
     "突破6000万个", "注册量", 6e7, "个", "突破", "at_least", "other", None),
    ("同时，实施5G工厂“百千万”行动，建设超4000家5G工厂；",
     "超4000家", "5G工厂", 4000, "家", "超", "at_least", "other", None),  # factories are sites, not firms
    ("“5G+工业互联网”全国建设项目覆盖1.5万个，实现41个工业大类全覆盖；",
     "1.5万个", "5G+工业互联网全国建设项目", 15000, "个", None, "exact", "projects", None),
    ("“5G+工业互联网”全国建设项目覆盖1.5万个，实现41个工业大类全覆盖；",
     "41个", "工业大类", 41, "个", None, "exact", "other", None),
    ("数据显示，2024年1至8月，浙江规模以上数字经济核心产业营业收入突破2.4万亿元，同比增长5.5%；",
     "突破2.4万亿元", "数字经济核心产业营业收入", 2.4e12, "元", "突破", "at_least", "output", "2024年1至8月"),
    ("数据显示，2024年1至8月，浙江规模以上数字经济核心产业营业收入突破2.4万亿元，同比增长5.5%；",
     "5.5%", "数字经济核心产业营业收入", 5.5, "%", None, "exact", "output", "2024年1至8月"),
    ("“由数据资源体系创新联合体开展的‘面向跨域复杂场景下的数据高性能跨域互操作关键技术研究’前不久通过中期验收，"
     "整体研究进展达到30%。”",
     "达到30%", "整体研究进展", 30, "%", "达到", "exact", "other", None),
    ("工业5G模组标识商用初期下降90%；",
     "90%", "工业5G模组标识商用初期", 90, "%", None, "exact", "other", None),
    ("从去年7月正式获批创建以来，数据资源体系创新联合体汇聚了数梦工场、蚂蚁集团、浙江大学、杭州电子科技大学等"
     "10余家企业及高校参与创建，并按计划孕育了一批关键技术成果。",
     "10余家", "企业及高校", 10, "家", "余", "at_least", "other", "去年"),
    ("截至目前，陶瓷艺术品官方溯源平台已服务200余名陶瓷艺术家，录入了1200余幅陶瓷艺术精品，其中包括24名国家级大师的作品。",
     "200余名", "陶瓷艺术家", 200, "名", "余", "at_least", "other", "截至目前"),
    ("截至目前，陶瓷艺术品官方溯源平台已服务200余名陶瓷艺术家，录入了1200余幅陶瓷艺术精品，其中包括24名国家级大师的作品。",
     "24名", "国家级大师", 24, "名", None, "exact", "other", "截至目前"),
    ("自1996年启动建设至今,山西省共建设142家省重点实验室,已经成为该省推动原始创新的战略科技力量。",
     "142家", "省重点实验室", 142, "家", None, "exact", "platforms", "1996"),
    ("我国数字经济规模占GDP比重41.5%",
     "41.5%", "数字经济规模占GDP比重", 41.5, "%", None, "exact", "output", None),
    ("本报讯“截至2022年年底,我国数字经济规模已达到50.2万亿元,占GDP比重达到41.5%。”",
     "达到50.2万亿元", "数字经济规模", 5.02e13, "元", "达到", "exact", "output", "截至2022年年底"),
    ("2022年,我省向沪浙皖输出的技术合同超9300项,成交额超307亿元;",
     "超9300项", "技术合同", 9300, "项", "超", "at_least", "tech_contracts", "2022"),
    ("发布会上,相关负责人介绍,2023年浙江将力争全省研发投入强度达3.1%,规上工业企业R&D(科学研究与试验发展)经费占营业收入比重超3%;",
     "达3.1%", "研发投入强度", 3.1, "%", "达", "exact", "rd_intensity", "2023"),
    ("发布会上,相关负责人介绍,2023年浙江将力争全省研发投入强度达3.1%,规上工业企业R&D(科学研究与试验发展)经费占营业收入比重超3%;",
     "超3%", "规上工业企业R&D经费占营业收入比重", 3, "%", "超", "at_least", "rd_intensity", "2023"),
    # written here in the wording of provincial statistics bulletins (the seeds state R&D only as a share)
    ("2023年,广东省全社会研发经费投入超过4800亿元,占地区生产总值比重3.5%。",
     "超过4800亿元", "广东省全社会研发经费投入", 4.8e11, "元", "超过", "at_least", "rd_expenditure", "2023"),
    # a subject that is only a change (由…提高到) takes the subject of the fact before it; 提高到 gives the new
    # level, so it keeps that subject's indicator (bulletin wording, constructed)
    ("2024年,全市研发投入强度由2.1%提高到2.5%。",
     "2.5%", "研发投入强度", 2.5, "%", None, "exact", "rd_intensity", "2024"),
    ("2024年,全市研发投入强度由2.1%提高到2.5%。",
     "2.1%", "研发投入强度", 2.1, "%", None, "exact", "rd_intensity", "2024"),
    # a change in percentage points is growth in 百分点, not a count of 个 (bulletin wording, constructed)
    ("2023年,全省研发投入强度达到2.68%,比上年提高0.12个百分点。",
     "0.12个百分点", "研发投入强度", 0.12, "百分点", None, "exact", "rd_intensity", "2023"),
    ("细化抓好年度1000项左右浙江省重大项目,确保2023年完成重大项目投资1万亿元以上,带动固定资产投资增长6%以上;",
     "1000项左右", "浙江省重大项目", 1000, "项", "左右", "about", "projects", None),
    ("细化抓好年度1000项左右浙江省重大项目,确保2023年完成重大项目投资1万亿元以上,带动固定资产投资增长6%以上;",
     "1万亿元以上", "重大项目投资", 1e12, "元", "以上", "at_least", "investment", "2023"),
    ("细化抓好年度1000项左右浙江省重大项目,确保2023年完成重大项目投资1万亿元以上,带动固定资产投资增长6%以上;",
     "6%以上", "固定资产投资", 6, "%", "以上", "at_least", "investment", "2023"),
    ("目前,该平台已累计推广芯片、器件等元器件约330万颗,价值超5000万元,带动国产工业芯片“进电网”“进轨交”。",
     "约330万颗", "元器件", 3.3e6, "颗", "约", "about", "other", "目前"),
    ("2022年智能算力规模达到268百亿亿次/秒(EFLOPS),超过通用算力规模。",
     "达到268百亿亿次/秒", "智能算力规模", 268, "EFLOPS", "达到", "exact", "infrastructure", "2022"),
    ("“中国智能算力规模将持续高速增长,预计到2026年中国智能算力规模将达到1271.4EFLOPS,未来5年复合增长率达52.3%,"
     "同期通用算力规模的复合增长率为18.5%。”IDC中国副总裁周震刚说。",
     "达52.3%", "复合增长率", 52.3, "%", "达", "exact", "other", "未来5年"),
    ("其安全工作载荷高达15吨,工作速度最高可达120米/分钟;",
     "高达15吨", "安全工作载荷", 15, "吨", "高达", "exact", "other", None),
    ("其非金属铠装光电缆缆长13000米,缆径不足34毫米,动力传输功率达到51千瓦以上,能在全世界范围所有海域开展科考作业",
     "不足34毫米", "缆径", 34, "毫米", "不足", "at_most", "other", None),
    ("其非金属铠装光电缆缆长13000米,缆径不足34毫米,动力传输功率达到51千瓦以上,能在全世界范围所有海域开展科考作业",
     "达到51千瓦以上", "动力传输功率", 51, "千瓦", "以上", "at_least", "other", None),
    ("目前,全县沙棘林面积近70万亩,沙棘产品远销美国、德国、土耳其、以色列等二十多个国家和地区。",
     "近70万亩", "沙棘林面积", 7e5, "亩", "近", "about", "other", "目前"),
    ("目前,全县沙棘林面积近70万亩,沙棘产品远销美国、德国、土耳其、以色列等二十多个国家和地区。",
     "二十多个", "国家和地区", 20, "个", "多", "at_least", "other", "目前"),
    ("“人体有50万亿个细胞,我们对它的认知远远不够,犹如盲人摸象。”",
     "50万亿个", "细胞", 5e13, "个", None, "exact", "other", None),
    ("2023年,上合示范区到发中欧班列863列,同比增长11.4%,进出口货值71.24亿元。",
     "863列", "上合示范区到发中欧班列", 863, "列", None, "exact", "other", "2023"),
    ("2023年,上合示范区到发中欧班列863列,同比增长11.4%,进出口货值71.24亿元。",
     "71.24亿元", "进出口货值", 7.124e9, "元", None, "exact", "trade", "2023"),
    ("发运集装箱26.7万标箱,运送货物总值约224.5万吨。",
     "26.7万标箱", "集装箱", 267000, "标箱", None, "exact", "other", None),
    ("通过中欧班列“双向运营模式”,企业2023年完成出口约2亿元人民币,增幅超4倍,进口约5000万元人民币,增长36%。",
     "约2亿元人民币", "出口", 2e8, "元", "约", "about", "trade", "2023"),
    ("通过中欧班列“双向运营模式”,企业2023年完成出口约2亿元人民币,增幅超4倍,进口约5000万元人民币,增长36%。",
     "超4倍", "出口", 4, "倍", "超", "at_least", "trade", "2023"),
    ("目前,“三创园”已引进中国科学院等13家平台,在孵企业100家,累计引进本科以上学历人才2157人。",
     "2157人", "本科以上学历人才", 2157, "人", None, "exact", "talent", "目前"),
    ("目前,“三创园”已引进中国科学院等13家平台,在孵企业100家,累计引进本科以上学历人才2157人。",
     "13家", "平台", 13, "家", None, "exact", "platforms", "目前"),
    ("累计21家企业实现产业化生产落地,10家企业正推进项目产业化落地。",
     "累计21家", "企业", 21, "家", "累计", "exact", "enterprises", None),
    ("服务企业突破50万家,应用拓展至60个行业,累计注册量突破6000万个,日均解析量达3亿次以上;",
     "达3亿次以上", "日均解析量", 3e8, "次", "以上", "at_least", "other", None),
    ("会上,湘江实验室与35家头部企业成立“四算一体”产业联盟,共促数智产业发展。",
     "35家", "头部企业", 35, "家", None, "exact", "enterprises", None),
    ("GGII:预计到2027年国内正极材料市场有效产能将超1000万吨|当前热文",
     "超1000万吨", "正极材料市场有效产能", 1e7, "吨", "超", "at_least", "other", "到2027年"),
    # a % above 100 is allowed for a change only (kind change)
    ("奥思集团发布中期业绩 股东应占溢利5721.1万港元同比增加115.18%",
     "115.18%", "股东应占溢利", 115.18, "%", None, "exact", "other", None),
    ("奥思集团发布中期业绩 股东应占溢利5721.1万港元同比增加115.18%",
     "5721.1万港元", "股东应占溢利", 5.7211e7, "港元", None, "exact", "other", None),
    # a % above 100 without change wording is still a change, never a share (constructed); 上年 here is the
    # base of the comparison, not the period
    ("全市高新技术产业产值达到上年的150%。",
     "150%", "高新技术产业产值", 150, "%", None, "exact", "output", None),
    # ranks: value is the position, unit 位
    ("2023年国家颠覆性技术项目中,来自广州的项目数量居全国第二。",
     "居全国第二", "项目数量", 2, "位", None, "exact", "rank", "2023"),
    ("“自然指数—科研城市”排名跃升到全球第八位;",
     "排名跃升到全球第八位", "自然指数—科研城市", 8, "位", None, "exact", "rank", None),
    ("2023年GDP同比增长6.5%,县域经济和社会综合发展指数位居全国第三。",
     "位居全国第三", "县域经济和社会综合发展指数", 3, "位", None, "exact", "rank", "2023"),
    ("其中,我省牵头实施的3个项目获批立项,总投入达1.8亿元,居三省一市首位。",
     "居三省一市首位", "总投入", 1, "位", None, "exact", "rank", None),  # the rank of the value before it
    ("展会意向成交额继续蝉联第一。",  # 蝉联: held the place again
     "蝉联第一", "展会意向成交额", 1, "位", None, "exact", "rank", None),
    # the place moved to is of what the place moved from was of
    ("服务贸易从第十一位上升到第二位。", "升到第二位", "服务贸易", 2, "位", None, "exact", "rank", None),
    ("其中,我省牵头实施的3个项目获批立项,总投入达1.8亿元,居三省一市首位。",
     "达1.8亿元", "总投入", 1.8e8, "元", "达", "exact", "investment", None),
    # full-width digits/percent are read, mention stays as written (constructed)
    ("全省新增高新技术企业４１家，增长１２．５％。",
     "４１家", "高新技术企业", 41, "家", None, "exact", "enterprises", None),
    ("全省新增高新技术企业４１家，增长１２．５％。",
     "１２．５％", "高新技术企业", 12.5, "%", None, "exact", "enterprises", None),
    # range: one fact, value the low end, value_max the high end, mention covers the range (constructed)
    ("该区计划每年新增10至15家新型研发机构。",
     "10至15家", "新型研发机构", 10, "家", None, "range", "platforms", None),
    ("今年将启动3-5项重大科技专项。",
     "3-5项", "重大科技专项", 3, "项", None, "range", "other", "今年"),
    # 多/余 between the number and its magnitude: 100多万人 is at least a million (constructed)
    ("全省有100多万人参加培训。", "100多万人", "参加培训人数", 1e6, "人", "多", "at_least", "other", None),
    ("项目惠及30余万户农民。", "30余万户", "农民", 3e5, "户", "余", "at_least", "other", None),
    # measure words of news counts: 部门 (not 部), 类, 起, 枚; and the weight 克 (constructed)
    ("工业和信息化部等7部门联合出台实施意见。", "7部门", "部门", 7, "部门", None, "exact", "other", None),  # the unit names the thing
    ("行政许可事项由24类压减至10类。", "10类", "行政许可事项", 10, "类", None, "exact", "other", None),
    ("今年全市发生安全生产事故3起。", "3起", "安全生产事故", 3, "起", None, "exact", "other", "今年"),
    ("无人机重量仅800克。", "800克", "无人机重量", 800, "克", None, "exact", "other", None),
]


@pytest.mark.parametrize(
    ("text", "mention", "subject", "value", "unit", "qualifier", "bound", "indicator", "period"),
    FACT_CASES,
    ids=[c[1] for c in FACT_CASES],
)
def test_fact(text, mention, subject, value, unit, qualifier, bound, indicator, period):
    f = one(text, mention)
    assert (f.subject, f.unit, f.qualifier, f.bound, f.indicator, f.period) == (
        subject, unit, qualifier, bound, indicator, period)
    assert f.value == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # the whole list of facts in a sentence, in order: nothing extra, nothing missing
        (SEED_000_CONSORTIA, ["41家", "138家次", "243家次"]),
        ("是“十四五”期间广东获批建设的4个大科学设施之一。", ["4个"]),
        ("“海威GD11000”绞车的最大工作水深可达11000米,是国内首套全海深光电缆绞车系统和首根13000米非金属铠装光电缆。",
         ["达11000米", "13000米"]),
        ("据透露,山西批准重组新建21个省重点实验室、12个厅市共建省重点实验室培育基地。", ["21个", "12个"]),
        ("由湘江实验室与企业共建的地下工程高端装备数智创新研究院、智慧环境创新研究院等五个创新研究院获授牌。", ["五个"]),
        ("本次班列共55车、110个标准箱,货值约1700万元。", ["110个", "约1700万元"]),
        ("其中,我省牵头实施的3个项目获批立项,总投入达1.8亿元,居三省一市首位。",
         ["3个", "达1.8亿元", "居三省一市首位"]),
        ("从去年7月正式获批创建以来,十余家企业及高校参与创建,并孕育了一批关键技术成果。", ["十余家"]),
        ("高技术制造业增加值增长12.3%,增速比上年提高3.1个百分点。", ["12.3%", "3.1个百分点"]),
        # seed 001: a list of ranks after 分列 is one rank fact per place
        ("北京位居首位,杭州超过深圳位居第二位,上海和广州分列第四、第五位,天津首次进入前十位。",
         ["位居首位", "位居第二位", "分列第四", "第五位"]),
        # a place taken (排第三, 排在第二位) or moved to or from without 第 (排名从84位, 跃升至31位) is a rank; a date
        # between the verb and the place does not hide it; 女排在 is the women's team, 倒数第二 counts from the bottom
        ("我国创新指数国际排名从84位跃升至31位。", ["排名从84位", "跃升至31位"]),
        ("该国金牌数排第三,奖牌总数排在第二位。", ["排第三", "排在第二位"]),
        ("全球创新指数排名从2015年第29位跃升至2021年第12位。", ["排名从2015年第29位", "跃升至2021年第12位"]),
        ("该省出口额排名下跌至23位,排名前10位的省份有广东。", ["排名下跌至23位"]),
        ("中国女排在名列小组第四的局面下逆转,该市空气质量排名倒数第二。", ["名列小组第四"]),
        ("中国队被安排在第7道,防控级别升到最高的第四级。", []),  # a lane, a grade: no place in a ranking
        # the place a thing moved from, before the verb of moving, is a rank too
        ("服务贸易从第十一位上升到第二位,对外投资由2002年的第26位升至第一位。", ["从第十一位", "升到第二位", "由2002年的第26位", "升至第一位"]),
        ("从第一季度开始,增速逐月上升。", []),
    ],
)
def test_fact_list(text, mentions):
    assert [f.mention for f in facts_in(text)] == mentions


# Sentences where no number is a fact: dates, times, codes, model names, names in
# 《》/“”, phone and issue numbers, ordinals, durations, vague amounts.
NOT_FACTS = [
    "2023-06-01 08:04:04 来源:百度新闻",
    "11月20日，2024年世界互联网大会乌镇峰会即将开幕。",
    "科技日报唐山11月19日电（记者 滕继濮 陈汝健 实习记者夏天一）记者19日在位于河北省的唐山高新区采访时了解到",
    "数据显示，2024年1至8月，浙江经济运行稳中向好",
    "第6期(总第2561期)",
    "国内统一连续出版物号 CN 11-0237",
    "邮发代号 1-206",
    "新闻热线:(010)68667266-310",
    "“海威GD11000”完成首个航次深海调查任务",
    "现有的投切SF6断路器及真空断路器难以适应电网系统无功投切",
    "其额定参数达C2/M2/E2级指标,可实现电容器组的精准相控投切。",
    "采用先进的国家商用密码算法SM7和物理不可克隆功能(PUF)的NFC芯片",
    "# 浙江发布“8+4”政策为经济加力提效",
    "广州构建“2+2+N”科技创新平台体系",
    "浙江将实施“315”创新体系建设工程,支持打造重大科创平台",
    "同时，实施5G工厂“百千万”行动",
    "湖南湘江实验室与企业共建“四算一体”产业联盟",
    "点开“15分钟品质文化生活圈”小程序,能够看到附近所有公共文化设施",
    "“四项原则”“五点主张”“四个共同”等中国智慧得到国际社会广泛认同。",
    "孙晓利提出,实现到2025年的“六个一百”目标,需要各界共同努力。",
    "今年4月，《2024年中非互联网发展与合作论坛关于中非人工智能合作的主席声明》发布。",
    "工业和信息化部在大会上发布了《2024年5G工厂名录》。",
    "一是加强数据资产全流程管理。",
    "图为1月10日,在围场县一家沙棘深加工企业的沙棘饮品生产车间,工人检查产品质量。",
    "这是我国第一份针对工业互联网标识解析体系出台的政策规定",
    "近日，国网宁夏石嘴山供电公司陶乐220千伏变电站5号电容器组断路器第三次成功合闸",
    "历时近3年,开发出40.5千伏电容器组相控双断口快速真空断路器。",
    "近期,北京市委十三届二次全会围绕深化国际科技创新中心建设作出重要部署",
    "党的十八大以来，我国不断深化网络空间国际合作",
    "“海威GD11000”是目前全球唯一一套全海深光电缆绞车系统",
    "除了TOP10城市之外,诸如武汉、长沙等多个城市在产业优势推动下取得了较大进展。",
    "用福建省1/200的土地创造1/16的GDP",
    "填补了北京市用于支撑新产品研发0-1、1-10阶段快速制造的市场空白",
    "医保要交多久才能终身免费使用?要交6个月才能用吗?",
    "中物联:前4个月全国社会物流总额",
    "能将数字内容制作周期从数月缩短至2天以内。",
    "通过柔性引进多名创新人才,加速培育多家省级以上科技孵化器",
    "软件信息产业是厦门的千亿产业链之一,汇集形成了千亿级规模的产业链。",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_not_facts(text):
    assert facts_in(text) == []


# ---------------------------------------------------------------- lexicon tables
def _table_lines(name: str) -> list[str]:
    return (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(("name", "header"), [("units.csv", "surface,unit,kind"),
                                               ("indicators.csv", "indicator,definition,includes,excludes,examples,unit_kinds,counted_in,measured_in"),
                                               ("indicator_keywords.csv", "indicator,keyword")])
def test_lexicon_files_start_with_comment_then_header(name, header):
    lines = _table_lines(name)
    assert lines[0].startswith("# ") and next(ln for ln in lines if not ln.startswith("#")) == header


def test_units_table_covers_brief_units():
    units = set(fact_tables._units().values())
    assert {"家", "家次", "个", "项", "名", "人", "人次", "元", "美元", "%", "颗", "亩", "列", "次",
            "标箱", "台", "套", "件", "吨", "千瓦", "瓦时/公斤", "EFLOPS", "倍"} <= units
    assert not units & {"年", "月", "日", "小时"}  # dates and durations never count


@pytest.mark.parametrize(("text", "mention", "value", "unit"), [
    # seed 000, seed 001 and a CCTV story outside the gold: a rate or a density is one unit, not a length or a charge
    ("其安全工作载荷高达15吨，工作速度最高可达120米/分钟；", "达120米/分钟", 120, "米/分钟"),
    ("从而实现了200毫安时/平方厘米超面容量下无枝晶的锌沉积/溶解。", "200毫安时/平方厘米", 200, "毫安时/平方厘米"),
    ("南水北调中线一期工程首次以工程设计最大流量420立方米/秒向北输水。", "420立方米/秒", 420, "立方米/秒"),
])
def test_rate_units_are_taken_whole(text, mention, value, unit):
    f = one(text, mention)
    assert (f.value, f.unit) == (value, unit)


def test_indicator_taxonomy_is_the_data_dictionary():
    rows = lexicon_rows("indicators.csv")
    assert {r["indicator"] for r in rows} == {"rd_intensity", "rd_expenditure", "tech_contracts", "platforms", "enterprises",
                                              "talent", "patents", "investment", "output", "trade", "infrastructure",
                                              "projects", "rank", "other"}
    for r in rows:
        assert r["definition"].strip(), r
        assert r["indicator"] == "other" or (r["includes"] and r["examples"] and r["unit_kinds"]), r
    kinds = set(fact_tables._unit_kinds().values())
    assert all(set(filter(None, r["unit_kinds"].split("|"))) <= kinds | {"rank"} for r in rows)
    counts = {u for u, k in fact_tables._unit_kinds().items() if k == "count"}
    assert all(units <= counts and "count" in F.indicator_classes()[name] for name, units in F.counted_in().items())
    measures = {u for u, k in fact_tables._unit_kinds().items() if k == "measure"}
    assert all(units <= measures and "measure" in F.indicator_classes()[name] for name, units in F.measured_in().items())
    assert {r["indicator"] for r in lexicon_rows("indicator_keywords.csv")} <= {r["indicator"] for r in rows}


@pytest.mark.parametrize(
    ("subject", "unit", "kind", "indicator"),
    [
        ("创新联合体", "家", "level", "platforms"),
        ("5G基站", "个", "level", "infrastructure"),
        ("数字经济核心产业营业收入", "元", "level", "output"),
        ("重大项目投资", "元", "level", "investment"),      # the head is 投资, not 项目
        ("高新技术企业贷款余额", "%", "change", "investment"),  # the head is 贷款 (余额 is its measure), not 企业
        ("规上工业企业R&D经费占营业收入比重", "%", "share", "rd_intensity"),  # a share of R&D spending
        ("全社会研发投入占地区生产总值比重", "%", "share", "rd_intensity"),
        ("全社会研发经费投入", "元", "level", "rd_expenditure"),
        ("企业研发投入", "元", "level", "rd_expenditure"),      # not generic investment (投入)
        ("研发投入强度", "%", "share", "rd_intensity"),
        ("研发经费投入", "%", "change", "rd_expenditure"),       # a change of the amount
        ("技术合同成交额", "元", "level", "tech_contracts"),     # not trade (成交额)
        ("上合示范区到发中欧班列", "列", "level", "other"),     # 示范区 is not the head: trains are counted
        ("城镇保障性安居工程开工率", "%", "share", "other"),    # a rate of works, not a number of projects
        ("创新联合体", "元", "level", "other"),                # platforms are counted, not paid
        ("国家级大师", "名", "level", "other"),                # not S&T talent
        ("高层次人才", "名", "level", "talent"),
        ("装机容量", "千瓦", "level", "infrastructure"),        # 设计总装机容量240万千瓦 is not investment
        ("装机容量", "MW", "level", "infrastructure"),          # the same in Latin letters (web text's 300MW)
        ("高速公路全长", "km", "level", "infrastructure"),
        (None, "家", "level", "other"),
        ("年收入", "元", "level", "output"),                   # an enterprise's or a park's revenue
        ("城镇居民人均可支配收入", "元", "level", "other"),     # households' income is not output
        ("并购交易总额", "元", "level", "investment"),          # 交易总额 measures the 并购
        ("卫生厕所普及率", "%", "share", "other"),              # a rate of what it measures, not infrastructure
        ("宽带普及率", "%", "share", "infrastructure"),
        ("实验室", "人", "level", "other"),                    # people are counted, not the lab
        ("粤东西北振兴发展股权基金首批投资项目", "元", "level", "investment"),  # money of projects: what they invest
        ("农村公路安全生命防护工程", "公里", "level", "infrastructure"),  # kilometres of works: of the road
        ("投资项目", "个", "level", "projects"),               # the projects themselves are counted
        ("服务贸易顺差", "美元", "level", "trade"),             # a balance of trade is trade
        ("发明专利受理量", "件", "level", "patents"),           # 受理量, 授权量 measure the patents
        ("基建投资预算", "元", "level", "investment"),          # a budget of investment
        ("南沙大桥全长", "公里", "level", "infrastructure"),    # the length of a bridge, a railway
        ("年吞吐能力", "吨", "level", "infrastructure"),        # built capacity
        ("风投", "元", "level", "investment"),
        ("调峰煤电", "千瓦", "level", "infrastructure"),       # power of a kind of plant: the capacity built
        ("储能", "兆瓦", "level", "infrastructure"),
        ("清洁能源", "千瓦", "level", "infrastructure"),
        ("两省供电能力", "千瓦", "level", "infrastructure"),
        ("梯级电站总投产容量", "千瓦", "level", "infrastructure"),
        ("用电最高负荷", "千瓦", "level", "other"),             # a load drawn, not a capacity built
        ("海上风机", "兆瓦", "level", "other"),                 # a machine's rating
        ("风电", "元", "level", "other"),                       # only power is capacity
        ("外企", "家", "level", "enterprises"),                 # short names of firms by owner, like 央企
        ("民企", "家", "level", "enterprises"),
        ("中国企业", "家", "level", "enterprises"),             # 企业 ends last, not 国企
        ("信贷支持", "元", "level", "investment"),              # money given as support: granted or lent
        ("专项债券支持", "元", "level", "investment"),
        ("政策支持", "项", "level", "other"),                   # support that is no money
        ("资金支持额度", "元", "level", "investment"),          # its amount, and money agreed to be lent or invested
        ("融资框架协议", "元", "level", "investment"),
        ("投资协议", "项", "level", "other"),                   # agreements counted are no money
        ("海关税收入库", "元", "level", "output"),              # taxes collected are 税收 (税收入库, not 收入 + 库)
        ("税收净入库", "元", "level", "output"),
        ("补税入库", "元", "level", "output"),                  # back taxes collected
        ("科技型中小企业入库", "家", "level", "enterprises"),   # firms put into a register
        ("两口子一年收入", "元", "level", "other"),              # a couple's income, the time between
        ("每人每年增加收入", "元", "level", "other"),
        ("每亩收入", "元", "level", "other"),                   # per mu: a rate
        ("乡村旅游收入", "元", "level", "output"),              # an industry's revenue
        ("收盘合计成交额", "元", "level", "other"),             # a stock exchange's day, told at its close
        ("两市全天成交额", "元", "level", "other"),
        ("成昆铁路复线全长", "公里", "level", "infrastructure"),  # the length of a line's part or of the whole run
        ("广深港高铁香港段全长", "公里", "level", "infrastructure"),
        ("金山铁路全程", "公里", "level", "infrastructure"),
        ("上海轨道交通全网运行长度", "公里", "level", "infrastructure"),
        ("地铁线", "条", "level", "infrastructure"),              # the lines counted
        ("高铁线路", "条", "level", "infrastructure"),
        ("高铁沿线", "个", "level", "other"),                     # places along a line are no line
        ("电子战基站", "个", "level", "other"),                   # an army's station struck is no network's base station
        ("5G基站", "个", "level", "infrastructure"),
        ("核酸检测实验室", "个", "level", "other"),               # a lab that tests serves checks, not research
        ("第三方独立医学实验室", "家", "level", "other"),
        ("航天医学实验室", "个", "level", "platforms"),
        ("营业收入利润率", "%", "share", "output"),              # a profit told as a margin or a level is profit
        ("在华利润水平", "%", "level", "output"),
        ("跨境电子商务产业园区线上交易额", "元", "level", "trade"),  # across a border: foreign trade, whatever market
        ("跨境货物总量", "吨", "level", "trade"),
        ("跨境电商企业", "家", "level", "enterprises"),
        ("清洁能源基地", "个", "level", "infrastructure"),         # energy bases are generating capacity built
        ("沙戈荒风光基地", "个", "level", "infrastructure"),
        ("特大跨度悬索桥", "座", "level", "infrastructure"),       # kinds of bridge, and a bridge's span
        ("大桥主跨", "米", "level", "infrastructure"),
        ("能源基地", "元", "level", "other"),
        ("俄罗斯经济增长率", "%", "level", "output"),            # an economy's growth rate and its benefits are output
        ("企业效益", "%", "change", "output"),
        ("直接经济效益", "元", "level", "output"),
        ("企业效益", "家", "level", "enterprises"),               # firms counted are still firms
        ("每亩年经济效益", "元", "level", "other"),               # a benefit per mu is a rate
        ("扶贫资金闲置未及时发挥效益", "元", "level", "other"),   # 发挥效益 is a verb phrase
        ("海外并购实际金额", "美元", "level", "investment"),       # the actual or summed amount of the head
        ("国家算力枢纽节点", "个", "level", "infrastructure"),
        ("贷款余额年均复合增长率", "%", "change", "investment"),  # growth told yearly or compounded is of the head
        ("文创产业年平均增长率", "%", "change", "output"),
        ("高技术服务业年均增速", "%", "change", "output"),
        ("智能家电市场规模", "元", "level", "output"),            # a market's size is its industry's, like 产业规模
        ("绿色债券市场规模", "元", "level", "other"),             # not a financial market's
        ("复工", "家", "level", "enterprises"),                   # what resumes work, counted in 家 or 户, is a firm
        ("复工复产", "户", "level", "enterprises"),
        ("复工", "个", "level", "other"),
    ],
)
def test_classify_by_the_head_of_the_subject(subject, unit, kind, indicator):
    assert F.classify(subject, unit, kind) == indicator


@pytest.mark.parametrize(("subject", "unit", "kind", "indicator"), [
    # a subject run into what its thing does is classed by the noun before the predicate (real subjects of CCTV stories)
    ("银行业保险业新增资金投放", "元", "level", "investment"),
    ("高层次人才聚集", "人", "level", "talent"),
    ("山东233个省重大建设项目开工", "个", "level", "projects"),
    ("发明专利授权", "件", "level", "patents"),
    ("企业办理出口退税", "元", "level", "other"),          # 退税 is the head: a tax rebate
    ("穿山港区集装箱码头有航线", "条", "level", "other"),  # after 有 comes what is counted
    ("企业稳定就业岗位", "%", "level", "other"),           # a share of what firms do, not of firms
])
def test_a_subject_run_into_its_verb_is_classed_by_the_noun_before_it(subject, unit, kind, indicator):
    assert F.classify(subject, unit, kind) == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    ("重庆今年从澳大利亚进口150头肉牛", "150头", "trade"),        # no class in the subject (肉牛): the verb gives it
    ("该集团计划投资50亿元建设新工厂", "50亿元", "investment"),
    ("中国企业海外并购424起", "424起", "investment"),            # deals are counted in investment
    ("收购三家子公司80%的股权", "80%", "investment"),
    ("该公司出口员工200人", "200人", "other"),                   # a verb's class must fit the unit
    # funds a government allots (下拨, 预拨, 下达, 安排) and what its treasury gives are money granted; its spending is not
    ("今年中央财政下拨120亿元支持老工业城市转型。", "120亿元", "investment"),
    ("其中，该市预拨3.5亿元，确保医疗救治及时。", "3.5亿元", "investment"),
    ("省财政1.2亿元支持防汛救灾。", "1.2亿元", "investment"),
    ("全省每年将70%以上的财政支出用于民生。", "70%以上", "other"),
    # capital put into a firm (增资, 注资, 斥资) is invested; a rise of pay per head is not
    ("三家国有资本合计增资200亿元。", "200亿元", "investment"),
    ("该企业斥资2亿美元建设新工厂。", "2亿美元", "investment"),
    ("多家银行向该行注资100亿美元。", "100亿美元", "investment"),
    ("职工月人均增资200元左右。", "200元左右", "other"),
    # a throughput an airport or a port is designed or built to meet is its capacity; one it handled is not
    ("新机场建成后可满足年旅客吞吐量4000万人次、货邮吞吐量40万吨。", "4000万人次", "infrastructure"),
    ("新机场建成后可满足年旅客吞吐量4000万人次、货邮吞吐量40万吨。", "40万吨", "infrastructure"),
    ("该机场设计年旅客吞吐量120万人次。", "120万人次", "infrastructure"),
    ("去年该机场旅客吞吐量4000万人次、货邮吞吐量40万吨。", "40万吨", "other"),
    ("今年安排3个试点项目。", "3个", "projects"),
])
def test_the_verb_before_the_number_classes_it_when_the_subject_does_not(text, mention, indicator):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a bare 项目 counted in a sentence about a contest or a heritage list is an event or an item, not a project
    ("赛艇比赛今天进行了最后三个项目的争夺。", "三个", "other"),
    ("代表团将参加田径、游泳等十个项目的比赛。", "十个", "other"),
    ("今年共有30个项目被列入非遗名录。", "30个", "other"),
    ("会上共签约项目120个，总投资500亿元。", "120个", "projects"),
    # any race or match, and contending (比拼, 角逐), say a contest too; a field of industry (新赛道) does not
    ("本届马拉松赛设全程、半程和迷你马拉松三个项目。", "三个", "other"),
    ("来自全国的24支龙舟队进行了200米、500米直道赛两个项目的比拼。", "两个", "other"),
    ("该市聚焦低空经济等新赛道，今年新开工15个项目。", "15个", "projects"),
])
def test_a_bare_item_of_a_contest_is_no_project(text, mention, indicator):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a bare income someone has (有 before the amount) is a person's or a household's; a firm's is made (实现)
    ("他在合作社上班，每个月都有4000多元收入。", "4000多元", "other"),
    ("老两口一年能有三四万元的收入。", "三四万元", "other"),
    ("该公司去年实现收入30亿元。", "30亿元", "output"),
    # … and so is one the words before its amount give to people (and to no firm, industry, budget or place)
    ("勤工助学的学生每个月可以获得600元左右的收入。", "600元左右", "other"),
    ("新品种每年可为当地果农多带来近2亿元的收入。", "近2亿元", "other"),
    ("这家企业一年下来相当于会增加近30万元的收入。", "近30万元", "output"),
    ("其中，软件和信息技术服务共实现收入2100亿元。", "2100亿元", "output"),
])
def test_an_income_someone_has_is_not_output(text, mention, indicator):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a time or an adverb of manner left between the head and the verb of its change names no thing: the head changed
    ("5月份，规模以上高技术制造业增加值两年平均增长13.1%，明显快于全部工业增速。", "13.1%", "output"),
    ("去年，台州市场主体总数逆势增长12%。", "12%", "enterprises"),
    ("今年前四个月，在全国制造业投资增速放缓的情况下，广东佛山制造业投资却逆势增长16个百分点。", "16个百分点", "investment"),
    ("英国国内生产总值今年第一季度环比增长0.1%，比新冠疫情暴发前的2019年第四季度低0.5%。", "0.1%", "output"),
    ("报告将中国经济今明两年增速较7月份时均上调0.1个百分点，分别提高到6.8%和6.5%。", "6.8%", "output"),
])
def test_a_time_or_manner_after_the_head_does_not_hide_it(text, mention, indicator):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # taxes of a kind are taxes collected, like 税收; told as a percentage they are a rate
    ("2016年全国海关实现税收净入库15388亿元，其中，关税和进口环节税分别增长2.3%和2.6%。", "2.3%", "output"),
    ("海关全面开展征管制度改革，征收关税和进口环节税8. 99万亿元，同比增长8. 7%。", "8. 99万亿元", "output"),
    ("仅山东省就筛查出疑点企业5249户，查补税款19.15亿元。", "19.15亿元", "output"),
    ("对中国产光伏产品征收平均高达47%的关税。", "高达47%", "other"),
    ("减按15%征收污染防治第三方企业所得税。", "15%", "other"),
])
def test_taxes_of_a_kind_are_taxes_collected(text, mention, indicator):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a sector named alone after 其中 is a part of the whole measured before it: the whole's class
    ("高技术产业实际使用外资增长33.6%，其中高技术制造业增长31.1%，高技术服务业增长34.4%。", "31.1%", "investment"),
    ("高技术产业实际使用外资增长33.6%，其中高技术制造业增长31.1%，高技术服务业增长34.4%。", "34.4%", "investment"),
    ("一季度银行业新增各项贷款同比多增1.4万亿元，其中制造业同比多增1733亿元、批发零售业同比多增2315亿元。", "2315亿元", "investment"),
    ("2025年，数字经济核心产业销售收入同比增长9.4%，其中，数字技术应用业同比增长13.8%。", "13.8%", "output"),
    # not a sector that names its own measure
    ("其中，采矿业全年利润下降23%，而装备制造业利润增长12.4%。", "12.4%", "output"),
])
def test_a_sector_after_qizhong_takes_the_class_of_the_whole(text, mention, indicator):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a rate or a change naming nothing after a classed fact of its sentence is told of the same thing
    ("2013年到2016年，国内生产总值年均增长7.2%，高于同期世界2.6%和发展中经济体4%的平均增长水平。", "2.6%", "output"),
    ("预计2026年德国经济增长率为1.0%，低于该部门去年秋季预测的1.3%。", "1.3%", "output"),
    ("其中，高价值发明专利拥有量166.5万件，占41.5%，较上年提高1.1个百分点。", "1.1个百分点", "patents"),
    ("今年中央财政预算安排专项扶贫资金332亿元，新增扶贫资金的80%投向了连片特困地区。", "80%", "investment"),
    # … and so is an amount of money naming nothing after money
    ("财政部、应急管理部下拨4.18亿元中央救灾资金，其中2.5亿元用于抗旱减灾工作，1.68亿元用于受灾群众生活救助工作。", "1.68亿元", "investment"),
    ("中国工商银行已经紧急投放贷款430亿元，其中130亿元用于疫情防控，300亿元用于支持企业恢复生产经营。", "300亿元", "investment"),
    # … and so is one whose subject is only a measure noun of a rate or an adverb of time or manner
    ("实际使用外资129.4亿美元，同比增长7.3%，占全国份额12.6%，规模居全国第三。", "12.6%", "investment"),
    ("民间投资增长8.7%，今年以来累计各个月的增长速度都在8%以上。", "8%以上", "investment"),
    ("今年1至7月，深圳实际使用外资近49亿美元，逆势增长12.8%。", "12.8%", "investment"),
    ("第三产业增加值占GDP的比重由45.5%逐年提高到50.5%。", "50.5%", "output"),
    # not one rate of several things listed (分别): the first rate is of the first thing
    ("全国自贸试验区整体利用外资总额、外贸进出口总额同比增长超过30%，占全国比重分别上升至27.4%和22.3%。", "27.4%", "other"),
    # not after a fact of no class
    ("6月1日至5日，民航日均运输旅客恢复至去年同期的57.4%，日均飞行班次恢复至去年同期的66.11%。", "66.11%", "other"),
])
def test_an_unnamed_rate_is_of_the_classed_thing_before_it(text, mention, indicator):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a change or a multiple the grammar gives the subject of the classed fact right before it is that thing's
    ("截至昨天（11月2日），头部跨国采购企业参会数量达308家，较上届增长12.4%，创历史新高。", "12.4%", "enterprises"),
    ("其中，今年前11个月进出口值为188.3亿元，比去年同期增长32.4%，是1999年的3.9倍。", "3.9倍", "trade"),
    ("今年1到10月份，企业创汇额达到7984万美元，是去年同期的2.4倍。", "2.4倍", "trade"),
    # not a share (of the people counted before)
    ("西安交通大学西迁60多年来，为国家输送了27万名各类人才，其中40%留在西部工作。", "40%", "other"),
])
def test_a_rate_of_the_same_thing_takes_its_class(text, mention, indicator):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a thing of a list told with 分别 that is a measure of its own takes its own class, not the class the list's last
    # thing gave the whole list
    ("工业增加值、服务业生产指数、社会消费品零售总额、固定资产投资分别同比增长5.9%、5.6%、4%和4.1%。", "5.9%", "output"),
    ("工业增加值、服务业生产指数、社会消费品零售总额、固定资产投资分别同比增长5.9%、5.6%、4%和4.1%。", "4%", "other"),
    ("2024年，我国社会消费品零售总额、固定资产投资分别达到48.8万亿元和51.4万亿元，内需主动力的作用持续发挥。", "达到48.8万亿元", "other"),
    ("今年第二季度，江苏省四家光伏骨干企业，出货量和营业收入分别同比增长25.43%、14.03%。", "25.43%", "other"),
    ("2021年末，广义货币供应量和社会融资规模分别同比增长9.0%和10.3%。", "9.0%", "other"),
    # one that names no measure keeps the class of the whole (the countries' investment)
    ("从来源地看，“一带一路”沿线国家和东盟实际投资同比分别增长27.8%和25.5%。", "27.8%", "investment"),
])
def test_a_listed_measure_of_its_own_takes_its_own_class(text, mention, indicator):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "subject", "indicator"), [
    # an amount restated in another currency right after it is the same amount: its thing and its class
    ("两国贸易额为600亿美元（约合4100亿元人民币），同比增长20%。", "4100亿元人民币", "两国贸易额", "trade"),
    ("实际使用外资金额3000亿元人民币（折470亿美元）。", "470亿美元", "实际使用外资金额", "investment"),
    ("国家紧急下拨20亿元，约合3亿美元。", "3亿美元", "国家紧急下拨", "investment"),  # the class the verb gave
    ("乌方所欠债务达到了20亿美元，约合130亿元人民币。", "130亿元人民币", "乌方所欠债务", "other"),
])
def test_an_amount_restated_in_another_currency_is_the_same_amount(text, mention, subject, indicator):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert (fact.subject, fact.indicator) == (subject, indicator)


# ---------------------------------------------------------------- whole seed files
TAXONOMY = set(F.indicator_classes())


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_seed_file_invariants(path):
    body = path.read_text(encoding="utf-8")
    sentences = split_sentences(body)
    assert sentences
    facts = []
    for s in sentences:
        assert body[s.char_start:s.char_end] == s.text and s.text.strip() == s.text
        for f in extract_facts(s):
            facts.append(f)
            assert body[f.char_start:f.char_end] == f.mention
            assert s.char_start <= f.char_start < f.char_end <= s.char_end
            assert math.isfinite(f.value) and f.value >= 0
            assert f.bound in BOUNDS and f.indicator in TAXONOMY
            assert f.unit in set(fact_tables._units().values()) | {"位"}
            # a share cannot exceed 100%; changes can (同比增加115.18%)
            if f.unit == "%" and f.kind != "change":
                assert f.value <= 100, f
            assert f.subject is None or 2 <= len(f.subject) <= (24 if "占" in f.subject else 16)
            if f.period is not None:
                assert f.period in body[s.char_start:f.char_start], f
    assert len(facts) >= 10


def test_seed_000_has_the_consortium_fact():
    """The fact the project's integration test relies on."""
    body = SEEDS[0].read_text(encoding="utf-8")
    found = [f for s in split_sentences(body) for f in extract_facts(s)
             if f.value == 41 and f.unit == "家" and "创新联合体" in (f.subject or "")]
    assert len(found) == 1
    assert found[0].mention == "41家" and found[0].indicator == "platforms"


def test_extract_facts_uses_sentence_offsets():
    s = Sentence("注册量突破6000万个。", 100, 112)
    (f,) = extract_facts(s)
    assert (f.char_start, f.char_end, f.mention) == (103, 111, "突破6000万个")


def test_the_fact_pattern_is_the_same_in_every_process():
    # Alternations were built from sets ordered by length only, so words of one length came in hash order: each
    # process compiled a different pattern (and pytest-xdist's workers collected different test ids).
    import subprocess
    import sys

    code = "from transforms.facts import numbers; print(numbers._fact_re().pattern)"
    patterns = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                               env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(patterns) == 1


@pytest.mark.parametrize(("text", "mention", "subject"), [
    ("山区26县占全省面积的44.5%，GDP总量不到全省的10%。", "44.5%", "山区26县"),
    ("山区26县占全省面积的44.5%，GDP总量不到全省的10%。", "10%", "GDP总量"),
    ("河南所辖县域GDP占全省GDP比重达59.3%。", "达59.3%", "河南所辖县域GDP占全省GDP比重"),  # a named ratio, whole
    # a clause that names no part before 占 is about what the sentence counted before
    ("实体经济人民币贷款增加1.2万亿元，占同期社会融资规模增量的78.3%。", "78.3%", "实体经济人民币贷款"),
])
def test_a_share_is_of_the_part_before_zhan_not_of_its_base(text, mention, subject):
    fact = in_sentence(text, mention)
    assert (fact.subject, fact.kind) == (subject, "share")


@pytest.mark.parametrize(("text", "subject"), [
    ("一季度，全社会用电量比去年同期增长了3.6个百分点。", "全社会用电量"),
    ("今年前三个月，中标项目数量比去年同期增长27.7%。", "中标项目数量"),
    ("财政收入增速比去年同期提高4.6个百分点。", "财政收入增速"),
])
def test_a_time_that_is_a_comparison_base_does_not_start_the_subject(text, subject):
    (fact,) = extract_facts(Sentence(text, 0, len(text)))
    assert (fact.subject, fact.kind) == (subject, "change")


@pytest.mark.parametrize(("text", "subject", "indicator"), [
    # a verb opening the phrase before the number, or after an adverb, is not part of what is counted
    ("7月份全国铁路累计发送旅客3.06亿人次。", "旅客", "other"),
    ("2024年，我国共授权发明专利104.5万件。", "发明专利", "patents"),
    ("全年还发放创业担保贷款25.28亿元。", "创业担保贷款", "investment"),
    # … or after a prepositional phrase that opens it (to whom, where)
    ("向乌梁素海实施生态补水4.87亿立方米。", "生态补水", "other"),
    ("全省共向农民发放林权证1.01亿本。", "林权证", "other"),
    # a verb after the counted keyword ends the phrase after the number
    ("中国星网落户雄安新区后，带动60余家空天信息企业加速集聚。", "空天信息企业", "enterprises"),
    # words that merely hold or cross a verb stay whole
    ("1—11月，全国一般公共预算支出17.93万亿元。", "一般公共预算支出", "other"),
    ("天津、河北雄安新区等7个国家数字经济创新发展试验区。", "国家数字经济创新发展试验区", "platforms"),
    ("展览总面积预计超过10万平方米。", "展览总面积", "other"),
    ("前三季度全国新增减税降费9101亿元。", "减税降费", "other"),
])
def test_a_verb_in_the_phrase_is_not_part_of_the_counted_thing(text, subject, indicator):
    (fact,) = extract_facts(Sentence(text, 0, len(text)))
    assert (fact.subject, fact.indicator) == (subject, indicator)


@pytest.mark.parametrize(("text", "indicator"), [
    ("双汇国际以71亿美元收购美国最大的猪肉加工企业。", "investment"),  # a deal's price, told after the number
    ("复星国际以10亿欧元的价格收购了葡萄牙最大保险集团。", "investment"),
    ("此次共募集人民币25亿元。", "investment"),
    ("他以3万元购买了一辆车。", "other"),  # buying is not investing
])
def test_the_verb_of_a_deal_classes_its_money(text, indicator):
    (fact,) = extract_facts(Sentence(text, 0, len(text)))
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a sum followed by 投入 is put into something: invested
    ("浙江省则宣布5年5000亿元投入机器换人。", "5000亿元", "investment"),
    ("由于中央和地方及时安排近30亿元资金投入防控，损失降到最低。", "近30亿元", "investment"),
    ("德国大众宣布将在中国增加40亿欧元投入新能源汽车。", "40亿欧元", "investment"),
    ("这座总投资5亿元的厂房投入使用。", "5亿元", "investment"),  # 总投资 says so; 投入使用 alone would not
    ("这条价值3亿元的生产线投入运营。", "3亿元", "other"),  # put into operation: not a sum invested
])
def test_a_sum_followed_by_touru_is_invested(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize("text", [
    "今年中国经济增长将处于6.5%到7%的年度预期目标区间范围内。",
    "明年全球经济增速将回升至2.7%。",
    "预计今年的降幅将扩大到3%。",
])
def test_a_level_said_with_jiang_and_a_verb_of_change_or_state_is_a_forecast(text):
    (fact,) = extract_facts(Sentence(text, 0, len(text)))
    assert fact.status == "forecast"


@pytest.mark.parametrize(("text", "indicator"), [
    ("制造业比重保持在30%左右。", "output"),  # an industry's share of the economy
    ("今年前三季度，全国社会物流总额249万亿元。", "output"),
    ("一季度，第三产业同比增速8.3%。", "output"),
    ("全省制造业企业达到1.2万家。", "enterprises"),  # the head still decides: firms, not the industry
    ("“十三五”期间，福建战略性新兴产业年均增长20%。", "output"),  # any industry (产业) by its growth or share
    ("2015年，文化创意产业占到了全市GDP的10.1%。", "output"),
    ("全省重点培育10个产业。", "other"),  # a count of industries is no output
])
def test_an_industry_named_as_the_head_is_output(text, indicator):
    (fact,) = extract_facts(Sentence(text, 0, len(text)))
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a phrase after the number too long for a noun phrase ends at its first verb instead of naming nothing
    ("34个界别的2104名全国政协委员登录网上“全国政协书院”读书、交流。", "2104名", "全国政协委员"),
    ("共有4057套住房，涉及4个集中安置点。", "4个", "集中安置点"),  # 集中 here names the thing
    ("60个项目集中签约。", "60个", "项目"),  # and here is the adverb that ends it
])
def test_the_phrase_after_the_number(text, mention, subject):
    fact = in_sentence(text, mention)
    assert fact.subject == subject


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a count is of a class's things only in their measure words (indicators.csv `counted_in`)
    ("先后两次邀请世卫专家来华开展病毒溯源研究。", "两次", "other"),  # visits, not experts
    ("上海自由贸易试验区77条全面对接国际高标准经贸规则的重大创新举措", "77条", "other"),  # measures, not zones
    ("黄河流域“护河治沙”1000万株生态屏障工程也正式拉开序幕。", "1000万株", "other"),  # trees, not works
    ("新疆累计建成安居富民工程92.09万户。", "92.09万户", "other"),  # households
    ("我国与全球190多个国家和地区进出口实现增长。", "190多个", "other"),  # countries, not trade
    ("上海等地放宽车用变速箱等62种再制造产品进口。", "62种", "other"),  # kinds of goods
    ("增开北京朝阳至沈阳北等方向夜间高铁102列。", "102列", "other"),  # trains, not railways
    # … and a physical quantity only in its units (`measured_in`): built capacity is not an area or a speed
    ("车站周边150多平方公里的虹桥商务区借助高铁的集聚效应。", "150多平方公里", "other"),
    ("设计时速350公里的雅万高铁连接印尼首都雅加达和万隆。", "350公里", "other"),
    ("江西在对160多万亩农田铺设大型输水管道基础上。", "160多万亩", "other"),
    # … and the things themselves still are
    ("今年1至8月份，我国汽车出口294.1万辆。", "294.1万辆", "trade"),
    ("这架客机目前已获得订单507架。", "507架", "trade"),
    ("全国充电桩达到1060.4万台。", "达到1060.4万台", "infrastructure"),
    ("京沈高铁全长698公里。", "698公里", "infrastructure"),
    ("当地累计派出农业专家和技术人员8800余人次。", "8800余人次", "talent"),
    ("已有920个市场主体入驻科技城。", "920个", "enterprises"),
])
def test_a_count_or_quantity_is_of_a_class_only_in_its_units(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # what people or households earn is their income, not economic output
    ("2013年我国外出农民工月平均收入2609元，比上年增加了319元。", "2609元", "other"),
    ("已经吸引了100多户村民参加，每户年均毛收入近16万元。", "近16万元", "other"),
    ("今年上半年，全省农民现金收入同比增长13.2%。", "13.2%", "other"),
    ("村里997户人家全部搬进楼房，人均年收入达到2万多元。", "达到2万多元", "other"),
    ("如今，一亩地收入超过了7000元。", "7000元", "other"),
    ("据统计，今年上半年，贵州农民家庭人均工资性收入同比增长17.7%。", "17.7%", "other"),  # … by its source, too
    ("全国居民人均经营净收入2860元。", "2860元", "other"),
    ("去年老李全家的收入达到了20多万元。", "20多万元", "other"),  # a household named by 全家, 农户, 乡亲们
    ("当地居民储蓄收入超过200亿元。", "超过200亿元", "other"),
    ("合作社给村民带来了50多万元的工资性收入。", "50多万元", "other"),  # a kind of income whose owner was not kept
    ("种草莓的农户一年净收入就达到4万多元。", "达到4万多元", "other"),
    # … and the work it is earned by (务工, 打工) or 获得 may come between
    ("三年间，贫困劳动力平均务工年收入从1.2万元增长至2.6万元。", "1.2万元", "other"),
    ("退耕还林后，贫困户户均获得财产性收入8000元。", "8000元", "other"),
    ("去年全村村民务工收入同比增长12%。", "12%", "other"),
    # an industry's or a place's revenue still is
    ("7月，新疆实现旅游收入299.21亿元，同比增长23.02%。", "299.21亿元", "output"),
    ("1-3月，国有企业营业总收入123388.6亿元。", "123388.6亿元", "output"),
    ("2021年，三个乡镇的村集体收入超过了3000万元。", "3000万元", "output"),
    # a loss is profit below nought; firms counted by it stay firms
    ("该公司今年第三季度净亏损12亿美元。", "12亿美元", "output"),
    ("规模以上工业企业中，亏损企业同比减少1.6%，亏损额同比下降18.1%。", "18.1%", "output"),
    ("到去年年初，全市接近30%的规模以上企业亏损。", "接近30%", "other"),  # a share of firms that lose money
])
def test_peoples_income_is_not_output(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a tariff is a rate levied on trade, not an amount of trade
    ("美国总统特朗普10日宣布对所有进口的钢铁和铝征收25%的关税。", "25%", "other"),
    ("欧盟日前决定将从美国进口的哈雷-戴维森摩托车关税提高25个百分点。", "25个百分点", "other"),
    ("今年1至8月份，我国汽车出口294.1万辆，同比增长61.9%。", "61.9%", "trade"),
    # nor is a futures market's turnover, or the number of orders a shopping platform takes
    ("中国期货业协会最新数据显示，9月全国期货市场成交额为49.45万亿元。", "49.45万亿元", "other"),
    ("截至10月8日中午12时，拼多多平台实物商品订单量较去年同期增长81.5%。", "81.5%", "other"),
    ("本届“汉交会”成交额345亿元，同比上届增长11%。", "345亿元", "trade"),  # a trade fair's turnover is trade
    # nor is a balance of foreign exchange a bank settles or of payments across a border; a balance of trade is trade
    ("外汇局数据显示，5月银行结售汇顺差120亿美元。", "120亿美元", "other"),
    ("一季度，银行代客涉外收付款顺差230亿美元。", "230亿美元", "other"),
    ("前5个月，我国货物贸易顺差2.1万亿元。", "2.1万亿元", "trade"),
])
def test_tariffs_markets_and_platform_orders_are_not_trade(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    ("2023年全社会研究与试验发展经费投入达到33278.2亿元。", "达到33278.2亿元", "rd_expenditure"),  # R&D's full name
    ("据国家电影局数据，2018年全国电影总票房为609.76亿元。", "609.76亿元", "output"),  # a film market's sales
    ("目前，浦东已聚集企业研发机构615家，外资研发中心230家。", "230家", "platforms"),
    ("作为科教大省，陕西聚集了100多所高校、1300多家科研机构。", "1300多家", "platforms"),
])
def test_named_heads_of_the_keyword_table(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "subject", "indicator"), [
    # a change that names nothing in its own clause is of the thing the clause before names, when that holds no fact
    ("期中，固定资产投资一季度稳步回升，同比增长6.3%。", "6.3%", "固定资产投资", "investment"),
    ("今年以来，我国中西部地区进出口快速增长，增速高出全国4.8个百分点。", "4.8个百分点", "中西部地区进出口", "trade"),
    ("前三季度战略性新兴产业，同比增长10.8%。", "10.8%", "战略性新兴产业", "output"),
])
def test_a_change_naming_nothing_is_of_the_clause_before(text, mention, subject, indicator):
    fact = in_sentence(text, mention)
    assert (fact.subject, fact.indicator) == (subject, indicator)


@pytest.mark.parametrize(("text", "mention", "subject", "indicator"), [
    # 其中 right before a number naming nothing takes a part of the whole before it, in the same unit
    ("此次进博会，共吸引了3000多家企业参展，其中超过1000家是首次亮相。", "超过1000家", "企业", "enterprises"),
    ("中国工商银行已经紧急投放贷款430亿元，其中130亿元用于疫情防控。", "130亿元", "贷款", "investment"),
    # a share after 其中 is no part in the whole's unit; it is what follows 是 (the gold's convention: 其中82.5%是非洲裔)
    ("上海平均每个工作日新注册企业1332家，其中96.4%是民营企业。", "96.4%", "民营企业", "enterprises"),
])
def test_a_part_after_qizhong_is_of_the_whole_before(text, mention, subject, indicator):
    fact = in_sentence(text, mention)
    assert (fact.subject, fact.indicator) == (subject, indicator)


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a bare length in a later clause is the length of the line, bridge, tunnel or pipeline the sentence spoke of before it
    ("昌景黄高铁西起江西南昌经景德镇，东至安徽黄山，全长289.9公里，设计时速350公里。", "289.9公里", "infrastructure"),
    ("大桥跨越泉州湾，全长20.287公里，贯通后高铁建设将进入最后冲刺阶段。", "20.287公里", "infrastructure"),
    ("中俄东线天然气管道起于黑龙江黑河，终点为上海市，全长5111公里。", "5111公里", "infrastructure"),
    # … and so is a bare length in service or a bare span
    ("津秦高铁起点为天津西站，终点为秦皇岛站，运营里程287公里，列车初期运营时速300公里。", "287公里", "infrastructure"),
    ("北盘江大桥由云、贵两省共同投资修建，大桥总长1341.4米，主跨720米，桥面距江面垂直高度达565米。", "720米", "infrastructure"),
    # not a train's route, nor a length with nothing built named before it
    ("班列途经哈萨克斯坦、俄罗斯、白俄罗斯、波兰，全长9000多公里。", "9000多公里", "other"),
    ("科考分队从冰川成功钻取4根冰芯，总长约230米。", "约230米", "other"),
])
def test_a_bare_length_is_of_what_the_sentence_spoke_of_before(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # firms counted in 家 or 户 whose phrase runs on into what they do are still counted firms
    ("截至目前，天津已有近500家污染企业关停。", "近500家", "enterprises"),
    ("在浦东机场，有59家境外航空公司、10家国内航空公司运营国际货运业务。", "10家", "enterprises"),
    ("今年将推动9200家规模以上工业企业数字化转型。", "9200家", "enterprises"),
    # not when another thing is named after the firms, nor a share of what firms do
    ("1000多家光伏企业重组整合到600家。", "1000多家", "enterprises"),
    ("企业稳定就业岗位达到95%以上。", "达到95%以上", "other"),
    ("汇聚了数梦工场、浙江大学等10余家企业及高校参与创建。", "10余家", "other"),  # a mixed count
    ("超过25万户家庭和企业处于断电状态。", "超过25万户", "other"),  # households with firms (NOT_THE_CLASS) stay
])
def test_firms_counted_in_their_measure_word_are_enterprises(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # charging facilities are built like charging piles, power connected to the grid is built capacity, money attracted
    # (引资) is invested, a grant's funds (补助经费) are granted like 补助资金, and 投入强度 is the R&D intensity it
    # follows (…研究与试验发展经费投入达到…，投入强度达到2.64%)
    ("截至8月底，我国电动汽车充电基础设施总数达到1734.8万个。", "达到1734.8万个", "infrastructure"),
    ("其中，公共充电设施483.4万个，同比增长28.8%。", "483.4万个", "infrastructure"),
    ("到2030年，我国海上风电累计并网规模达到1亿千瓦。", "达到1亿千瓦", "infrastructure"),
    ("经营区域内新能源新增并网容量2.03亿千瓦，同比增长108.7%。", "2.03亿千瓦", "infrastructure"),  # 容量 after the head
    ("目前，江苏已有42个分布式光伏电站并网，光伏电站容量约500兆瓦。", "约500兆瓦", "infrastructure"),
    ("高技术产业引资增长7.9%，其中，高技术制造业引资增长28.8%。", "28.8%", "investment"),
    ("近日，中央财政下达城乡义务教育补助经费1695.9亿元。", "1695.9亿元", "investment"),
    ("全社会研发经费投入达到33278.2亿元，投入强度达到2.64%。", "达到2.64%", "rd_intensity"),
])
def test_charging_facilities_grid_connection_money_attracted_grant_funds_and_intensity(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # research workstations, institutes and technology centres are innovation carriers, computing centres built capacity,
    # and a turnover (营业额) is revenue like 营业收入
    ("目前园区已经拥有国家级博士后工作站3个，国家级技术中心1个，省级技术中心16个。", "16个", "platforms"),
    ("一个县级市如今还有着7家国字号科研机构和13个院士工作站。", "13个", "platforms"),
    ("中科院上海分院在沪16家研究所已经复工复研。", "16家", "platforms"),
    ("今年，宁夏还开工建设了17个智算中心。", "17个", "infrastructure"),
    ("这个春节，郑州重点打造的21条特色商业街营业额同比增长36%。", "36%", "output"),
    ("海南离岛免税购物限额提高到10万元，截至11月20日，离岛免税销售146.4亿元。", "146.4亿元", "output"),  # sales, like 销售额
    ("1-2月份，民间投资同比增速回升到6.7%，为去年3月份以来的最快增速。", "6.7%", "investment"),  # 同比增速, 增长速度 are rates of it
    ("工业中，高新技术产业增长速度达到10.2%，占比12.1%。", "达到10.2%", "output"),
    # central state firms, exhibitors and operators are enterprises (a supplier is not, by the gold's reading)
    ("一年来，河北共与48家央企签署77项协议，意向总投资11360亿元。", "48家", "enterprises"),
    ("共有来自国内外19个国家和地区的506家参展商参展。", "506家", "enterprises"),
    ("对接会吸引了300多家参展商和1200多家采购商进行洽谈。", "1200多家", "enterprises"),  # the buyers a fair brings
    ("活动吸引了400余家展销商参展。", "400余家", "enterprises"),
    # buyers counted in people are people, and so is the change of that count; counted in 家 they and their change are firms
    ("本届博览会到会境外采购商约6.5万人，同比增长10%。", "10%", "other"),
    ("本届博览会到会境外采购商约6.5万人，同比增长10%。", "约6.5万人", "other"),
    ("本届博览会到会采购商1200家，同比增长10%。", "10%", "enterprises"),
    ("工厂在武汉的150余家供应商也已获准复工。", "150余家", "other"),
])
def test_workstations_institutes_computing_centres_and_turnover(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a platform, a park or a zone is an innovation carrier only when a word before it says so
    ("中央广播电视总台春晚即将亮相，全球500多家媒体平台都将对春晚进行播放。", "500多家", "other"),
    ("去年8月，中央决定新设立7个自贸试验区。", "7个", "other"),
    ("交通运输部门利用5个既有物流园区，建立应急物资道路运输中转站。", "5个", "other"),
    ("到2022年，将建成100个省级现代农业产业园。", "100个", "other"),
    ("当前我国具有一定影响力的工业互联网平台超过300家。", "超过300家", "platforms"),
    ("北京不断增强源头技术供给，建成46家概念验证平台。", "46家", "platforms"),
])
def test_a_carrier_is_an_innovation_platform_only_when_it_says_so(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a factory is a site and a shop a stall, not an enterprise of a kind
    ("工业互联网应用实现41个工业大类全覆盖，全国5G工厂超过8000家。", "超过8000家", "other"),
    ("现在，平利县已经有80多家社区工厂，主要生产玩具、服装。", "80多家", "other"),
    ("国际商贸城正式开业，已经承接了4000多户商户入驻。", "4000多户", "other"),
    ("全国登记在册个体工商户突破1亿户。", "突破1亿户", "enterprises"),  # a kind of market entity
    ("在得克萨斯州，超过25万户家庭和企业处于断电状态。", "超过25万户", "other"),  # households counted with firms
    ("刘家坪乡6个村1100多户村民与农业开发公司签订了土地流转协议。", "1100多户", "other"),  # villagers with a firm
])
def test_factories_and_shops_are_not_enterprises(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a standard of pay or of quality is a rate, not a standard document (patents)
    ("困难残疾人生活补贴和重度残疾人护理补贴平均标准分别提高了31.9%和22.5%。", "31.9%", "other"),
    ("部分农机的报废补贴标准提高50%。", "50%", "other"),
    # … and so is a standard of relief or of a levy, and a standard capacity (标准 before the head)
    ("城乡低保对象4333.5万人，城市低保月人均标准617元，农村低保年人均标准5247元，同比分别增长7.4%和10.4%。", "10.4%", "other"),
    ("从4月1号起，天津把排污费标准提高9倍多，阶梯收费、重奖重罚。", "9倍", "other"),
    ("一汽蔚山基地用19个月时间，将标准产能提升了25%，达到51万辆。", "25%", "other"),
    ("陕西省在60多个重点县分四个批次高标准建设小型农田水利设施。", "四个", "other"),
    ("“十四五”以来，我国物流领域累计发布国家标准达210项。", "达210项", "patents"),
    # criteria a contest or a review judges by, and a pension's standard, are no standard documents
    ("本次技能比赛共有四个评分标准，分别是速度、精度、安全和规范。", "四个", "other"),
    ("今年全省城乡居民基础养老金标准提高8%。", "8%", "other"),
])
def test_a_standard_of_pay_is_not_a_standard(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a grant per head or per unit is a rate, not an amount invested or granted
    ("全区生态岗位增加到66.67万个，年人均补助从3000元提高到3500元。", "3000元", "other"),
    ("鼓励出租车每车每天载客不少于2趟次，每趟次补贴5元。", "5元", "other"),
    ("中央财政近日下达2012年“普通高中改造计划”补助资金20亿元。", "20亿元", "investment"),
    # … and so is a subsidy told as a percentage of what is bought, built or insured; its growth is a change of money granted
    ("购买一级能效的家电产品，给予最终销售价格20%的补贴。", "20%", "other"),
    ("如今，牧民建设棚圈只需自筹40%，政府补贴60%。", "60%", "other"),
    ("今年全省农机购置补贴同比增长15%。", "15%", "investment"),
    # capacity, people or forces put in are no money invested
    ("3月份，该航空公司客运运力投入同比上升120%。", "120%", "other"),
])
def test_a_grant_per_head_is_a_rate(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a tax cut, relief or exemption is money left to the taxpayer, a policy measure, not taxes collected
    ("今年前10个月，税务部门主动为1万多户企业减免税收8亿多元。", "8亿多元", "other"),
    ("前5个月，高新技术产业获得了900亿元的税收减免。", "900亿元", "other"),
    ("去年这家小微企业享受的税收优惠达到6000多元。", "达到6000多元", "other"),
    ("前三季度，全省税收收入完成1200亿元。", "1200亿元", "output"),  # taxes collected stay output
    ("假期前3天，离岛免税销售额同比增长30%。", "30%", "output"),  # sales of duty-free shops are sales
])
def test_a_tax_cut_is_not_taxes_collected(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # 项目 is also an item of a list: a games' events, what a licence, a service or an insurance covers, heritage items
    ("本届民族运动会，6240名运动员将参加17个竞赛项目和178个表演项目。", "17个", "other"),
    ("本届民族运动会，6240名运动员将参加17个竞赛项目和178个表演项目。", "178个", "other"),
    ("国务院日前印发决定，取消和下放90项行政审批项目。", "90项", "other"),
    ("“康复综合评定”等20项康复项目被纳入基本医疗保险支付范围。", "20项", "other"),
    ("目前，我国认定各级非遗代表性项目10万余项。", "10万余项", "other"),
    ("本次世界杯赛共设置9个项目，其中中国队获得了所参赛的8个奥运项目的全部金牌。", "8个", "other"),
    ("本次公布的第五批项目，中国的世界灌溉工程遗产项目达17处。", "达17处", "other"),
    ("围绕集成电路、生物医药等新兴产业，全新上线100多个检验检测服务项目。", "100多个", "other"),
    ("全省110个重大项目全部开工。", "110个", "projects"),  # works still are projects
    # what travellers book is consumption, and a home market's turnover is not foreign trade
    ("2019年春节前一周，飞往北京、上海、杭州等城市的机票订单较去年增长了40%。", "40%", "other"),
    ("假期首日，旅游订单同比增长1倍多，各类门票订单同比增长超3倍。", "超3倍", "other"),
    ("2016年，我国网络零售交易额达5.16万亿元人民币，同比增长26.2%。", "26.2%", "other"),
    ("本届“汉交会”成交额345亿元，同比上届增长11%。", "11%", "trade"),  # a fair's turnover is trade
])
def test_items_bookings_and_home_markets_are_not_projects_or_trade(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a turnover that names no market or fair is most often a home market's: other rather than trade
    ("1—9月，全国期货市场累计成交额为437.77万亿元，同比增长44.57%。", "437.77万亿元", "other"),
    ("作为亚洲第一的鲜花交易市场，2017年这里交易了65亿枝鲜切花，交易额达53.55亿元。", "达53.55亿元", "other"),
    ("全国企业数据产品和服务数量同比增长29.29%，交易额同比增长39.8%。", "39.8%", "other"),
    ("第二十届中国国际农产品交易会意向成交额超过820亿元。", "超过820亿元", "trade"),  # a fair's intended deals
    # a bare turnover in a sentence about a fair is the fair's
    ("第17届中国（长春）国际汽车博览会落幕，共展出汽车1655辆，累计交易额103亿元。", "103亿元", "trade"),
])
def test_a_turnover_of_no_named_market_is_not_trade(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a bare amount right after a counted thing with a class is that thing's amount
    ("2022年，我省向沪浙皖输出的技术合同超9300项，成交额超307亿元。", "超307亿元", "tech_contracts"),
    # … also when the amount's own prefix makes no measure of the thing (项目|签约金额): what the projects are worth
    ("洽谈会开设网上展台，共签约166个项目，签约金额超1500亿元。", "超1500亿元", "investment"),
    ("大会签约项目共137个，签约总金额超950亿元。", "超950亿元", "investment"),
    # the amount signed of a thing with a class is that thing's (投资签约额, 项目签约金额: the money of projects is invested)
    ("博览会投资签约额从第一届的120亿元增长到去年的8000亿元。", "120亿元", "investment"),
    ("两省举行对口合作项目签约仪式，60个合作项目总签约额达900亿元。", "达900亿元", "investment"),
    ("300多家企业参展，意向成交额5亿元。", "5亿元", "trade"),  # a turnover keeps its own class
    # … and after an amount of a thing money can measure, not a count, it is that thing's too (货值 of goods traded)
    ("今年前10个月，经中老铁路进出口货运量399.6万吨，货值152亿元。", "152亿元", "trade"),
    ("科技成果转化合同总数同比增长27.2%，合同金额同比增长24.4%。", "24.4%", "tech_contracts"),
    ("德国4日宣布第三轮纾困计划，总金额达650亿欧元。", "达650亿欧元", "other"),  # nothing named before it in the sentence
    # with nothing counted before it, a bare turnover stays other (the futures market is not named in a fact)
    ("10月全国期货市场成交量为4.74亿手，成交额33.16万亿元。", "33.16万亿元", "other"),
])
def test_a_bare_amount_is_of_the_counted_thing_before_it(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # common heads the keyword table lacked: a place's economy, waterways and canals, power stations, wharves,
    # research centres, R&D spent as 科研投入, export earnings
    ("今年前三季度，深圳经济增长8.7%，高于全国和广东省同期增速。", "8.7%", "output"),
    ("报告预计中国经济将增长5.2%，高于上次预测的5.1%。", "5.2%", "output"),
    ("长江水系高等级航道由0.8万公里增加到1.15万公里。", "1.15万公里", "infrastructure"),
    ("134.2公里的平陆运河是西部陆海新通道骨干工程。", "134.2公里", "infrastructure"),
    ("现在，保护区内的42座水电站，按照整改方案已经关闭12座。", "42座", "infrastructure"),
    ("今年上半年，我国港口新增7座大型自动化码头。", "7座", "infrastructure"),
    ("到2010年，工业企业设立国家级工业研究中心就达127个。", "达127个", "platforms"),
    ("中车株洲所近三年科研投入总计超过57亿元。", "总计超过57亿元", "rd_expenditure"),
    ("片仔癀单品种出口创汇从2000年的900万美元增长到现在的近4000万美元。", "900万美元", "trade"),
    # a line's length by its section, a bridge's 长, a target for an amount
    ("新建浙江金华至宁波铁路正线全长188.3公里。", "188.3公里", "infrastructure"),
    ("目前，西藏公路通车里程达到12.49万公里。", "达到12.49万公里", "infrastructure"),
    ("大桥长1958.39米，是新昌江上贯通的首座铁路桥。", "1958.39米", "infrastructure"),
    ("努力实现每年新增支持小微企业和1400亿元贷款目标。", "1400亿元", "investment"),
    # an amount of projects is what is invested in them or the capacity they build
    ("中国企业与非洲21个国家的企业签订了超过52亿元的产能合作项目。", "超过52亿元", "investment"),
    ("总投资超6亿元的德青源金鸡产业项目落户留车村。", "超6亿元", "investment"),
    ("内蒙古乌兰察布风电基地600万千瓦示范项目正式启动。", "600万千瓦", "infrastructure"),
    ("我国自主设计、建设的40万吨煤制乙二醇项目在榆林投产。", "40万吨", "other"),  # a plant's output, not built capacity
])
def test_common_heads_of_economy_transport_energy_and_research(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # greenways, stations, airports, reservoirs and corridors are built infrastructure; scholars are talent like experts
    ("十年来，广东高质量建成绿道2075公里。", "2075公里", "infrastructure"),
    ("这条全长164公里的高速铁路沿线共设8座车站。", "8座", "infrastructure"),
    ("全国民航运输机场达到214个，新增39个。", "达到214个", "infrastructure"),
    ("全省有2座大型水库、15座中型水库。", "15座", "infrastructure"),
    ("当前，川渝间已建成铁路通道6条。", "6条", "infrastructure"),
    ("来自20多个国家和地区的240名专家学者参会。", "240名", "talent"),
    # not a checkpoint's lanes, nor officials counted with experts
    ("中哈合作中心开通22条快速通关查验通道。", "22条", "other"),
    ("组织省直机关领导干部和部分专家学者30人，担任省委宣讲团成员。", "30人", "other"),
])
def test_greenways_stations_airports_reservoirs_corridors_and_scholars(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a line by its operating length, a valid stock, the goods traded, hydrogen stations, basic research spent
    ("全国城市轨道交通运营里程达到1.1万公里。", "达到1.1万公里", "infrastructure"),
    ("我国共有54个城市开通运营城市轨道交通线路331条。", "54个", "other"),  # counts cities: a line is no tail alone
    ("截至2025年底，我国发明专利有效量达631.8万件，同比增长11.1%。", "达631.8万件", "patents"),
    ("今年一季度，经中老铁路进出口货物150.8万吨。", "150.8万吨", "trade"),
    ("去年欧盟向中国出口商品1126亿欧元。", "1126亿欧元", "trade"),
    ("我国已建成加氢站540座，占全球比重达40%。", "540座", "infrastructure"),
    ("其中基础研究投入从498亿元增长到超过1600亿元。", "498亿元", "rd_expenditure"),
    ("美国宣布对所有进口的钢铁和铝征收25%的关税。", "25%", "other"),  # a tariff is still a rate
    # the goods traded named after the verb, with or without a measure of them; not an index or a port's throughput
    ("从钢材出口看，上半年，我国出口钢材4358万吨，同比增长31.3%。", "4358万吨", "trade"),
    ("今年上半年，上海口岸累计出口汽车55.6万辆，较去年同期增长36.7%。", "36.7%", "trade"),
    ("上半年我国进口食品总金额222.3亿美元。", "222.3亿美元", "trade"),
    ("今年一季度，霍尔果斯口岸进出口货运量达880多万吨。", "达880多万吨", "trade"),
    ("4月份，中小企业出口指数为52.1%。", "52.1%", "other"),
    ("完成集装箱吞吐量3.2亿标箱，其中外贸集装箱吞吐量同比增长9.5%。", "9.5%", "other"),
])
def test_lines_stocks_goods_and_stations_keep_their_class(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("subject", "unit", "kind", "indicator"), [
    # patents by their applications and grants; a line's length by its section or in total (real subjects of CCTV stories)
    ("发明专利申请", "件", "level", "patents"),
    ("人工智能专利总申请量", "件", "level", "patents"),
    ("山西全省专利申请数", "件", "level", "patents"),
    ("全国铁路营业里程", "公里", "level", "infrastructure"),
    ("京津冀区域内高铁总里程", "公里", "level", "infrastructure"),
    ("隧道右线长", "米", "level", "infrastructure"),
    ("企业申请", "件", "level", "other"),  # 申请 measures patents only (in 家 it counts the firms that applied)
    ("陕西全省技术合同交易额", "元", "level", "tech_contracts"),  # any turnover of technology contracts
    ("全年签订技术合同成交金额", "元", "level", "tech_contracts"),
    ("川渝技术合同登记成交额", "元", "level", "tech_contracts"),
    # an expected or measured growth of the economy, a credit quota, a line network (real subjects of CCTV stories)
    ("英国经济增长预期", "%", "level", "output"),
    ("高技术产品出口增长率", "%", "level", "trade"),
    ("科技创新和技术改造再贷款额度", "元", "level", "investment"),
    ("本专科生每生每年最高贷款额度", "元", "level", "other"),  # a cap per student is a rate
    ("国家公路网总规模", "公里", "level", "infrastructure"),
    ("国家高铁网络", "公里", "level", "infrastructure"),  # a network, a bridge's main span or design length, lines being built
    ("大桥主桥长", "米", "level", "infrastructure"),
    ("大桥设计总长", "米", "level", "infrastructure"),
    ("高铁在建里程", "公里", "level", "infrastructure"),
    ("铁路在建项目", "个", "level", "projects"),
    ("全省综合交通网总规模", "公里", "level", "infrastructure"),  # a transport network, distribution lines
    ("输配电线路", "公里", "level", "infrastructure"),
])
def test_patents_by_applications_and_lines_by_their_total_or_section(subject, unit, kind, indicator):
    assert F.classify(subject, unit, kind) == indicator


@pytest.mark.parametrize(("subject", "unit", "kind", "indicator"), [
    # the data dictionary's 成果转化合同, transmission lines, a numbered line's length
    ("科技成果转化合同总数", "%", "change", "tech_contracts"),
    ("科技成果转化合同金额", "元", "level", "tech_contracts"),
    ("特高压输电线路", "条", "level", "infrastructure"),
    ("杭州地铁1号线总长", "公里", "level", "infrastructure"),
    ("地铁3号线", "条", "level", "other"),  # a line's number alone is no tail
])
def test_contracts_transmission_lines_and_numbered_lines(subject, unit, kind, indicator):
    assert F.classify(subject, unit, kind) == indicator


@pytest.mark.parametrize(("subject", "unit", "kind", "indicator"), [
    # capacities of built networks (a line's passengers a day, a grid's power), tap water's reach, power-line works in 条
    ("客运能力", "人次", "level", "infrastructure"),
    ("两国电力互济能力", "千瓦", "level", "infrastructure"),
    ("过江输电能力", "%", "change", "infrastructure"),
    ("农村自来水普及率", "%", "level", "infrastructure"),
    ("特高压工程", "条", "level", "infrastructure"),
    ("游客", "人次", "level", "other"),  # people in 人次 are no capacity
    # loans are counted in 笔
    ("中小企业发放贷款", "笔", "level", "investment"),
    ("款项", "笔", "level", "other"),
    # 货值 is what goods cleared or carried across a border are worth, not goods of a crime
    ("货值", "元", "level", "trade"),
    ("中欧班列发送货值", "美元", "level", "trade"),
    ("走私燕窝货值", "元", "level", "other"),
    # exhibitors are firms however named, an industrial technology innovation alliance is a carrier of innovation
    ("境内外展商", "家", "level", "enterprises"),
    ("产业技术创新联盟", "家", "level", "platforms"),
    ("产业技术创新战略联盟", "个", "level", "platforms"),
    # fiscal transfers and money put in (出资) are money granted or invested
    ("中央对地方转移支付总额", "元", "level", "investment"),
    ("中央财政对该省转移支付", "%", "change", "investment"),
    ("由市财政出资", "元", "level", "investment"),
    # how much of a work is done is progress, not a share of projects
    ("飞行区工程总量", "%", "share", "other"),
    ("工程量", "%", "share", "other"),
    ("重点工程", "%", "share", "projects"),
    # what a pipeline can carry, its capacity or design throughput, is capacity built; what it carried is not
    ("年输气能力", "立方米", "level", "infrastructure"),
    ("设计年输油量", "吨", "level", "infrastructure"),
    ("年输气量", "立方米", "level", "other"),
    # a total over places or kinds, or at current prices, measures the thing
    ("国内生产总值现价总量", "元", "level", "output"),
    ("地区生产总值总和", "元", "level", "output"),
    ("中央预算内投资计划", "元", "level", "investment"),  # money planned to be invested, after the plan
    ("全国储气能力", "立方米", "level", "infrastructure"),  # and what gas storage or a port can hold or handle
    ("集装箱装卸能力", "标箱", "level", "infrastructure"),
])
def test_capacities_loans_counted_and_the_value_of_goods(subject, unit, kind, indicator):
    assert F.classify(subject, unit, kind) == indicator


@pytest.mark.parametrize(("text", "mention", "indicator"), [
    # a count is of the keyword whose things are counted in its measure word, even before another keyword
    ("中国农业发展银行累计向新疆143家企业投放棉花收购贷款425亿元。", "143家", "enterprises"),
    ("证监会消息，2016年沪深两市有2031家公司现金分红，共计8301亿元。", "2031家", "enterprises"),
    ("首批32个课题研发经费超过1亿元，主要集中在生物医药领域。", "32个", "projects"),
    ("2022年，全国21个自由贸易试验区进出口增长14.5%。", "21个", "other"),  # a free-trade zone is no platform
    # a change of the money firms hold is not a change of how many firms there are
    ("全国国资系统监管企业资产总额达到259.3万亿元，比2012年底增长2.6倍，年均增长15.4%。", "15.4%", "other"),
    ("民营企业进出口同比增长8.5%。", "8.5%", "trade"),
])
def test_the_class_must_fit_what_the_number_counts_or_measures(text, mention, indicator):
    fact = in_sentence(text, mention)
    assert fact.indicator == indicator


@pytest.mark.parametrize(("subject", "unit", "indicator"), [
    # the keyword ending last is the head even inside another keyword: 经营收入 holds 营收 and 收入
    ("全国供销系统经营收入", "元", "output"),
    ("乡村休闲旅游业年经营收入", "元", "output"),
    ("技术合同成交额", "元", "tech_contracts"),  # the longest of those ending there
    ("研发经费投入强度", "%", "rd_intensity"),
])
def test_the_head_is_the_keyword_ending_last_even_inside_another(subject, unit, indicator):
    assert F.classify(subject, unit) == indicator


@pytest.mark.parametrize(("text", "mention", "value", "unit", "indicator"), [
    ("姑苏实验室是江苏省重点科创实验室，总投资200个亿。", "200个亿", 2e10, "元", "investment"),  # spoken 个亿
    ("牛产业贷款余额8.8个多亿元。", "8.8个多亿元", 8.8e8, "元", "investment"),
    ("建成3个亿级产业集群。", "3个", 3, "个", "other"),  # 亿级 is a scale, not a sum
    # investment counts deals only: these count counties and projects
    ("力争832个脱贫县各项贷款余额增速高于全省。", "832个", 832, "个", "other"),
    ("全年共发生并购424起。", "424起", 424, "起", "investment"),
    ("设立4支产业集群专项基金。", "4支", 4, "支", "investment"),  # and funds
])
def test_spoken_hundred_millions_and_what_investment_counts(text, mention, value, unit, indicator):
    fact = in_sentence(text, mention)
    assert (fact.value, fact.unit, fact.indicator) == (value, unit, indicator)


@pytest.mark.parametrize(("text", "subjects"), [
    # 从YYYY年N…，增长到YYYY年M: both values are the subject's, the years only date them
    ("GDP从2012年26575亿元，增长到2021年40391.3亿元；", ["GDP", "GDP"]),
    ("城镇居民人均可支配收入从2012年20543元，增长到2021年39791元；", ["城镇居民人均可支配收入"] * 2),
    # a comparison base up to eight characters after 较 names nothing counted
    ("5月末，外汇储备规模为31278亿美元，较去年12月末上升653亿美元。", ["外汇储备规模"] * 2),
    ("新增通硬化路的较大人口规模自然村（组）2.2万个。", ["较大人口规模自然村"]),  # 较大 is 'rather large', no base
])
def test_the_years_of_a_rise_do_not_cut_its_subject(text, subjects):
    assert [f.subject for f in extract_facts(Sentence(text, 0, len(text)))] == subjects


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a mark crossed (台阶, 大关) is not what is counted: the thing before it is, or the sentence's thing
    ("全省数字经济核心产业增加值跃上3300亿元台阶。", "3300亿元", "数字经济核心产业增加值"),
    ("全市地区生产总值迈上2万亿元新台阶。", "2万亿元", "地区生产总值"),
    ("山东省外贸进出口1.05万亿元，增长5.9%，首次突破万亿元大关。", "突破万亿元", "山东省外贸进出口"),
    ("我国快递年业务量首次突破1000亿件。", "突破1000亿件", "快递年业务量"),  # 年… qualifies the whole
])
def test_a_milestone_is_not_the_subject(text, mention, subject):
    fact = in_sentence(text, mention)
    assert fact.subject == subject


# ---------------------------------------------------------------- headings that restate the paragraph below
# Constructed in the shape of a CCTV bulletin (item headline, then its paragraph) and of a web article's subheading.
BULLETIN = ("清明假期国内旅游出游人数达1.35亿人次\n"
            "经测算，清明假期3天，全国国内旅游出游1.35亿人次，同比增长6.8%。\n"
            "综合整治工作累计退费超3亿元\n"
            "督促相关企业累计退费约3.01亿元，目前已经全部退还消费者。\n"
            "新增科技型企业200家\n"
            "本月还发布了一批政策。\n"
            "全年净增企业500家")


def _facts_by_line(body: str) -> list[tuple[str, str]]:
    sentences = split_sentences(body)
    found = F.drop_restated_headings(body, sentences, [extract_facts(s) for s in sentences])
    return [(s.text[:6], f.mention) for s, fs in zip(sentences, found) for f in fs]


def test_a_heading_that_restates_the_paragraph_below_gives_no_fact_of_its_own():
    kept = _facts_by_line(BULLETIN)
    assert ("清明假期国内", "达1.35亿人次") not in kept and ("经测算，清明", "1.35亿人次") in kept
    assert ("综合整治工作", "超3亿元") not in kept and ("督促相关企业", "约3.01亿元") in kept  # rounded: still the same number
    assert ("新增科技型企", "200家") in kept  # the paragraph below does not state it
    assert ("全年净增企业", "500家") in kept  # the last line has no paragraph below: not a heading


@pytest.mark.parametrize(("line", "heading"), [
    ("清明假期国内旅游出游人数达1.35亿人次", True),
    ("经测算，全国国内旅游出游1.35亿人次。", False),  # a sentence, not a heading
    ("国内出游总花费613.67亿元，同比增长6.6%；国内出游人次同比增长6.8%，交通运输部数据显示全社会跨区域人员流动量超8亿", False),  # too long
])
def test_is_heading(line, heading):
    body = f"{line}\n下一段。"
    assert is_heading(body, split_sentences(body)[0]) is heading


# ---------------------------------------------------------------- a subject carried to values that name none
def _subjects(body: str) -> list[tuple[str, str | None]]:
    sentences = split_sentences(body)
    return [(f.mention, f.subject) for found in F.extract_article_facts(body, sentences) for f in found]


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # constructed after CCTV bulletins: a value right after another in the same unit, joined by an adverb only
    ("全社会跨区域人员流动量超8.42亿人次，日均2.8亿人次，同比增长5.6%。", "2.8亿人次", "全社会跨区域人员流动量"),
    ("全社会跨区域人员流动量超8.42亿人次，日均2.8亿人次，同比增长5.6%。", "5.6%", "全社会跨区域人员流动量"),
    ("火电项目和电网项目投资分别为457亿元、176亿元。", "176亿元", "电网项目投资"),  # 分别: the second thing's
    ("已经对接高校科技成果4500多项，其中140项已经转化。", "140项", "高校科技成果"),
    # another thing, told by its own verb or noun: nothing carried
    ("袭击造成36人死亡、209人受伤。", "209人", "受伤人数"),
    # a level reached from a value 从 introduced, whatever the verb reaching it, is the same thing's
    ("全面推进电影产业化以来，国产电影年产量从不到100部达到了2012年的754部。", "754部", "国产电影年产量"),
    ("裴寨村的种植规模从原来的250亩发展到现在的700多亩。", "700多亩", "种植规模"),
    ("裴寨村的种植规模从原来的250亩发展到现在的700多亩。", "250亩", "种植规模"),  # 发展到 names nothing
    # a clause opening on the base of a change goes on with the topic opening the clause before
    ("电影票房居世界第二，从2003年的11亿元增长到2012年的170.73亿元。", "11亿元", "电影票房"),
    ("电影票房居世界第二，从2003年的11亿元增长到2012年的170.73亿元。", "170.73亿元", "电影票房"),
    # (not when that clause opens on something else: 国家两次调整…)
    ("国家两次调整制造业等增值税税率，从原来的17%下调至现行的13%。", "17%", None),
    ("经过测算，这个沙丘长约40米，宽约8米。", "约8米", "沙丘宽"),  # its own measure, of the same owner (not 沙丘长)
    # (the rest, 其余的30座, are hydropower stations too: the measure word 座 selects the 水电站 named before)
    ("保护区内的42座水电站已经关闭12座，其余的30座全都完成改造。", "30座", "水电站"),
    # the sentence before in the paragraph names the thing a change at the head of the next one is of
    ("全省技术合同成交额达到1200亿元。比上年增长15%。", "15%", "技术合同成交额"),
    ("全省技术合同成交额达到1200亿元。\n比上年增长15%。", "15%", None),  # a new paragraph carries nothing
])
def test_a_value_naming_no_thing_takes_the_thing_before(text, mention, subject):
    found = dict(_subjects(text))
    assert mention in found, found
    assert found[mention] == subject


# ---------------------------------------------------------------- Markdown tables (constructed, as web articles give them)
TABLE = ("据省统计局发布，2023年全省研发经费支出2640亿元。\n"
         "| 指标 | 2023年 | 同比增长 |\n|---|---|---|\n"
         "| 高新技术企业 | 4.7万家 | 12.5% |\n| 技术合同成交额 | 2500亿元 | 20% |\n"
         "详见附件。")


def test_a_table_row_names_its_subject_and_its_columns_say_the_kind_and_period():
    sentences = split_sentences(TABLE)
    facts = {f.mention: f for found in F.extract_article_facts(TABLE, sentences, published_year=2024) for f in found}
    assert (facts["2640亿元"].subject, facts["2640亿元"].indicator) == ("研发经费支出", "rd_expenditure")  # 支出 of R&D
    firms, growth = facts["4.7万家"], facts["12.5%"]
    assert (firms.subject, firms.indicator, firms.kind, firms.period_year) == ("高新技术企业", "enterprises", "level", 2023)
    assert (growth.subject, growth.kind) == ("高新技术企业", "change")  # not a share: the column says 同比增长
    assert (facts["2500亿元"].subject, facts["2500亿元"].indicator) == ("技术合同成交额", "tech_contracts")
    assert facts["20%"].kind == "change"


# the unit given once, in brackets after the row's name or the column's header, is the unit of the bare numbers of the row
UNIT_TABLE = ("| 指标 | 2022年 | 2023年 | 增长（%） |\n|---|---:|---:|---:|\n"
              "| 高新技术企业（家） | 1.1万 | 1.2万 | 9.1 |\n| 研发投入（亿元） | 2,100 | 2,350 | 11.9 |\n")


def test_a_unit_in_brackets_is_the_unit_of_the_bare_numbers_of_its_row_or_column():
    sentences = split_sentences(UNIT_TABLE)
    found = [f for facts in F.extract_article_facts(UNIT_TABLE, sentences, published_year=2024) for f in facts]
    assert [(f.mention, f.value, f.unit, f.subject, f.kind, f.period_year) for f in found] == [
        ("1.1万", 11000, "家", "高新技术企业", "level", 2022), ("1.2万", 12000, "家", "高新技术企业", "level", 2023),
        ("9.1", 9.1, "%", "高新技术企业", "change", 2024),
        ("2,100", 2.1e11, "元", "研发投入", "level", 2022), ("2,350", 2.35e11, "元", "研发投入", "level", 2023),
        ("11.9", 11.9, "%", "研发投入", "change", 2024)]
    assert all(UNIT_TABLE[f.char_start:f.char_end] == f.mention for f in found)


def test_table_cells_keep_offsets():
    row = "| 高新技术企业 | 4.7万家 |"
    assert [(at, text, row[at:at + len(text)]) for at, text in F.table_cells(row)] == [(2, "高新技术企业", "高新技术企业"), (11, "4.7万家", "4.7万家")]


# ---------------------------------------------------------------- words between the thing and its number
@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a per-unit right before the number is part of the value (每天111班), not of the thing
    ("江西将高标准农田建设标准增加到每亩3000元。", "3000元", "高标准农田建设标准"),
    ("列车设计时速为每小时120公里。", "120公里", "列车设计时速"),
    ("人均服务经费标准2015年达到每人每年40元。", "40元", "人均服务经费标准"),
    ("团客人数从目前每天4000人增至5000人。", "4000人", "团客人数"),
    ("机场旅客运输能力将从当前的每年8000万人次上升到1.2亿人次。", "8000万人次", "机场旅客运输能力"),
    # a stretch of time the verb lasted is an adverbial, and 在 opens a place, not the thing
    ("全国冬小麦日机收面积连续三天超过500万亩。", "超过500万亩", "冬小麦日机收面积"),
    ("国际客运恢复水平连续三个月超80%。", "超80%", "国际客运恢复水平"),
    ("在专利申请和授权量连续几年居全国第一的苏州。", "居全国第一", "专利申请和授权量"),
    ("在连续9年稳定在1.3万亿斤以上的基础上。", "1.3万亿斤以上", None),
    # a verb of recovery before the value is not the thing
    ("国际客运航班量已恢复至每周4053班。", "4053班", "国际客运航班量"),
    # a subject that is only a time names nothing: the change is of what came before
    ("预计发送旅客1.06亿人次，与2019年同比增长0.8%。", "0.8%", "旅客"),
    # and so does a base told with 与…相比, which at the end of a subject is no part of it
    ("投递快递包裹9.3亿件，与2019年中秋假期相比增长92.31%。", "92.31%", "投递快递包裹"),
    ("全美30多个城市发生的凶杀案与去年同期相比增加了24%。", "24%", "凶杀案"),
    # a modal is the verb's
    ("总遇难人数可能超过300人。", "超过300人", "总遇难人数"),
])
def test_what_stands_between_the_thing_and_its_number(text, mention, subject):
    fact = in_sentence(text, mention)
    assert fact.subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a size or 新的 opens the phrase after the number; the thing follows its 的
    ("在湖北罗田，12公里长的燕儿谷，几万株茶花争奇斗艳。", "12公里", "燕儿谷"),
    ("当地消防人员铺设1200多米长的水带。", "1200多米", "水带"),
    ("建设智能网联新能源汽车、软件信息服务、食品及农产品加工3个新的万亿级产业集群。", "3个", "万亿级产业集群"),
    # N个方面 frames what is listed, unless a verb or a preposition follows (then 方面 is all it names)
    ("河北提出高质量发展、科技创新等7个方面发展目标。", "7个", "发展目标"),
    ("报告从强化司法保护等7个方面呈现了打击侵权假冒工作。", "7个", "方面"),
    # what a counted thing carries, and where it goes, is no part of it
    ("满载4560个装有机电、化工等产品的集装箱驶向欧洲。", "4560个", "集装箱"),
    # an idiom after the counted noun is its predicate
    ("一座148米高的大楼拔地而起。", "148米", "大楼"),
    ("3000架无人机腾空而起。", "3000架", "无人机"),
    # a count counts the noun, not the measure after it
    ("文化及相关产业9个行业营业收入全部实现正增长。", "9个", "行业"),
    ("2012年上市银行半年报显示，16家银行上半年净利润5452亿元。", "16家", "银行"),
    ("这座高楼的用户是1.2万多个单体重量达到25吨的硬疙瘩。", "1.2万多个", "单体"),
])
def test_what_the_phrase_after_a_number_counts(text, mention, subject):
    fact = in_sentence(text, mention)
    assert fact.subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a share of a plan done (完成年度计划的77%) is of the thing done before it
    ("全国城镇保障性安居工程新开工580万套，完成年度计划的77%。", "77%", "城镇保障性安居工程新开工"),
    ("全国已累计退出煤炭产能9500多万吨，完成全年任务的38%。", "38%", "煤炭产能"),
    # a per-day value after a value whose thing is named after it
    ("今年清明假期共677.9万人次出入境，日均226万人次，较去年同期增长9.1%。", "226万人次", "出入境"),
    # a multiple or a rank that names nothing is of the value before it
    ("非常规水利用量210亿立方米，是十年前的3.5倍。", "3.5倍", "非常规水利用量"),
    ("目前，我国数字经济规模已超45万亿元，连续多年位居世界第二位。", "位居世界第二位", "数字经济规模"),
    ("长江干线货运量超过30亿吨，位居全球内河航运首位。", "位居全球内河航运首位", "长江干线货运量"),
    # a comparison told with an adjective: what is compared stands before 比
    ("这里的生鲜产品不仅新鲜，价格还比同类产品低15%到30%。", "15%到30%", "价格"),
    ("驾车时发短信的驾驶员反应时间比正常情况慢35%。", "35%", "驾驶员反应时间"),
    ("目前全国重点水库蓄水总量较常年同期偏多16%。", "16%", "重点水库蓄水总量"),
])
def test_a_value_that_names_no_thing_of_its_own(text, mention, subject):
    fact = in_sentence(text, mention)
    assert fact.subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count of people counts who they are, not what they did
    ("来自40余个国家及地区的150余位代表参会。", "150余位", "代表"),
    ("疫情发生以来，内蒙古800多名医护人员支援湖北。", "800多名", "医护人员"),
    ("另外，269名工人因感染新冠病毒死亡。", "269名", "工人"),
    ("北京2000多名官兵和民兵分赴密云。", "2000多名", "官兵和民兵"),  # a head joined to another stays whole
    ("来自海内外的300多名专家学者汇聚福建厦门。", "300多名", "专家学者"),
    ("6位党员干部群众给习近平总书记写信。", "6位", "党员干部群众"),
    ("会上，18位中外杰出青年科学家获奖。", "18位", "中外杰出青年科学家"),  # 青年 modifies 科学家: no verb after it
])
def test_a_count_of_people_counts_who_they_are(text, mention, subject):
    fact = in_sentence(text, mention)
    assert fact.subject == subject


@pytest.mark.parametrize("text, mention, value, unit", [
    ("此外，能量为9瓦时的锌溴电池模组与光伏板集成展示了其实用的可再生能源储存能力。", "9瓦时", 9, "瓦时"),  # seed 001: was 9 瓦, a power
    ("动力电池装车量累计91吉瓦时，同比增长。", "累计91吉瓦时", 91, "吉瓦时"),
    ("示范工程并网成功，电站储能容量达1500兆瓦时。", "达1500兆瓦时", 1500, "兆瓦时"),
    ("太阳能电池产量超过450吉瓦。", "超过450吉瓦", 450, "吉瓦"),
    ("软包电池容量为500毫安时，并放大到1.5安时。", "500毫安时", 500, "毫安时"),
    ("软包电池容量为500毫安时，并放大到1.5安时。", "1.5安时", 1.5, "安时"),
])
def test_units_of_energy_and_charge(text, mention, value, unit):
    fact = one(text, mention)
    assert (fact.value, fact.unit) == (value, unit)


# ---------------------------------------------------------------- fixes from the review of 2026-12-08
@pytest.mark.parametrize(("text", "mention", "field", "expected"), [
    # 于 and 让 end a subject as words of their own (于19日, 让百姓), not inside 低于, 高于, 转让, 出让
    ("江西省有43个市县温度高于40度。", "43个", "subject", "市县温度"),
    ("全年完成300项专利转让。", "300项", "indicator", "patents"),
    # a sector after 其中 takes the whole's class only in the statement 其中 opens: a ； starts another
    ("新建5G基站3000个，其中城区2000个；全市服务业增长6%。", "6%", "indicator", "output"),
    # 将比赛…, 将比亚迪…: 比 of a word is no comparison, the sentence a plan
    ("明年起将比赛奖金提高到100万元。", "100万元", "status", "plan"),
    # a subject that already names the kind the measure word counts stays whole
    ("全省贫困县减少到12县。", "12县", "subject", "贫困县"),
    # 五部|委: ministries are who acts, counted now
    ("文化和旅游部等五部委将联合开展专项行动。", "五部", "status", "actual"),
    # a case series is a count of cases: a count of firms after one is not 本地确诊病例
    ("全市现有确诊病例20例，本地30家。", "30家", "subject", "本地"),
])
def test_review_fixes_of_2026_12_08(text, mention, field, expected):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert getattr(fact, field) == expected


@pytest.mark.parametrize(("text", "mention", "unit", "size"), [
    ("距离市区约30公里", "30公里", "公里", True),
    ("10公里外的得妥镇", "10公里", "公里", True),
    ("全年实现300吨外销", "300吨", "吨", False),  # 外 of 外销, and no length
    ("距年度目标还差300吨", "300吨", "吨", False),  # 距 of a gap to a goal
])
def test_distances_are_sizes_only_in_units_of_length(text, mention, unit, size):
    from transforms.facts.periods import is_dimension

    start = text.index(mention)
    assert is_dimension(text, start, start + len(mention), unit) is size


@pytest.mark.parametrize(("text", "mention", "field", "expected"), [
    # 将 marks the object of 作为 only when 作为 comes before the number: after it, 将 is still 'will'
    ("将选取30个县作为首批试点。", "30个", "status", "plan"),
    # projects that started last year, or a tally so far, are no plan of their investment
    ("该项目去年开工，总投资50亿元。", "50亿元", "status", "actual"),
    ("上半年，全省新开工项目1200个，总投资3000亿元。", "3000亿元", "status", "actual"),
    ("一季度215个重大项目集中开工，总投资超过3300亿元。", "超过3300亿元", "status", "actual"),  # a blind reader's catch
    # 愿景 (a vision) and 不愿 (unwilling) pledge nothing
    ("依托共同愿景为沿线国家提供100亿美元贷款。", "100亿美元", "status", "actual"),
    ("多数企业不愿提供5000万元以上贷款。", "5000万元以上", "status", "actual"),
    # 规划中的 is 'being planned', no plan's list of items
    ("目前规划中的5个机场正在推进。", "5个", "status", "plan"),
    # a bare field before a list's shared head shares it (贸易、物流企业: trade firms)
    ("贸易、物流企业分别新增120家和80家。", "120家", "subject", "贸易企业"),
])
def test_second_review_fixes_of_2026_12_08(text, mention, field, expected):
    (fact,) = [f for f in F.extract_facts(F.Sentence(text, 0, len(text))) if f.mention == mention]
    assert getattr(fact, field) == expected
