"""Places outside China in region mentions (transforms/regions): CLDR countries and the foreign_places lexicon,
the 北海 ambiguity, 港澳台 as a category, foreign fact subjects and foreign articles' primary region."""

from __future__ import annotations

import pytest

from transforms.regions import (
    FOREIGN,
    build_gazetteer,
    build_regions,
    find_region_mentions,
    foreign_names,
    load_adcodes,
    primary_region,
    resolve_fact_region,
    sentence_fact_regions,
)


@pytest.fixture(scope="module")
def gz():
    return build_gazetteer(build_regions(load_adcodes()))


def found(mentions) -> list[tuple]:
    return [(m.mention, m.region_code, m.kind) for m in mentions]


def test_foreign_names_come_from_cldr_and_the_lexicon():
    names = foreign_names()
    assert names["美国"] == names["乌克兰"] == names["欧盟"] == "territory"  # Babel's CLDR zh_Hans names
    assert names["东京"] == "city" and names["莱茵河"] == "river" and names["波罗的海"] == "sea"
    assert names["东盟"] == "group" and names["加沙"] == "region"
    for chinese in ("中国", "台湾", "中国香港特别行政区", "世界", "亚洲", "中非"):  # China, or containing it
        assert chinese not in names


@pytest.mark.parametrize("text, expected", [
    ("美国商务部宣布对部分芯片产品加征关税。", [("美国", None, "foreign")]),
    ("日本东京电力公司开始排放核污染水。", [("日本", None, "foreign"), ("东京", None, "foreign")]),
    ("乌克兰东部和加沙地带的冲突仍在持续。",
     [("乌克兰", None, "foreign"), ("东部", None, "foreign"), ("加沙地带", None, "foreign")]),
    ("货轮沿莱茵河驶入鹿特丹港。", [("莱茵河", None, "foreign")]),
    ("欧盟与东盟签署数字经济合作协议。", [("欧盟", None, "foreign"), ("东盟", None, "foreign")]),
    # a direction word right after a foreign place is part of it, not China's 西部
    ("朝鲜西部战线部队举行炮击演习。", [("朝鲜", None, "foreign"), ("西部", None, "foreign")]),
    # the same word after a Chinese place stays the macro-region
    ("四川加快建设西部科技创新高地。", [("四川", "510000", "short"), ("西部", "MR_WEST", "macro")]),
    # a bare direction word after a foreign place in the same sentence is that place's part (CCTV, outside both gold
    # sets); in the next sentence it is China's again
    ("美国南部和东部多州仍有超20万户停电。", [("美国", None, "foreign"), ("东部", None, "foreign")]),
    ("乌克兰政府军26号在东部城市发动进攻。", [("乌克兰", None, "foreign"), ("东部", None, "foreign")]),
    ("美国企业来华投资增加。东部地区吸引外资最多。", [("美国", None, "foreign"), ("东部地区", "MR_EAST", "macro")]),
    ("日本企业在华投资增加。新设企业多在东部。", [("日本", None, "foreign"), ("东部", "MR_EAST", "macro")]),
    ("中欧、中亚班列累计开行2.8万列；西部陆海新通道班列累计发送集装箱120万标箱。",
     [("中亚", None, "foreign"), ("西部", "MR_WEST", "macro")]),  # after a semicolon too
    # a county's short name before 省 or 郡 is a province or a county abroad (CCTV, outside both gold sets, shortened);
    # 省界 is a provincial boundary
    ("39名遇难者分别来自海防市、海阳省、义安省", [("海阳", None, "foreign"), ("义安", None, "foreign")]),
    ("从平安北道铁山郡的西海卫星发射场发射", [("铁山", None, "foreign")]),
    ("潼关省界站恢复运行", [("潼关", "610522", "short")]),
    # a storm's name in quotes names no place (博罗 of 博罗依, 加沙 of 桦加沙)
    ("今年第20号台风“博罗依”已五次登陆菲律宾", [("菲律宾", None, "foreign")]),
    ("受台风“桦加沙”外围影响，广东有暴雨", [("广东", "440000", "short")]),
    # 全国 right after a place abroad is that country's whole, not China
    ("日本全国新增确诊病例15645例", [("日本", None, "foreign"), ("全国", None, "foreign")]),
    ("中国全国人大愿同古巴全国人大加强交流", [("中国", "100000", "national"), ("全国", "100000", "national"),
                                   ("古巴", None, "foreign"), ("全国", None, "foreign")]),
    # ... and in the clause of a place abroad named last, unless it names China's national bodies
    ("孟加拉国政府已宣布27号为全国哀悼日", [("孟加拉国", None, "foreign"), ("全国", None, "foreign")]),
    ("约旦参议长会见全国政协主席", [("约旦", None, "foreign"), ("全国", "100000", "national")]),
    # ... and past a comma or a sentence in its paragraph, in an article naming no Chinese place and China by no other
    # national word (CCTV, outside both gold sets, shortened); a place in a book title or in another paragraph (a bulletin's
    # items) does not count
    ("意大利宣布封城。全国确诊病例增加", [("意大利", None, "foreign"), ("全国", None, "foreign")]),
    ("以色列已关闭其领空，并宣布全国进入紧急状态。", [("以色列", None, "foreign"), ("全国", None, "foreign")]),
    ("加拿大原住民服务局日前称，全国共有45个原住民社区受到林火影响。", [("加拿大", None, "foreign"), ("全国", None, "foreign")]),
    ("在墨西哥，中国疫苗的接种工作正分17路在全国范围内展开。",
     [("墨西哥", None, "foreign"), ("中国", "100000", "national"), ("全国", "100000", "national")]),
    ("《在访问联合国日内瓦总部时的演讲》单行本，已由人民出版社出版，即日起在全国新华书店发行。",
     [("日内瓦", None, "foreign"), ("全国", "100000", "national")]),
    ("法国宣布延长紧急状态。\n1月全国实际使用外资同比增长4%", [("法国", None, "foreign"), ("全国", "100000", "national")]),
    # a name both Chinese and foreign before the Games is the host abroad (平昌, not 四川's 平昌县), with no other place
    # abroad named; 平昌 elsewhere with its province named stays the county
    ("今晚，平昌冬奥会闭幕式举行", [("平昌", None, "foreign")]),
    ("平昌冬奥会闭幕。北京从平昌手中接过会旗", [("平昌", None, "foreign"), ("北京", "110000", "short"), ("平昌", None, "foreign")]),
    ("四川平昌县推进乡村振兴", [("四川", "510000", "short"), ("平昌县", "511923", "name")]),
])
def test_foreign_mentions(gz, text, expected):
    assert found(find_region_mentions(text, gz)) == expected


@pytest.mark.parametrize("text, expected", [
    # the North Sea: the text names other foreign places and neither 北海市 nor 广西
    ("俄罗斯经波罗的海向德国输送天然气的管道在北海附近发生泄漏。", None),
    # 北海市 named in full, or its province: the city
    ("北海市海洋产业增加值增长8%，北海港货物吞吐量创新高。", "450500"),
    ("广西推进向海经济，北海与美国企业签约新材料项目。", "450500"),
    # no context at all: the city, flagged as a guess
    ("北海银滩旅游区游客量同比增长两成。", "450500"),
])
def test_beihai_is_the_city_only_with_chinese_context(gz, text, expected):
    beihai = [m for m in find_region_mentions(text, gz) if m.mention == "北海"]
    assert beihai and all(m.region_code == expected for m in beihai)
    assert all(m.kind == ("foreign" if expected is None else "short") for m in beihai)


def test_beihai_without_context_is_flagged_ambiguous(gz):
    (m,) = find_region_mentions("北海银滩旅游区游客量同比增长两成。", gz)
    assert m.is_ambiguous


@pytest.mark.parametrize("text", [
    "1-2月，外商及港澳台商投资企业增加值同比增长3.2%。",
    "全国港澳台同胞投资企业达到12万家。",
])
def test_hong_kong_macao_taiwan_as_a_category_is_no_mention(gz, text):
    assert [m.region_code for m in find_region_mentions(text, gz)] in ([], ["100000"])  # 全国 is national


def test_greater_bay_area_abbreviations_still_count(gz):
    assert [m.region_code for m in find_region_mentions("粤港澳合作持续深化", gz)] == ["440000", "810000", "820000"]


@pytest.mark.parametrize("sentence, fact_word, expected", [
    ("美国科技公司Meta宣布裁员逾1.1万人。", "1.1万", None),     # foreign subject: no Chinese region
    ("德国一季度出口额同比下降3%。", "3%", None),
    ("江苏一季度出口额同比增长6%，高于美国。", "6%", "320000"),  # the Chinese subject comes first
    ("一季度出口额同比增长6%。", "6%", "100000"),                # no region named: the article's default
    # the nation's own actor acting abroad or towards a foreign place: the statement is the nation's
    ("10月20日，中国人民银行在伦敦发行50亿元人民币央行票据，期限1年，票面利率3.1%。", "50亿", "100000"),
    ("10月20日，中国人民银行在伦敦发行50亿元人民币央行票据，期限1年，票面利率3.1%。", "3.1%", "100000"),
    ("今年中国企业对美国投资达到30亿美元。", "30亿", "100000"),
    ("美国企业在中国投资50亿美元。", "50亿", None),
])
def test_fact_with_a_foreign_subject_gets_no_region(gz, sentence, fact_word, expected):
    mentions = find_region_mentions(sentence, gz)
    (code,) = sentence_fact_regions(sentence, 0, [sentence.index(fact_word)], mentions, gz)
    assert (code == FOREIGN) == (expected is None)
    assert resolve_fact_region(code, "100000") == expected


FOREIGN_STORY = (
    "当地时间9月26日，北溪天然气管道在北海海域发生泄漏。丹麦和瑞典当局表示，泄漏发生在波罗的海博恩霍尔姆岛附近。"
    "德国方面称，俄罗斯向欧洲输送天然气的管道受损严重，欧盟将对事件展开调查。美国表示愿意提供协助。"
)
CHINESE_STORY = (
    "江苏省科技厅日前发布数据，2023年江苏全社会研发投入超过3800亿元。苏州、南京两市研发投入占全省一半以上。"
    "江苏企业与美国、德国高校的合作项目达到120项。"
)


def test_foreign_article_has_no_chinese_primary_region(gz):
    mentions = find_region_mentions(FOREIGN_STORY, gz)
    assert not any(m.region_code == "450500" for m in mentions)  # 北海 here is the North Sea
    assert primary_region(mentions, title="北溪管道泄漏事件持续发酵", gazetteer=gz) is None


def test_chinese_article_citing_foreign_partners_keeps_its_region(gz):
    mentions = find_region_mentions(CHINESE_STORY, gz)
    assert primary_region(mentions, title="江苏研发投入超3800亿元", gazetteer=gz) == "320000"
