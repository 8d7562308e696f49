"""Tests for transforms/regions.py: the division table, mention finding and the primary region."""

from __future__ import annotations

import pathlib

import polars as pl
import pytest
import rjieba

from transforms.regions import (
    COUNTRY,
    EARLY_CHARS,
    RegionMention,
    adcodes_path,
    build_gazetteer,
    build_regions,
    find_region_mentions,
    load_adcodes,
    primary_region,
    region_members,
    short_form,
)

SEEDS = sorted((pathlib.Path(__file__).parents[1] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def regions() -> pl.DataFrame:
    return build_regions(load_adcodes())


@pytest.fixture(scope="module")
def gz(regions):
    return build_gazetteer(regions)


@pytest.fixture(scope="module")
def tokenize(regions):
    """Token boundaries of the pipeline's segmenter (rjieba, official names added as ns words)."""
    segmenter = rjieba.Jieba()
    for name in regions.filter(pl.col("level") != "macro")["name"]:
        segmenter.add_word(name, None, "ns")

    def boundaries(text: str) -> tuple[set[int], set[int]]:
        tokens = segmenter.tokenize(text)
        return {s for _, s, _ in tokens}, {e for _, _, e in tokens}
    return boundaries


def seed_article(name: str, start: str | None, end: str | None) -> str:
    text = next(p for p in SEEDS if p.name.startswith(name)).read_text(encoding="utf-8")
    return text[text.index(start) if start else 0:text.index(end) if end else None]


def found(mentions: list[RegionMention]) -> list[tuple]:
    return [(m.mention, m.region_code, m.kind, m.in_organisation) for m in mentions]


# ---------------------------------------------------------------- the division table

def test_load_adcodes_reads_cpca_table():
    adcodes = load_adcodes()
    assert adcodes_path().name == "adcodes.csv"
    assert adcodes.columns == ["region_code", "name", "lon", "lat"]
    assert adcodes.height == 3511
    assert adcodes["region_code"].str.len_chars().unique().to_list() == [6]


def test_regions_table_is_complete_and_linked(regions):
    divisions = regions.filter(pl.col("level").is_in(["province", "prefecture", "county"]))
    assert divisions.height > 3000
    assert divisions.filter(pl.col("lat").is_not_null() & pl.col("lon").is_not_null()).height > 3000
    assert regions["region_code"].is_unique().all()
    assert not regions["name"].is_in(["市辖区", "省直辖县级行政区划"]).any()
    codes = set(regions["region_code"])
    parents = regions.filter(pl.col("level") != "country")["parent_code"]
    assert parents.null_count() == 0 and set(parents) <= codes
    assert regions.filter(pl.col("level") == "province").height == 34
    assert regions.filter(pl.col("level") == "macro").height >= 10


@pytest.mark.parametrize("code, name, level, parent, province", [
    ("330100", "杭州市", "prefecture", "330000", "330000"),
    ("330000", "浙江省", "province", COUNTRY, "330000"),
    ("110105", "朝阳区", "county", "110000", "110000"),      # municipality district: no 110100 row
    ("429004", "仙桃市", "county", "420000", "420000"),      # 省直辖县级市
    ("130828", "围场满族蒙古族自治县", "county", "130800", "130000"),
    ("320214", "新吴区", "county", "320200", "320000"),
    ("810000", "香港特别行政区", "province", COUNTRY, "810000"),
    (COUNTRY, "全国", "country", None, None),
    ("MR_YRD", "长江三角洲", "macro", COUNTRY, None),
])
def test_region_rows(regions, code, name, level, parent, province):
    row = regions.filter(pl.col("region_code") == code).row(0, named=True)
    assert (row["name"], row["level"], row["parent_code"], row["province_code"]) == (name, level, parent, province)


@pytest.mark.parametrize("name, short", [
    ("浙江省", "浙江"), ("杭州市", "杭州"), ("围场满族蒙古族自治县", "围场"), ("广西壮族自治区", "广西"),
    ("新疆维吾尔自治区", "新疆"), ("内蒙古自治区", "内蒙古"), ("香港特别行政区", "香港"), ("大兴安岭地区", "大兴安岭"),
    ("锡林郭勒盟", "锡林郭勒"), ("恩施土家族苗族自治州", "恩施"), ("龙胜各族自治县", "龙胜"), ("神农架林区", "神农架"),
    ("新吴区", "新吴"), ("浦东新区", "浦东"), ("矿区", "矿区"), ("和县", "和县"),
])
def test_short_form(name, short):
    assert short_form(name) == short


def test_region_members(regions):
    members = region_members(regions)
    by_macro = members.group_by("macro_code").agg("member_code").rows_by_key("macro_code", unique=True)
    assert sorted(by_macro["MR_YRD"][0]) == ["310000", "320000", "330000", "340000"]
    assert len(by_macro["MR_GBA"][0]) == 11 and {"440300", "810000", "820000"} <= set(by_macro["MR_GBA"][0])
    assert {"500000", "510100"} <= set(by_macro["MR_CY"][0])
    assert set(members["member_code"]) <= set(regions["region_code"])


@pytest.mark.parametrize("alias, codes", [
    ("浙江", ["330000"]), ("杭州", ["330100"]), ("围场", ["130828"]), ("广西", ["450000"]), ("开化", ["330824"]),
    ("朝阳", ["211300", "110105", "211321", "220104"]), ("吉林", ["220000", "220200"]), ("长三角", ["MR_YRD"]),
    ("城区", []), ("郊区", []), ("和平", []), ("新城", []), ("大厂", []), ("阿里", []), ("阿里地区", ["542500"]),
])
def test_gazetteer_aliases(gz, alias, codes):
    assert sorted(gz.candidates(alias)) == sorted(codes)


# ---------------------------------------------------------------- mentions

MENTION_CASES = [
    # (text, home_region, expected (mention, code, kind, in_organisation) in order)
    ("浙江大学依托大数据智能计算重点实验室", None, [("浙江", "330000", "short", True)]),
    ("杭州市召开新闻发布会", None, [("杭州市", "330100", "name", False)]),
    ("近年来,河北省围场满族蒙古族自治县不断优化农业种植结构", None,
     [("河北省", "130000", "name", False), ("围场满族蒙古族自治县", "130828", "name", False)]),
    ("在衢州开化，由浙江开化合成材料有限公司牵头组建", None,
     [("衢州", "330800", "short", False), ("开化", "330824", "short", False),
      ("浙江", "330000", "short", True), ("开化", "330824", "short", True)]),
    ("由该校联合南通力威机械有限公司、江苏亨通海华科技股份有限公司等单位", None,
     [("南通", "320600", "short", True), ("江苏", "320000", "short", True)]),
    ("中山大学的研究团队", None, []),  # in 广州: its name is no mention of 中山 (lexicons/institution_seats.csv)
    ("四川大学的研究团队", None, [("四川", "510000", "short", True)]),
    # CCTV stories outside both gold sets: a word pointing at one unnamed body ends the name; the place is where it is
    ("云南某学校退休干部肃某", None, [("云南", "530000", "short", False)]),
    ("江苏这家互联网公司，每年支付给电信运营商的短信通道费", None, [("江苏", "320000", "short", False)]),
    ("北京市科委、中关村管委会充分发挥共性技术平台的作用", None,
     [("北京市", "110000", "name", False), ("中关村", "110000", "zone", False)]),  # the zone is in 北京
    ("中国科学院广州健康院党委书记", None, [("中国", COUNTRY, "national", True), ("广州", "440100", "short", False)]),
    ("推进中国式现代化", None, [("中国", COUNTRY, "national", False)]),
    ("这一重大科技创新平台，推动科技创新和产业创新融合发展，提出了更高要求", None, []),
    ("具有低成本、长寿命、高安全的特点", None, []),
    ("美丽水乡继承德国经验,平安康复,三明治大同小异", None, [("德国", None, "foreign", False)]),  # 承德 no, 德国 yes
    ("朝阳产业完全国产化，全市场覆盖", None, []),
    ("打造全国产业链", None, [("全国", COUNTRY, "national", False)]),
    ("山西省完成首批省重点实验室优化重组", None, [("山西省", "140000", "name", False)]),
    ("辽宁朝阳建设新材料产业园", None, [("辽宁", "210000", "short", False), ("朝阳", "211300", "short", False)]),
    ("北京朝阳建设国际科技合作园区", None, [("北京", "110000", "short", False), ("朝阳", "110105", "short", False)]),
    ("南京鼓楼区的高校", None, [("南京", "320100", "short", False), ("鼓楼区", "320106", "name", False)]),
    ("鼓楼区的高校", "350100", [("鼓楼区", "350102", "name", False)]),
    ("吉林省的汽车产业。吉林发布新政策", None, [("吉林省", "220000", "name", False), ("吉林", "220000", "short", False)]),
    ("吉林省代表团访问西安", None, [("吉林省", "220000", "name", False), ("西安", "610100", "short", False)]),
    ("我省加快融入长三角一体化发展格局", "320000",
     [("我省", "320000", "deictic", False), ("长三角", "MR_YRD", "macro", False)]),
    ("江苏正深度融入长三角一体化发展。近年来,我省加快融入", None,
     [("江苏", "320000", "short", False), ("长三角", "MR_YRD", "macro", False), ("我省", "320000", "deictic", False)]),
    ("江苏代表团出席。沪苏浙皖协同,浙江大学参与。我省将加快融入", None,   # lists and organisations are skipped
     [("江苏", "320000", "short", False), ("沪", "310000", "abbrev", False), ("苏", "320000", "abbrev", False),
      ("浙", "330000", "abbrev", False), ("皖", "340000", "abbrev", False), ("浙江", "330000", "short", True),
      ("我省", "320000", "deictic", False)]),
    ("我市出台新政策", "330100", [("我市", "330100", "deictic", False)]),
    ("我市出台新政策", "330106", [("我市", "330100", "deictic", False)]),   # county home -> its prefecture
    ("本市出台新政策", "310000", [("本市", "310000", "deictic", False)]),   # municipality
    ("我市出台新政策", None, []),                                           # unresolvable: not emitted
    # a county-level city named last is what 全市 refers back to (CCTV, outside both gold sets, shortened)
    ("江苏省句容市正组织突击队对全市农机进行检修", None,
     [("江苏省", "320000", "name", False), ("句容市", "321183", "name", False), ("全市", "321183", "deictic", False)]),
    ("江苏苏州每天统一调度全市资源", None,
     [("江苏", "320000", "short", False), ("苏州", "320500", "short", False), ("全市", "320500", "deictic", False)]),
    ("2022年,由科技部、江苏省政府共同主办,首次由沪浙皖科技部门协办", None,
     [("江苏省", "320000", "name", False), ("沪", "310000", "abbrev", False),
      ("浙", "330000", "abbrev", False), ("皖", "340000", "abbrev", False)]),
    ("近5年来,沪苏浙皖三省一市在科技自立自强上锻长板", None,
     [("沪", "310000", "abbrev", False), ("苏", "320000", "abbrev", False),
      ("浙", "330000", "abbrev", False), ("皖", "340000", "abbrev", False)]),
    ("江浙沪地区和川渝地区", None,
     [("江", "320000", "abbrev", False), ("浙", "330000", "abbrev", False), ("沪", "310000", "abbrev", False),
      ("川", "510000", "abbrev", False), ("渝", "500000", "abbrev", False)]),
    ("构建京津冀高端制造业产业链", None, [("京津冀", "MR_JJJ", "macro", False)]),
    ("京沪高铁和沪港通", None, [("京", "110000", "line", False), ("沪", "310000", "line", False)]),  # a line's ends (line_names.csv)
    ("粤港澳大湾区国家技术创新中心与成渝地区双城经济圈", None,
     [("粤港澳大湾区", "MR_GBA", "macro", False), ("成渝地区双城经济圈", "MR_CY", "macro", False)]),
    ("东北地区和西部地区的东北虎", None, [("东北地区", "MR_NE", "macro", False), ("西部地区", "MR_WEST", "macro", False)]),
    ("我国不断深化网络空间国际合作,全国建设项目", None,
     [("我国", COUNTRY, "national", False), ("全国", COUNTRY, "national", False)]),
    ("广西壮族自治区和新疆的合作", None, [("广西壮族自治区", "450000", "name", False), ("新疆", "650000", "short", False)]),
    # a development zone is its province or city, and 安新 inside 雄安新区 is not the county
    ("雄安新区建设提速，两江新区和光谷企业集聚", None,
     [("雄安新区", "130000", "zone", False), ("两江新区", "500000", "zone", False), ("光谷", "420100", "zone", False)]),
    ("华北地区和华南迎来降雨，西北风逐渐减弱，粤东西北加快发展", None,  # 粤东西北: parts of 广东, no 西北
     [("华北地区", "MR_NORTH", "macro", False), ("华南", "MR_SOUTH", "macro", False), ("粤东西北", "440000", "short", False)]),
    # a town named after no county (察汗乌苏镇 is in 都兰县, not 乌苏市); an autonomous prefecture as the news names it
    ("青海省海西州的委员来到青海省都兰县察汗乌苏镇上滩东村", None,
     [("青海省", "630000", "name", False), ("海西州", "632800", "short", False), ("青海省", "630000", "name", False),
      ("都兰县", "632822", "name", False)]),
    ("会议听取了核电项目“华龙一号”示范工程进展汇报", None, []),  # the reactor, not 华龙区 (濮阳)
    # 博鳌, where the forum meets, is 琼海's town (region_aliases.csv): the forum's stories are 琼海's, not placeless
    ("博鳌亚洲论坛2019年年会今天召开", None, [("博鳌", "469002", "short", False)]),
    # 双城经济圈 alone is 成渝's, not 双城区 (哈尔滨)
    ("双城经济圈经济总量占西部地区比重超过30%", None,
     [("双城经济圈", "MR_CY", "macro", False), ("西部地区", "MR_WEST", "macro", False)]),
]


@pytest.mark.parametrize("text, home, expected", MENTION_CASES)
def test_find_region_mentions(gz, text, home, expected):
    mentions = find_region_mentions(text, gz, home_region=home)
    assert found(mentions) == expected
    assert all(text[m.char_start:m.char_end] == m.mention for m in mentions)


@pytest.mark.parametrize("text, expected", [
    # from CCTV stories of the gold (dev part): a county alias that is also a word counts right after its province,
    # a place right after a place counts inside one token, a port is its city's, a satellite is not a place
    ("在湖北罗田，12公里长的燕儿谷", [("湖北", "420000", "short", False), ("罗田", "421123", "short", False)]),
    ("广西南宁把海绵城市建设与景观打造结合", [("广西", "450000", "short", False), ("南宁", "450100", "short", False)]),
    ("集装箱班轮今天在山东港口青岛港开启首航", [("山东", "370000", "short", False), ("青岛", "370200", "short", False)]),
    ("为了让“吉林一号”落户高新区", []),
    # a prefecture whose name is also a county's (大同市 / 大同区, 承德市 / 承德县) after its province is the prefecture
    ("山西大同的煤", [("山西", "140000", "short", False), ("大同", "140200", "short", False)]),
    ("河北承德兴隆县", [("河北", "130000", "short", False), ("承德", "130800", "short", False), ("兴隆县", "130822", "name", False)]),
    ("湖北恩施的茶", [("湖北", "420000", "short", False), ("恩施", "422800", "short", False)]),
    # a direction right after a place is that place's part, not the macro-region; after 我国 it is the macro-region
    ("江苏中部、贵州西部等地有雨", [("江苏", "320000", "short", False), ("贵州", "520000", "short", False)]),
    ("四川西部的高原", [("四川", "510000", "short", False)]),
    ("我国中部地区", [("我国", COUNTRY, "national", False), ("中部地区", "MR_CENTRAL", "macro", False)]),
    # a county's short name starting a lake's or port's name is the county only when its province or prefecture is named
    ("成渝（兴隆湖）综合性科学中心正式揭牌", [("成渝", "MR_CY", "macro", False)]),
    ("川渝两地合作共建的万州新田港二期工程", [("川", "510000", "abbrev", False), ("渝", "500000", "abbrev", False),
                                          ("万州", "500101", "short", False)]),
    ("苏州昆山路", [("苏州", "320500", "short", False), ("昆山", "320583", "short", False)]),
    # a route's 东至 before a place is no county (CCTV, outside both gold sets); 安徽东至 is
    ("深中通道西起中山，东至深圳", [("中山", "442000", "short", False), ("深圳", "440300", "short", False)]),
    ("安徽东至的茶", [("安徽", "340000", "short", False), ("东至", "341721", "short", False)]),
    # a list closed by a count of divisions says which kind they are: 吉林 of 长春、吉林两市 is the city
    ("长春、吉林两市逐步解除社会管控", [("长春", "220100", "short", False), ("吉林", "220200", "short", False)]),
    ("辽宁、吉林两省建了乡村收货点", [("辽宁", "210000", "short", False), ("吉林", "220000", "short", False)]),
    ("吉林两市入选", [("吉林", "220000", "short", False)]),  # a list of one: two cities of 吉林
    # a line's letters do not choose between two places of one name (牡 of 牡佳高铁: 西安 is no 牡丹江's 西安区), but
    # they do say the area of a nest word (哈伊高铁铁力: 伊春's 铁力)
    ("牡佳高铁开通运营。西安地铁14号线铺轨完成", [("牡", "231000", "line", False), ("佳", "230800", "line", False),
                                       ("西安", "610100", "short", False)]),
    ("哈伊高铁铁力至伊春段进入站房施工", [("哈", "230100", "line", False), ("伊", "230700", "line", False),
                                 ("铁力", "230781", "short", False), ("伊春", "230700", "short", False)]),
])
def test_mentions_of_nested_and_adjacent_places(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


@pytest.mark.parametrize("text, expected", [
    ("浙江大学依托大数据智能计算重点实验室", [("浙江", "330000", "short", True)]),
    ("先行一步的北京市科委、中关村管委会", [("北京市", "110000", "name", False), ("中关村", "110000", "zone", False)]),
    ("浙江省委、省政府在全面评估", [("浙江省", "330000", "name", False)]),
    ("图为1月10日,在围场县一家沙棘深加工企业", [("围场县", "130828", "short", False)]),  # as written: 县 of 自治县
    ("近年来,以大湾区国创中心为代表的", [("大湾区", "MR_GBA", "macro", False)]),
    ("泉州市委常委、晋江市委书记", [("泉州市", "350500", "name", False), ("晋江市", "350582", "name", False)]),
    ("推进中国式现代化", [("中国", COUNTRY, "national", False)]),
    ("朝阳产业的科技创新平台", []),
])
def test_find_region_mentions_with_jieba_tokens(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


# Words and foreign places that hold a county's short name (CCTV, outside both gold sets, shortened): word tables in
# lexicons/region_stoplist.csv (drop, block) and lexicons/foreign_places.csv (平昌 beside 韩国 is Pyeongchang).
@pytest.mark.parametrize("text, expected", [
    ("并网装机容量突破3亿千瓦大关", []),
    ("郑超文套取惠农资金等问题", []),
    ("8万方江海联运LNG船", []),
    ("广州站站前广场面积还不足", [("广州", "440100", "short", False)]),
    ("整合龙虾美食、特色排档、江城夜游等消费资源", []),
    ("骨干工程——平陆运河的三大枢纽", []),
    ("三年来，三江源、大熊猫、东北虎豹等国家公园", []),
    ("全球对话会当地时间7月22日在里约热内卢举行", [("里约热内卢", None, "foreign", False)]),
    ("2018平昌冬奥会昨晚在韩国平昌开幕", [("平昌", None, "foreign", False), ("韩国", None, "foreign", False),
                                      ("平昌", None, "foreign", False)]),
    ("乌军已经开始向相邻城市利西昌斯克撤退", [("利西昌斯克", None, "foreign", False)]),
    ("云南省大关县上高桥乡", [("云南省", "530000", "name", False), ("大关县", "530624", "name", False)]),  # the full name
    # 'nest' words: a county only right after its province or prefecture, or by its full name
    ("中方愿同德方在相互尊重、平等互利基础上", []),
    ("在烟台牟平，今年当地采取大田托管的方式", [("烟台", "370600", "short", False), ("牟平", "370612", "short", False),
                                          ("当地", "370612", "deictic", False)]),
    ("深入开展治国理政和经济发展经验交流", []),
    ("习近平沿江边步行察看滨江生态环境", []),
    ("福建大田的茶园", [("福建", "350000", "short", False), ("大田", "350425", "short", False)]),
    # once anchored, a nest word is the county wherever the text repeats it bare; not when only a place abroad kept it
    ("走进浙江云和。云和位于浙江西南部山区", [("浙江", "330000", "short", False), ("云和", "331125", "short", False),
                                 ("云和", "331125", "short", False), ("浙江", "330000", "short", False)]),
    ("韩国大田发生火灾。大田警方表示", [("韩国", None, "foreign", False), ("大田", None, "foreign", False)]),
    ("台风在厦门登陆。福厦高速公路同安收费站倒塌", [("厦门", "350200", "short", False), ("福", "350100", "line", False),
                                              ("厦", "350200", "line", False), ("同安", "350212", "short", False)]),
    ("杭州市滨江区的企业", [("杭州市", "330100", "name", False), ("滨江区", "330108", "name", False)]),
    # nest words read off the unannotated stories (a county's name seldom near its province or prefecture)
    ("发展是党执政兴国的第一要务", []),
    ("江西兴国的红军烈士", [("江西", "360000", "short", False), ("兴国", "360732", "short", False)]),
    ("澳角村三面临海，近年来发展海洋捕捞", []),  # 'by the sea', not 台州's 临海市
    ("在浙江临海，单季晚稻栽插", [("浙江", "330000", "short", False), ("临海", "331082", "short", False)]),
    ("受益于小康龙江电商平台", []),  # 黑龙江 in a slogan, not 齐齐哈尔's 龙江县
    ("要广开进贤之路、广纳天下英才", []),  # 'promote the worthy', not 南昌's 进贤县
    ("回望征途千山远，翘首前路万木春", []),  # a thousand hills, not 鞍山's 千山区
    ("辽宁千山的秋色", [("辽宁", "210000", "short", False), ("千山", "210311", "short", False)]),
    ("要坚持科技兴海，聚焦深海领域", []),  # develop the sea, not 青海's 兴海县
    ("就当前安全和政治局势交换意见", []),  # 和政治, not 临夏's 和政县 (block words)
    ("叮嘱舰长和政委牢记职责", []),
    ("继续到祥和康乐的神州大地", []),
    ("甘肃临夏和政县的化石", [("甘肃", "620000", "short", False), ("临夏", "622900", "short", False),
                           ("和政县", "622925", "name", False)]),
    ("不讲信用的现象久治不绝", []),
    ("该改则改，该废则废", []),
    # a name starting with a unit right after a number is that unit
    ("研究预测，未来6周至8周，欧洲区域", [("欧洲", None, "foreign", False)]),
    ("守护着30万户、140万山区百姓的用电", []),  # not 铜仁's 万山区
    ("外交部7日照会美国驻俄大使馆", [("美国", None, "foreign", False)]),  # not 日照市
    ("陕西周至的猕猴桃", [("陕西", "610000", "short", False), ("周至", "610124", "short", False)]),
    ("普兰、改则和措勤等县", [("普兰", "542521", "short", False), ("改则", "542526", "short", False),
                        ("措勤", "542527", "short", False)]),
    ("在新疆喀什新市区一间教室里", [("新疆", "650000", "short", False), ("喀什", "653100", "short", False)]),  # a new urban area, not 乌鲁木齐's
    ("齐齐哈尔市龙江阜丰生物公司", [("齐齐哈尔市", "230200", "name", True), ("龙江", "230221", "short", True)]),
    ("奋力开创辽宁振兴发展新局面", [("辽宁", "210000", "short", False)]),  # a province's revitalisation, no 振兴区
    # greetings and jubilees holding a prefecture's name (block words)
    ("祝您端午安康。", []),
    ("祝中国人民吉祥安康", [("中国", COUNTRY, "national", False)]),
    ("为党的百年大庆记载伟业", []),
    ("通过河长制，实现河长治", []),
    ("2010年大庆市的石化产业", [("大庆市", "230600", "name", False)]),
    ("陕西安康的茶园", [("陕西", "610000", "short", False), ("安康", "610900", "short", False)]),
    # things named after Sun Yat-sen (中山), and idioms of 'everywhere' (block words)
    ("上海中山医院急诊科", [("上海", "310000", "short", True)]),  # the hospital's place
    ("在中山舰当年沉没的地方", []),
    ("可以告慰中山先生的是", []),
    ("在兰州中山桥看黄河", [("兰州", "620100", "short", False)]),
    ("在香港中山纪念公园体育馆", [("香港", "810000", "short", False)]),
    ("触动了山南海北的人们", []),
    ("广东中山的家电企业", [("广东", "440000", "short", False), ("中山", "442000", "short", False)]),
    # 南沙 before a sea or a reef word, or in a story on the islands, is the Spratly Islands (三沙's 南沙群岛), not 广州's 南沙区
    # (CCTV, outside both gold sets)
    ("海军南海舰队舰艇在我国南沙海域进行常态化战备巡逻", [("我国", COUNTRY, "national", False), ("南沙", "460322", "short", False)]),
    ("广州南沙港货物吞吐量增长", [("广州", "440100", "short", False), ("南沙", "440115", "short", False)]),
    ("海军首次组织赴西沙南沙慰问演出", [("南沙", "460322", "short", False)]),  # a story on the islands
    ("推动广州南沙、深圳前海合作平台建设", [("广州", "440100", "short", False), ("南沙", "440115", "short", False),
                                 ("深圳", "440300", "short", False), ("前海", "440300", "zone", False)]),
    # 浦江 in a 上海 story, or before 创新论坛 / 两岸 / 夜话, is the 黄浦江, no place; in a story naming 浙江 it is 金华's 浦江县
    ("“浦江恒流，上海恒新”，发布厅外，360度视觉展示", [("上海", "310000", "short", False)]),
    ("国家主席习近平向2023年浦江创新论坛致贺信", []),
    ("经过20年的传承与发展，“浦江经验”从浦江走向浙江全省", [("浦江", "330726", "short", False), ("浦江", "330726", "short", False),
                                           ("浙江", "330000", "short", False)]),
    # 西湖 is the lake (杭州's, or another town's: 泰山 西湖景区); 西湖区 is the district (CCTV, outside both gold sets)
    ("国家主席习近平在杭州西湖国宾馆会见来华出席亚运会开幕式的外国领导人", [("杭州", "330100", "short", False)]),
    ("今年，泰山周边新增了一座西湖景区", []),
    ("杭州市西湖区的茶园", [("杭州市", "330100", "name", False), ("西湖区", "330106", "name", False)]),
    # ships and fleets named after a province or a city (CCTV, outside both gold sets, shortened); 舰艇 is no ship's name
    ("中国首艘航母辽宁舰从青岛某军港起航", [("中国", COUNTRY, "national", False), ("青岛", "370200", "short", False)]),
    ("在广东湛江，大型两栖登陆舰井冈山舰经过十八个小时的紧张准备", [("广东", "440000", "short", False), ("湛江", "440800", "short", False)]),
    ("海军北海舰队某潜艇基地官兵", []),
    ("执行任务的“绵阳”号导弹护卫舰奉命赶赴失联海域", []),
    ("登上海军乌鲁木齐舰、潍坊舰，与海军官兵面对面交流", []),
    ("海军大连舰艇学院的学员", [("大连", "210200", "short", True)]),
    # nest words read gazetteer-wide on the CCTV corpus (a county's name seldom near its province or prefecture)
    ("四年级的同学们正在上思政课", []),
    ("按照十九大新部署新要求", []),
    ("拥江达海的江苏省深化陆海统筹", [("江苏省", "320000", "name", False)]),
    ("记者们将走访长江第一湾、江边柳林", []),
    ("山西柳林的红枣", [("山西", "140000", "short", False), ("柳林", "141125", "short", False)]),
    ("第13届香格里拉对话会在新加坡开幕", [("新加坡", None, "foreign", False)]),
    ("在云南香格里拉，射箭比赛", [("云南", "530000", "short", False), ("香格里拉", "533401", "short", False)]),
    ("古街大唐西市上的这个博物馆", []),
    # a county's short name starting a settlement's name counts only with its province or prefecture named
    ("在宁夏吴忠永昌社区里，美食与表演", [("宁夏", "640000", "short", False), ("吴忠", "640300", "short", False)]),
    ("台风在广东阳江海陵岛登陆", [("广东", "440000", "short", False), ("阳江", "441700", "short", False)]),  # not 泰州's 海陵区
    ("记录了黄海前哨、南沙岛礁等边远哨所", [("南沙", "460322", "short", False)]),  # the Spratlys, not 广州's 南沙区
    ("在青岛浮山湾，极限帆船赛", [("青岛", "370200", "short", False)]),
    ("黑龙江北大荒集团鹤山农场的大豆", [("黑龙江", "230000", "short", True)]),
    ("朱德对部队进行了天心圩整顿", []),
    ("浙江湖州安吉余村", [("浙江", "330000", "short", False), ("湖州", "330500", "short", False), ("安吉", "330523", "short", False)]),
    ("安吉村民纷纷", [("安吉", "330523", "short", False)]),
    # a district named after a larger area: bare, the name is the area (lexicons/region_stoplist.csv, drop)
    ("在科尔沁、浑善达克两大沙地推进治理", []),
    ("通辽市科尔沁区的企业", [("通辽市", "150500", "name", False), ("科尔沁区", "150502", "name", False)]),
    # a place name that is also a word, before what the word takes
    ("要大兴调查研究之风，提高决策水平", []),
    ("在全社会大兴识才、爱才、敬才、用才之风", []),
    ("北京大兴国际机场投运", [("北京", "110000", "short", False), ("大兴", "110115", "short", False)]),
    # 安康 'well-being' and 白银 'silver' after who is well or after gold, not 安康市 or 白银市
    ("祝愿中国人民新春快乐、繁荣安康", [("中国", COUNTRY, "national", False)]),
    ("祈愿世界和平、人民安康", []),
    ("国际黄金和白银价格均创新高", []),
    ("为人类谋进步，为世界谋大同", []),  # 'great harmony'
    # a name starting with a numeral between numbered items of a list is a count (five rivers), not 蚌埠's 五河县
    ("总规确定的“一屏、三环、五河、九楔”绿色空间", []),
    ("安徽五河、凤阳等地", [("安徽", "340000", "short", False), ("五河", "340322", "short", False),
                      ("凤阳", "341126", "short", False)]),
    ("官兵们迎着朝阳升起国旗", []),  # the morning sun
    ("犯罪嫌疑人在北京市的朝阳租房", [("北京市", "110000", "name", False), ("朝阳", "110105", "short", False)]),
    ("陕西安康、甘肃白银等地降雪", [("陕西", "610000", "short", False), ("安康", "610900", "short", False),
                          ("甘肃", "620000", "short", False), ("白银", "620400", "short", False)]),
    # an offshore oil or gas field named by its sea area and a block number, not the place
    ("荔湾3-1气田建成后，每年输气", []),
    ("蓬莱19-3油田已恢复正常", []),
    ("在广州荔湾湖上，小船花枝招展", [("广州", "440100", "short", False), ("荔湾", "440103", "short", False)]),
    ("浙江1-5月出口增长", [("浙江", "330000", "short", False)]),
    # so before a town's, a river's, a mountain's or a site's word
    ("北川县河水暴涨，永安镇河堤被冲毁", [("北川县", "510726", "short", False)]),  # not 福建's 永安市; 北川县河 is the county
    ("长期以来，祁连山局部生态破坏问题突出", []),
    ("中哈霍尔果斯河友谊联合引水枢纽", []),
    ("在贺兰山东麓种植葡萄", []),
    ("宁夏贺兰山东麓葡萄酒", [("宁夏", "640000", "short", False), ("贺兰", "640122", "short", False)]),
    ("在内蒙古后城咀石城遗址", [("内蒙古", "150000", "short", False)]),  # not 江西's 石城县
    # a campus named after a road or a lake, not 银川's 兴庆区; a campus in a county the text places stays
    ("博物馆坐落于交通大学兴庆校区", []),
    ("北京的人大附中通州校区开学", [("北京", "110000", "short", False), ("通州", "110112", "short", False)]),
    # a name read once as a feature's is that feature wherever the text repeats it bare
    ("重庆巴南区花溪街道的十位“花溪好人”", [("重庆", "500000", "short", False), ("巴南区", "500113", "name", False)]),
    # not after a river, often named after the place it flows past
    ("霍尔果斯国际边境合作中心运营。霍尔果斯河引水枢纽", [("霍尔果斯", "654004", "short", False)]),
    # 河北 names the province though it is also 天津's 河北区: the village is in the county
    ("河北北戴河村村民搬进新居", [("河北", "130000", "short", False), ("北戴河", "130304", "short", False)]),
    # so is a square, named like a street
    ("在临河广场观景平台眺望黄河", []),
    ("升旗仪式在广州海珠广场举行", [("广州", "440100", "short", False), ("海珠", "440105", "short", False)]),
    # and an old town, like 镇
    ("在眉山的柳江古镇，民俗与光影交织", [("眉山", "511400", "short", False)]),
    # a division named after its river, before a word of the river, is the river
    ("科考分队从位于怒江源头的冰川钻取冰芯", []),
    ("湘江、资江、沅江流域部分河段水位上涨", []),
    # so is one listed with rivers: a river named like no place in the list, or a closing word for rivers
    ("江西昌江、四川永宁河等16条河流发生超警洪水", [("江西", "360000", "short", False), ("四川", "510000", "short", False)]),
    ("在乌苏里江、松花江、嫩江等水域举行增殖放流", []),
    ("云南怒江全线维持超警戒水位", [("云南", "530000", "short", False)]),
    ("在镇江、湛江等市举行", [("镇江", "321100", "short", False), ("湛江", "440800", "short", False)]),
    ("依托彭水阿伊河、黔江濯水等景区", [("彭水", "500243", "short", False), ("黔江", "500114", "short", False)]),
    ("鄱阳湖汇聚赣江、信江等五河之水", []),
    ("在云南怒江，易地扶贫搬迁进入扫尾阶段", [("云南", "530000", "short", False), ("怒江", "533300", "short", False)]),
    ("会见日本前首相福田康夫", [("日本", None, "foreign", False)]),
    ("安居才能乐业", []),
    ("我在河北正定县工作时，就曾经到满城县考察草莓种植", [("河北", "130000", "short", False), ("正定县", "130123", "name", False),
                                             ("满城", "130607", "short", False)]),
    ("台湾新北市一家医院今天凌晨发生大火", [("台湾", "710000", "short", False)]),
    ("连续5天全社会跨区域人员流动量超2亿", []),
    ("中国驻印尼泗水总领馆", [("中国", COUNTRY, "national", False), ("印尼", None, "foreign", False),
                          ("泗水", None, "foreign", False)]),
    ("位于达卡老城区的一栋四层楼房着火", []),
    ("存放在贝鲁特港口区仓库内", []),
    ("集安组织维和部队开始撤离", []),
    ("甘肃省古浪县八步沙林场", [("甘肃省", "620000", "name", False), ("古浪县", "620622", "name", False)]),
    ("要加强政府自身建设，大兴调查研究之风", []),
    ("北京大兴国际机场", [("北京", "110000", "short", False), ("大兴", "110115", "short", False)]),
    # a body's name beginning inside the match (和政|协常委会) is no tail of a place (北京市|科委 is)
    ("完全赞成政府工作报告和政协常委会工作报告", []),
    ("推动各级政协组织和政协委员深入学习", []),
    ("北京市科委发布通知", [("北京市", "110000", "name", False)]),
    ("15927面定日镜已全部安装", []),
    ("访问十分成功，必将巩固巴中两国传统友谊", []),
    ("祝各族人民幸福安康", []),
    ("监测到东北虎5次、东北豹17次", []),
    ("三江源、大熊猫、东北虎豹等国家公园", []),
    ("四川巴中的黄羊汤锅", [("四川", "510000", "short", False), ("巴中", "511900", "short", False)]),
    # 巴中 is also 巴西/巴基斯坦 and 中国, 巴州 also Bavaria: abroad when the text names a place abroad and not 四川 / 新疆
    ("巴基斯坦总理表示，巴中是全天候朋友", [("巴基斯坦", None, "foreign", False), ("巴中", None, "foreign", False)]),
    ("会见巴伐利亚州州长时说，巴州对华友好", [("巴伐利亚", None, "foreign", False), ("巴州", None, "foreign", False)]),
    # a state or an oblast abroad (苏梅州, 沙巴州) holds no 梅州 or 巴州; 新疆's 巴州, 博州 are its prefectures
    ("俄军还在相邻的苏梅州打击乌军阵地", [("苏梅", None, "foreign", False)]),
    ("马来西亚沙巴州沉船事故", [("马来西亚", None, "foreign", False), ("沙巴", None, "foreign", False)]),
    ("新疆巴州库尔勒的香梨成熟", [("新疆", "650000", "short", False), ("巴州", "652800", "short", False),
                             ("库尔勒", "652801", "short", False)]),
    ("来到博州精河县一家纺织企业", [("博州", "652700", "short", False), ("精河县", "652722", "name", False)]),
    # 粤东, 粤西, 粤北 are parts of 广东, and 粤东西北地区 holds no 西北地区 (the macro-region)
    ("推动粤东西北地区振兴发展", [("粤东西北", "440000", "short", False)]),
    ("粤北山区的茶园", [("粤北", "440000", "short", False)]),
    ("四川巴州区的茶园", [("四川", "510000", "short", False), ("巴州区", "511902", "name", False)]),
    # a place abroad goes on with a name of its own (首尔龙山, 韩国江陵, 马里兰州), not a Chinese county's
    ("联合演习在印度尼西亚巴东开幕", [("印度尼西亚", None, "foreign", False), ("巴东", None, "foreign", False)]),
    ("推进中国在越南龙江工业区建设", [("中国", COUNTRY, "national", False), ("越南", None, "foreign", False),
                              ("龙江", None, "foreign", False)]),
    ("美国马里兰州遭遇洪灾", [("美国", None, "foreign", False), ("马里兰州", None, "foreign", False)]),
    # a two-character match a word starts inside heads no organisation (从|江苏响水…公司: not 从江县)
    ("记者今天从江苏响水天嘉宜公司了解到", [("江苏", "320000", "short", True), ("响水", "320921", "short", True)]),
    # a university named after a place it is not in names no place (lexicons/institution_seats.csv): 中山大学 is in
    # 广州, not 中山; 华中科技大学 is no mention of 华中; a place after the name still counts (a campus elsewhere)
    ("中山大学科研团队获得国家自然科学基金项目", []),
    ("华中科技大学与武汉市签约共建研究院", [("武汉市", "420100", "name", False)]),
    ("东北大学的研究人员在沈阳发布新成果", [("沈阳", "210100", "short", False)]),
    ("中山市与中山大学共建研究院", [("中山市", "442000", "name", False)]),
    # ... while a university named after the place it is in keeps it (吉林大学 in 长春, 吉林; 南开大学 in 天津's 南开区)
    ("吉林大学的科研团队在长春发布成果", [("吉林", "220000", "short", True), ("长春", "220100", "short", False)]),
    ("南开大学的学生参加了活动", [("南开", "120104", "short", True)]),
    # the Shanghai Cooperation Organisation and its "Shanghai spirit" are no mention of 上海 (seated in 北京; CCTV)
    ("三是密切在上海合作组织框架内协作", []),
    ("中方将倡议继续弘扬“上海精神”，就加强上海合作组织建设提出建议", []),
    ("上海合作组织峰会在青岛举行", [("青岛", "370200", "short", False)]),
])
def test_words_holding_a_county_name_are_no_mentions(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


# A county's short name after a surname is a person's given name (CCTV, outside both gold sets, shortened); after a
# place it stays the county.
@pytest.mark.parametrize("text, expected", [
    ("中国科学院金属研究所研究员孙东明。孙东明，2018年首次当选", [("中国", COUNTRY, "national", True)]),
    ("马玉山带领团队主持攻关", []),
    ("中央军委副主席何卫东，中央军委委员刘振立", []),
    ("为两位瞭望员郑洪山和陈玉峰演出", []),
    ("浙江长兴小浦镇的少年京剧", [("浙江", "330000", "short", False), ("长兴", "330522", "short", False)]),
    ("全面回顾浦东发展之路", [("浦东", "310115", "short", False)]),  # 顾 ends 回顾 / 照顾 too often
    ("闫文彦的父亲闫青海今年73岁", []),  # a province's name too
    ("研究院副院长关新平：转化率也就是2%", []),
    ("飞控中心副主任麻永平：神九任务", []),
    ("云南新平的甘蔗", [("云南", "530000", "short", False), ("新平", "530427", "short", False)]),
    ("外卖小哥钟海南忙碌地穿梭", []),
    ("这已成为一张鞍山的“道德名片”", [("鞍山", "210300", "short", False)]),  # 一张: a measure word, not 张
    # a surname's character ending a word before the place is no surname (上周, 本周, 其余, 阶段)
    ("上周北京迎来降温", [("北京", "110000", "short", False)]),
    ("本周河南多地降雨", [("河南", "410000", "short", False)]),
    ("其余江苏企业", [("江苏", "320000", "short", False)]),
    # inside a foreign name: before a transliteration's tail (CCTV, outside both gold sets)
    ("应吉尔吉斯斯坦第一副总理萨金塔耶夫邀请", [("吉尔吉斯斯坦", None, "foreign", False)]),
    ("会见美国总统奥巴马夫人米歇尔", [("美国", None, "foreign", False)]),
    ("立陶宛议长普兰茨凯蒂斯", [("立陶宛", None, "foreign", False)]),
    # a name after a person's title or occupation
    ("在武陵山腹地，农民吴江洪正享受新产业带来的喜悦", []),
    ("在湖北黄石市黄颡口镇，镇长石峰正带领执法人员", [("湖北", "420000", "short", False), ("黄石市", "420200", "name", False)]),
    ("载人航天工程办公室副主任武平介绍", []),
    ("干部群众认真学习总书记兰考讲话精神", [("兰考", "410225", "short", False)]),  # 总书记 is no title before a name here
    ("老支书常德胜请了来", []),
    ("世界顶尖科学家三亚论坛开幕", [("三亚", "460200", "short", False)]),
    ("柯洁逆转击败韩国棋手安国铉", [("韩国", None, "foreign", False)]),
    # a name read after a title is that person wherever the text repeats it without one
    ("党支部书记尼玛石曲说。这几天，尼玛石曲带着村民植树", []),
    ("柯洁胜安国铉。柯洁击败韩国棋手安国铉", [("韩国", None, "foreign", False)]),
    # a Tibetan name (two given names) starting with a county's name, and 谷 as a surname
    ("西藏当雄县牧民尼玛次仁一家", [("西藏", "540000", "short", False), ("当雄县", "540122", "name", False)]),
    ("白玛德庆从去年开始办起了农家乐", []),  # a Tibetan name's second half, not 广东's 德庆县
    ("院长尼玛扎西选育的青稞新品种", []),
    ("走进牧民贡嘎桑珠家里", []),
    ("学习弘扬谷文昌精神", []),
    ("病理科主任、教授卞修武介绍", []),  # rarer surnames
    ("社区居民 揭美兰说", []),
    ("同仁村的符永安来到村邮站", []),
    # a person named once so is that person wherever the text repeats the name (劝张 is one jieba word)
    ("认识市委书记张永宁。有人劝张永宁不如不干", []),
    ("西藏尼玛县的牧民", [("西藏", "540000", "short", False), ("尼玛县", "542430", "name", False)]),
    ("在西藏尼玛，牧民", [("西藏", "540000", "short", False), ("尼玛", "542430", "short", False)]),
])
def test_a_county_name_after_a_surname_is_a_persons_name(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


# A province's short name is the province, though a place named elsewhere holds a district of that name (CCTV, outside
# both gold sets, shortened); right after that place it is the district.
@pytest.mark.parametrize("text, expected", [
    ("今天，北京、天津、四川、河北、广西等地", [("北京", "110000", "short", False), ("天津", "120000", "short", False),
                                          ("四川", "510000", "short", False), ("河北", "130000", "short", False),
                                          ("广西", "450000", "short", False)]),
    ("青海湖畔。民航方面，前往海南、云南热点航线", [("青海", "630000", "short", False), ("海南", "460000", "short", False),
                                             ("云南", "530000", "short", False)]),
    ("天津河北的老街", [("天津", "120000", "short", False), ("河北", "120105", "short", False)]),
])
def test_a_provinces_short_name_is_the_province(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


# A province before a direction (CCTV weather reports, gold dev and outside both gold sets): 山|东南部 as jieba cuts it,
# 广西南部 beside the block word 西南部; the direction block still guards a county starting inside it (西南部 / 南部县).
@pytest.mark.parametrize("text, expected", [
    ("今天白天到夜间，山东南部、江苏中部有大雨", [("山东", "370000", "short", False), ("江苏", "320000", "short", False)]),
    ("广西南部和广东北部有雨", [("广西", "450000", "short", False), ("广东", "440000", "short", False)]),
    ("四川西南部的南部县", [("四川", "510000", "short", False), ("南部县", "511321", "name", False)]),
])
def test_a_province_before_a_direction(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


# Lines named by their places (lexicons/line_names.csv) and a municipality's abbreviation after a verb of place (CCTV
# bulletins outside both gold sets, shortened): one 'abbrev' mention per place, only where the name is a line's.
@pytest.mark.parametrize("text, expected", [
    ("今天，沪昆高铁全线贯通", [("沪", "310000"), ("昆", "530100")]),
    ("它与先期开通的沪宁、沪杭高铁相交", [("沪", "310000"), ("宁", "320100"), ("沪", "310000"), ("杭", "330100")]),
    ("沪苏湖铁路在湖州市吴兴区动工", [("沪", "310000"), ("苏", "320500"), ("湖", "330500"), ("湖州市", "330500"),
                                    ("吴兴区", "330502")]),
    ("成兰铁路平安隧道贯通。成兰全线", [("成", "510100"), ("兰", "620100"), ("成", "510100"), ("兰", "620100")]),
    ("横跨大西洋的航线", [("大西洋", None)]),
    # a line name that is also a county's short name is the line where the text uses it so, the county elsewhere
    ("贵南高铁广西段完成铺轨", [("贵", "520100"), ("南", "450100"), ("广西", "450000")]),
    ("青海贵南的光伏电站", [("青海", "630000"), ("贵南", "632525")]),
    # before a line word, a line name counts where jieba glued its first place to the word before (自京|沈, 沿连|霍)
    ("朝凌高铁自京沈高铁朝阳站引出", [("朝", "211300"), ("凌", "211382"), ("京", "110000"), ("沈", "210100"), ("朝阳", "211300")]),
    ("沿连霍高速进入甘肃境内", [("连", "320700"), ("霍", "654004"), ("甘肃", "620000")]),
    ("伟大秦岭", []),
    ("出版座谈会今天在京召开。首批进口屠宰用牛抵渝", [("京", "110000"), ("渝", "500000")]),
    ("宣介活动在沪举行", [("沪", "310000")]),
    ("民革中央主席万鄂湘建议", []),  # a person: a block word holds abbreviation runs too
    ("从川西高原到湘鄂山区", [("湘", "430000"), ("鄂", "420000")]),
    # 苏区 is a soviet area of the 1930s: its 苏 is no 江苏 (苏 + 区域 still is)
    ("了解鄂豫皖苏区的革命历史", [("皖", "340000")]),
    ("创建湘鄂赣苏区", [("湘", "430000"), ("鄂", "420000"), ("赣", "360000")]),
    ("浙沪苏区域合作", [("浙", "330000"), ("沪", "310000"), ("苏", "320000")]),
    ("在京东平台上", []),
    ("代表团到京西宾馆", []),
    ("在京津冀地区", [("京津冀地区", "MR_JJJ")]),
])
def test_lines_and_abbreviations_standing_alone(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert [(m.mention, m.region_code) for m in find_region_mentions(text, gz, token_starts=starts, token_ends=ends)] == expected


# A province's or a prefecture's name starting a longer jieba word is that place inside a name (CCTV, gold dev and
# outside both gold sets): an organisation's place, weighing nothing for the article.
@pytest.mark.parametrize("text, expected", [
    ("几天前，南京长江大桥附近，江豚群逐浪嬉戏", [("南京", "320100", "short", True)]),
    ("我国在酒泉卫星发射中心用长征四号丙运载火箭", [("我国", COUNTRY, "national", False), ("酒泉", "620900", "short", True)]),
    ("吃哈密瓜", []),
    ("白山黑水之间", []),
    ("在青藏高原和四川盆地结合过渡的大山里", [("四川", "510000", "short", False)]),
    ("在内蒙古呼伦贝尔草原", [("内蒙古", "150000", "short", False), ("呼伦贝尔", "150700", "short", False)]),
])
def test_a_place_heading_a_name(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


# The nation's team or delegation written as one jieba word is the nation acting (CCTV sports stories outside both gold
# sets): its medals at games abroad are China's count.
@pytest.mark.parametrize("text, expected", [
    ("截至今晚6点30分，中国队共获得148枚金牌，继续领跑金牌和奖牌榜。", [("中国", COUNTRY, "national", False)]),
    ("中国体育代表团将参加30个大项42个分项236个小项的比赛。", [("中国", COUNTRY, "national", False)]),
])
def test_the_nations_team_is_the_nation(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


def test_a_place_a_name_is_named_after_weighs_nothing_for_the_article(gz, tokenize):
    text = "我国在酒泉卫星发射中心用长征四号丙运载火箭，成功将卫星送入预定轨道。全国人民为之振奋。"
    starts, ends = tokenize(text)
    mentions = find_region_mentions(text, gz, token_starts=starts, token_ends=ends)
    assert [m.named_after for m in mentions if m.mention == "酒泉"] == [True]
    assert primary_region(mentions, title="我国成功发射卫星", gazetteer=gz, body=text) == COUNTRY


def test_the_capitals_abbreviation_weighs_nothing_for_the_article(gz):
    text = "座谈会今天在京召开。与会人士表示，全国各地要深入学习。"
    mentions = find_region_mentions(text, gz)
    assert any(m.mention == "京" for m in mentions)
    assert primary_region(mentions, title="出版座谈会在京召开", gazetteer=gz, body=text) == COUNTRY


# A county named like the prefecture holding it is written with 县 (CCTV, gold dev and outside both gold sets): the bare
# short name is the prefecture, though the text names the county.
@pytest.mark.parametrize("text, expected", [
    ("湖南省长沙县吸引外资。这家公司就在长沙的机场接收到了货物", [("湖南省", "430000", "name", False),
                                            ("长沙县", "430121", "name", False), ("长沙", "430100", "short", False)]),
    ("衡阳县的农民12岁回到家乡湖南衡阳", [("衡阳县", "430421", "name", False), ("湖南", "430000", "short", False),
                                  ("衡阳", "430400", "short", False)]),
])
def test_a_prefectures_name_is_the_prefecture_beside_its_namesake_county(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


# 当地 / 该市 right after a place abroad in the same sentence is that place (CCTV, outside both gold sets): no Chinese
# region; in the next sentence it points back as before.
@pytest.mark.parametrize("text, expected", [
    ("公安部工作组赴阿根廷等国家配合当地警方执法", [("阿根廷", None, "foreign", False)]),
    ("浙江企业即将前往马来西亚，投入企业在当地的项目建设", [("浙江", "330000", "short", False),
                                              ("马来西亚", None, "foreign", False)]),
    ("在陕西太白，产品远销马来西亚。当地对滑雪场进行了升级", [("陕西", "610000", "short", False), ("太白", "610331", "short", False),
                                              ("马来西亚", None, "foreign", False), ("当地", "610331", "deictic", False)]),
    # 该市 / 该省 point back to the place named last, in the next sentence too
    ("江苏昆山的企业。叙利亚达拉亚与大马士革市区仅隔一条高速公路。该市人员成分复杂", [
        ("江苏", "320000", "short", False), ("昆山", "320583", "short", False), ("叙利亚", None, "foreign", False)]),
])
def test_local_words_after_a_place_abroad(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


# In an article naming places abroad and no Chinese place, a bare direction is a part of a country abroad (CCTV, outside
# both gold sets, shortened), unless the sentence names China before it or it names a Chinese programme.
@pytest.mark.parametrize("text, expected", [
    ("伊拉克政府军继续推进。据估计，摩苏尔西部城区仍有50万平民", [("伊拉克", None, "foreign", False),
                                                  ("西部", None, "foreign", False)]),
    ("以军空袭加沙地带。在中部努赛赖特，多处房屋被毁", [("加沙地带", None, "foreign", False), ("中部", None, "foreign", False)]),
    ("泰国等多国可见日偏食，我国南部及中部部分地区也可看到", [("泰国", None, "foreign", False), ("我国", COUNTRY, "national", False),
                                              ("中部", "MR_CENTRAL", "macro", False)]),
    ("老挝万象开出的班列。西部陆海新通道班列增长", [("老挝", None, "foreign", False), ("万象", None, "foreign", False),
                                         ("西部", "MR_WEST", "macro", False)]),
    ("美国企业扩大投资，高于全国引资增速。\n从地区看，东部引资增长", [("美国", None, "foreign", False),
                                                 ("全国", COUNTRY, "national", False), ("东部", "MR_EAST", "macro", False)]),
    ("德国企业加大在中国投资。东部沿海城市，浙江", [("德国", None, "foreign", False), ("中国", COUNTRY, "national", False),
                                         ("东部", "MR_EAST", "macro", False), ("浙江", "330000", "short", False)]),
])
def test_a_direction_in_an_article_about_places_abroad(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


# A direction after a country's one-character abbreviation is that country's part (CCTV, outside both gold sets).
@pytest.mark.parametrize("text, expected", [
    ("各方应采取措施避免乌东部暴力升级", [("东部", None, "foreign", False)]),
    ("当天从叙中部哈马省的一处基地出发", [("中部", None, "foreign", False)]),
    ("要以西部地区为重点", [("西部地区", "MR_WEST", "macro", False)]),
    # after an area that is no division, or a province's abbreviation, a direction is that area's part
    ("本周西北地区东部、四川盆地有降雪", [("西北地区", "MR_NW", "macro", False), ("四川", "510000", "short", False)]),
    ("资中县位于四川盆地中部", [("资中县", "511025", "name", False), ("四川", "510000", "short", False)]),
    ("有效缓解重庆及渝东北地区用电压力", [("重庆", "500000", "short", False)]),
    ("江淮、江南西部等地有强降雨", []),
    ("山东是我国东部沿海的重要省份", [("山东", "370000", "short", False), ("我国", COUNTRY, "national", False),
                                 ("东部", "MR_EAST", "macro", False)]),
])
def test_a_direction_after_a_countrys_abbreviation(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert found(find_region_mentions(text, gz, token_starts=starts, token_ends=ends)) == expected


# Headlines are read without word boundaries (primary_region's title mentions): an oblast abroad holds no 克州 of
# 新疆, and 称 + 多地 no 称多县 (CCTV, outside both gold sets).
@pytest.mark.parametrize("text, expected", [
    ("俄称继续阻止乌军进入库尔斯克州的企图 乌称多地战斗持续", []),
    ("青海称多的牧民", [("青海", "630000"), ("称多", "632723")]),
    ("新疆巴州库尔勒香梨成熟", [("新疆", "650000"), ("巴州", "652800"), ("库尔勒", "652801")]),
])
def test_headline_words_holding_a_name(gz, text, expected):
    assert [(m.mention, m.region_code) for m in find_region_mentions(text, gz)] == expected


def test_ambiguous_without_context_is_flagged(gz):
    (m,) = find_region_mentions("鼓楼区的高校", gz)
    assert m.is_ambiguous and m.region_code in {"320106", "320302", "350102", "410204"}
    (m,) = find_region_mentions("朝阳发布新政策", gz)   # the one prefecture among districts wins, unflagged
    assert (m.region_code, m.is_ambiguous) == ("211300", False)


# A name several counties share is the one inside the place written right before it (CCTV, outside both gold sets).
@pytest.mark.parametrize("text, expected", [
    ("华能海南昌江核电二期今天开工", [("海南", "460000"), ("昌江", "469026")]),  # not 景德镇's 昌江区
    ("吉林朝阳的冰雪节", [("吉林", "220000"), ("朝阳", "220104")]),  # 长春's 朝阳区, not 辽宁's 朝阳市
    ("北京朝阳的灯光节", [("北京", "110000"), ("朝阳", "110105")]),
    ("辽宁朝阳的", [("辽宁", "210000"), ("朝阳", "211300")]),
])
def test_a_shared_name_is_the_one_in_the_place_before_it(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert [(m.mention, m.region_code) for m in find_region_mentions(text, gz, token_starts=starts, token_ends=ends)] == expected


# A county's short name right after a division holding none of its readings names a thing inside that division (a
# river, a road, a hospital, a village), not the county of another province; within one province only after a county
# or before a feature word.
@pytest.mark.parametrize("text, expected", [
    ("四川永宁河发生超警洪水", [("四川", "510000")]),  # not 宁夏's 永宁县
    ("专家来自上海瑞金医院", [("上海", "310000")]),  # not 江西's 瑞金市
    ("湖北宜兴高铁开工建设", [("湖北", "420000")]),  # 宜昌-兴山, not 江苏's 宜兴市
    ("在合肥市郎溪路小学上课", [("合肥市", "340100")]),  # a road of 合肥, not 宣城's 郎溪县
    ("江苏昆山的工厂", [("江苏", "320000"), ("昆山", "320583")]),
    ("在合肥肥西的工厂", [("合肥", "340100"), ("肥西", "340123")]),
    ("宁波舟山港吞吐量", [("宁波", "330200"), ("舟山", "330900")]),  # prefectures: a list without a comma
    ("广东普宁南山英歌队", [("广东", "440000"), ("普宁", "445281")]),  # a village of 普宁, not 深圳's 南山区
    ("天津和平区朝阳里社区", [("天津", "120000"), ("和平区", "120101")]),
    ("深圳市龙华区民治街道", [("深圳市", "440300")]),  # newer than the table: no 海口's 龙华区
    ("甘肃岷县漳县交界", [("甘肃", "620000"), ("岷县", "621126"), ("漳县", "621125")]),
    ("前往嵊州新昌看油菜花", [("嵊州", "330683"), ("新昌", "330624")]),  # two neighbours of 绍兴
    ("沈阳市沈河区沈阳中街", [("沈阳市", "210100"), ("沈河区", "210103"), ("沈阳", "210100")]),
    # a prefecture's name right after a province not holding it is something inside the province (CCTV, outside both gold
    # sets); after a municipality, or after a province that follows a place, it is a list
    ("内蒙古大兴安岭森林消防支队奇乾中队", [("内蒙古", "150000")]),  # the forest, not 黑龙江's 大兴安岭地区
    ("广东九江队则包揽了女子200米和500米两项冠军", [("广东", "440000")]),  # a town of 佛山, not 江西's 九江市
    ("西藏怒江河谷发现雪豹群", [("西藏", "540000")]),
    ("北京海南广州为国内游最热目的地", [("北京", "110000"), ("海南", "460000"), ("广州", "440100")]),
    ("黑龙江大兴安岭地区发生森林火灾", [("黑龙江", "230000"), ("大兴安岭地区", "232700")]),
])
def test_a_county_name_after_a_place_not_holding_it(gz, tokenize, text, expected):
    starts, ends = tokenize(text)
    assert [(m.mention, m.region_code) for m in find_region_mentions(text, gz, token_starts=starts, token_ends=ends)] == expected


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_offsets_on_seeds(gz, tokenize, seed):
    text = seed.read_text(encoding="utf-8")
    for starts, ends in ((None, None), tokenize(text)):
        mentions = find_region_mentions(text, gz, token_starts=starts, token_ends=ends)
        assert len(mentions) > 20
        assert all(text[m.char_start:m.char_end] == m.mention for m in mentions)
        assert all(a.char_end <= b.char_start for a, b in zip(mentions, mentions[1:]))  # ordered, no overlap
        assert all(m.region_code in gz.info if m.kind != "foreign" else m.region_code is None for m in mentions)


# ---------------------------------------------------------------- primary region

PRIMARY_CASES = [
    # (seed, start, end, title, dateline, expected)
    ("000", None, "营造创新氛围 打造特色产业", "链式突破激发产业“聚变效应”", None, "330000"),
    ("000", "营造创新氛围 打造特色产业", "共 赴 美 好", "营造创新氛围 打造特色产业", "唐山", "130200"),
    ("000", "“海威GD11000”完成", "国网宁夏电力", "“海威GD11000”完成首个航次深海调查任务", "大连", "210200"),
    ("000", "文化中国行", "“海威GD11000”完成", "", None, "360200"),       # prefecture over its province
    ("002", None, "地方动态", "广州构建“2+2+N”科技创新平台体系", None, "440100"),
    ("002", "福建厦门", "湖北举行", "福建厦门获评二星级“中国软件名城”", None, "350200"),
    ("003", "『晋江经验』", "目前,黑龙江省抚远市", "『晋江经验』示范引领创新创业创造", None, "350582"),
    ("003", "7部门推动未来产业创新发展", "春节临近", "7部门推动未来产业创新发展", None, COUNTRY),  # lists places
    ("001", "## 智能算力规模", "## 卫星遥感", "智能算力规模已超通用算力", None, COUNTRY),
    ("004", None, "上观号作者", "长三角合力构建科创共同体", None, "MR_YRD"),
]


@pytest.mark.parametrize("seed, start, end, title, dateline, expected", PRIMARY_CASES)
def test_primary_region_on_seed_articles(gz, seed, start, end, title, dateline, expected):
    mentions = find_region_mentions(seed_article(seed, start, end), gz)
    assert primary_region(mentions, title=title, dateline_place=dateline, gazetteer=gz) == expected


@pytest.mark.parametrize("text, title, expected", [
    ("南京、苏州共建创新平台。南京、苏州两地携手。", "", "320100"),         # a tie: the first code
    ("南京、苏州共建创新平台。南京、苏州两地携手。", "苏州发布", "320500"),  # the title breaks it
    ("武汉发布新政策。" + "。" * EARLY_CHARS + "合肥也有类似做法。", "", "420100"),  # the lead paragraph counts more
    ("北京大学、北京大学、北京大学和北京理工大学的团队在合肥发布成果", "", "340100"),  # organisations count little
    ("南京、苏州、无锡、常州和杭州共建", "", "320000"),   # no city dominates its province
])
def test_primary_region_weights(gz, text, title, expected):
    assert primary_region(find_region_mentions(text, gz), title=title, gazetteer=gz) == expected


# CCTV stories outside both gold sets: the countries a Chinese actor's trains, ships or goods reach are objects of a
# national story, no evidence that it is about abroad; a foreign actor's own targets still are
@pytest.mark.parametrize("text, expected", [
    ("今年我国中欧班列累计开行1.2万列，通达德国、波兰、西班牙、意大利、法国等国家，运往俄罗斯、白俄罗斯的货物增长三成。", COUNTRY),
    ("美国对日本、韩国加征关税，日本和韩国表示反对。", None),
])
def test_places_abroad_a_story_reaches_do_not_make_it_foreign(gz, text, expected):
    assert primary_region(find_region_mentions(text, gz), title="", gazetteer=gz, body=text) == expected


@pytest.mark.parametrize("text, dateline, expected", [
    ("", None, None),
    ("记者从大会获悉", None, COUNTRY),  # no place named: a domestic story (below)
    ("我国数字经济规模已达50万亿元,全国各地加快发展", None, COUNTRY),
    ("我国数字经济规模占比41.5%,全国各地加快发展,中国数字经济红利释放,我国将继续推进。浙江表现突出", None, COUNTRY),
    ("武汉光谷建设加速", "武汉", "420100"),
    ("无关正文", "湖北武汉", "420100"),   # dateline not an exact alias: its first mention
    ("国务院总理主持召开国务院常务会议，部署推进改革", None, COUNTRY),  # the central state, no place: national
    ("四部门联合推进清洁取暖试点", None, COUNTRY),
    ("中央军委印发新修订的《军队基层建设纲要》，要求各级抓好贯彻落实", None, COUNTRY),  # the armed forces: national
    ("美联储宣布降息50个基点", None, None),  # no place, a body abroad (_BODY_ABROAD): no region
    # CCTV stories outside the gold naming no place at all: domestic news, national (were None, as if abroad)
    ("今天早上8时许，神舟十五号航天员乘组打开天舟六号货运飞船舱门，按计划开展货物转运等相关工作。", None, COUNTRY),
    ("本台今天播发央视快评《勇立潮头 勇毅前行》。", None, COUNTRY),
    ("联合国秘书长古特雷斯4日表示，联合国可能在今年的8月份耗尽现金。", None, None),
])
def test_primary_region_edges(gz, text, dateline, expected):
    mentions = find_region_mentions(text, gz)
    assert primary_region(mentions, dateline_place=dateline, gazetteer=gz, body=text) == expected


# An expo in 上海 with exhibitors from many countries (constructed in the style of CCTV's 进博会 stories): the
# lead sentence's venue keeps it a Chinese story; a provincial lab's meeting in the capital city stays the province's.
EXPO = ("第七届进博会今天在上海落下帷幕。" + "展会取得了丰硕成果，企业纷纷签约。" * 12 + "澳大利亚的企业对接到了中国企业。美国企业参展面积第一。"
        "贝宁、马达加斯加、坦桑尼亚等国家首次参展，非洲产品增多。中国将扩大开放，把中国大市场变成世界大机遇。")


@pytest.mark.parametrize("text, expected", [
    (EXPO, "310000"),
    ("湖南湘江实验室产品发布大会在长沙举行。湘江实验室是湖南省四大实验室之一，湖南将继续支持。", "430000"),
    # a CCTV story outside both gold sets: a national fair held in a city whose province the lead does not name is the city's
    ("商务部有关负责人介绍，第133届广交会将于4月15日—5月5日在广州举办，已有203个国家和地区的采购商报名参加。", "440100"),
])
def test_primary_region_counts_the_lead_sentences_venue(gz, text, expected):
    assert primary_region(find_region_mentions(text, gz), gazetteer=gz, body=text) == expected


@pytest.mark.parametrize("text, expected", [
    # seed 001: a story reporting from a university whose name holds no place is at its seat, not national
    ("近日从中国科学技术大学获悉，该校化学与材料科学学院陈维教授课题组，设计了一种稳定的金属/金属-锌合金异质界面层。", "340100"),
    # a CCTV story outside the gold: at a lab of 清华大学, in 北京
    ("2023年度国家最高科学技术奖获得者薛其坤，是凝聚态物理领域享有国际声誉的实验物理学家。在清华大学低维量子物理国家重点实验室，"
     "薛其坤院士正在和研究团队一起分析最新的实验结果。", "110000"),
    # a campus elsewhere counts where it is (constructed)
    ("清华大学深圳国际研究生院发布成果。", "440300"),
])
def test_primary_region_of_a_university_is_its_seat(gz, text, expected):
    assert primary_region(find_region_mentions(text, gz), gazetteer=gz, body=text) == expected


# From CCTV stories of the article-region gold (dev part), shortened.
APPLIANCES = ("今年以来，我国家电产业结构转型升级趋势更加明显，带动产业运行稳中有进。" + "在家电卖场走上一圈，不同品类琳琅满目。" * 9
              + "数据显示，今年1—7月，我国家电行业工业增加值同比增长8.9%。湖北投入财政资金3亿元，在全省范围内发放“惠购湖北”家电消费券。"
              "重庆开展绿色智能家电以旧换新活动。商务部数据显示，今年以来全国各地计划投入促进家电消费资金超过25亿元。")


@pytest.mark.parametrize("text, title, expected", [
    (APPLIANCES, "家电行业转型升级 消费潜力稳步释放", COUNTRY),  # 我国 is the lead's subject; 湖北 and 重庆 are examples
    ("许光是新县人。", "【第五届全国道德模范】许光：将门布衣", "411523"),  # a series label is not the story's place
    ("在国际上享有盛誉的我国陶瓷艺术，繁荣景象。在江西景德镇陶博城，工作人员采集釉面。景德镇的平台。", "文化中国行 科技赋能典型案例",
     "360200"),  # 我国 as a modifier (的我国陶瓷艺术) is not the lead's subject
    # the daily case bulletin: the list of all provinces closed by the 新疆 corps is the nation, not 新疆
    ("国家卫生健康委今天通报，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例21例。据31个省（自治区、直辖市）和新疆"
     "生产建设兵团报告，现有确诊病例170例。新疆生产建设兵团累计报告确诊病例13例。", "国家卫生健康委通报最新疫情", COUNTRY),
    ("我国第一艘航空母舰“辽宁舰”交接入列后，海军官兵投入训练。辽宁舰顺利完成训练。", "舰载机起降训练", COUNTRY),  # a ship, not 辽宁
])
def test_primary_region_national_subject_and_series_label(gz, text, title, expected):
    assert primary_region(find_region_mentions(text, gz), title=title, gazetteer=gz, body=text) == expected


# A national lead over examples (CCTV stories of the fact gold, dev part, shortened): the lead's subject is the nation and
# the places come in later sentences, so they illustrate a national story however many times one is named.
HOUSING = ("8月10日，住房和城乡建设部发布最新保障房建设数据，今年1-7月份，全国城镇保障性安居工程开工率已达到了77%。\n"
           "这两天，天津河西区八大里一期旧城改造项目现场，居民们领到了拆迁款预置存单。天津多家银行组团贷款，介入旧城改造项目。")
HERITAGE = ("今天是我国“文化和自然遗产日”。党的十八大以来，我国高度重视文化与自然遗产保护工作。\n这两天，福建武夷山迎来多地游客。"
            "武夷山划定环境保护红线，每年投入约300万元保护文化遗产。今年3月，习近平总书记在福建考察时来到武夷山。")
LABOUR_MODEL = ("时传祥是新中国的第一代全国劳动模范，他“宁愿一人脏，换来万家净”。\n每天早上六点半，北京东城区“三八女子抽粪班”班长李萌"
                "就开始上工了。如今在北京仅一线环卫工人就有7万多人。")


@pytest.mark.parametrize("text, title, expected", [
    (HOUSING, "前七月保障房开工率超七成", COUNTRY),
    (HERITAGE, "留住历史根脉 传承中华文明", COUNTRY),
    (HOUSING, "天津：旧城改造资金有保障", "120000"),  # the title names the place: its story
    (LABOUR_MODEL, "劳模精神永不过时", "110000"),  # 全国劳动模范 is an honour, not the lead's subject
    ("埃及反对派“全国拯救阵线”呼吁对话。埃及多个城市抗议持续。", "关注埃及局势", None),  # a place before the nation
    # the nation word inside a phrase, not its clause's subject, or the sessions' name (CCTV, outside both gold sets)
    ("党的十八大以来，在我国全面深化改革的关键时期，基层是一切工作的落脚点。\n江苏省丰县是全省12个重点贫困县之一，这个县师寨镇的"
     "刘土楼村，这个冬天有两件大事。丰县的扶贫干部天天泡在村里。", "刘土楼村的冬天", "320321"),
    ("地，由谁来种？一家一户的模式已开始掣肘我国农业现代化进程。\n今年黑龙江搞试验，由此拉开了大规模土地流转的序幕。黑龙江这次"
     "改革的一项核心任务，就是实验怎么用30个人来种1万亩地。", "地，由谁来种？", "230000"),
    ("2024年全国两会召开在即。今天的代表履职故事，我们来认识梁倩娟。\n在甘肃陇南徽县，不少农户开始为春耕做起了准备。徽县处于"
     "丘陵地区，2023年，徽县新增各类农机560多台。", "梁倩娟：推进乡村振兴 带动百姓增收", "621227"),
    # a central body opening the lead (seed 8317, CCTV, outside both gold sets): the places of later sentences are what
    # the national policy covers; one in the lead sentence is still the story's (交通运输部今天在福建厦门召开…)
    ("央视网消息（新闻联播）：国家发展改革委、商务部今天（12月24日）发布《鼓励外商投资产业目录（2025年版）》。与2022年版相比，"
     "新版目录增加205条、修改303条，将自2026年2月1日起施行。\n新版目录鼓励引导外商投资先进制造业，新增或扩展终端产品、零部件、"
     "原材料等领域有关条目，提升产业链供应链发展水平；鼓励引导外商投资现代服务业，新增或扩展商务服务、技术服务、科学研究、服务消费等"
     "领域有关条目，促进服务业高质量发展。同时，新版目录也鼓励引导外商投资中西部地区、东北地区和海南省。",
     "《鼓励外商投资产业目录（2025年版）》今天发布", COUNTRY),
    ("交通运输部今天在福建厦门召开现场会，推广厦门经验。厦门已建成智慧港口。", "智慧港口建设现场会召开", "350200"),
    # where a visitor lives is about the visitor (seed 8317, CCTV, outside both gold sets): the exhibition is in 北京
    ("“伟大的变革——庆祝改革开放40周年大型展览”，春节期间日均参观人数超过6万人次，创造了国家博物馆新的参观纪录。\n"
     "许多观众都是一家几代人来观看展览。\n家住新疆乌鲁木齐的任齐，特意利用春节假期来北京参观展览。\n"
     "截至今天，展览累计现场参观总人数已超过340万人次。",
     "“伟大的变革——庆祝改革开放40周年大型展览”春节五天参观人数突破30万人次", "110000"),
])
def test_primary_region_of_a_national_lead_over_examples(gz, text, title, expected):
    assert primary_region(find_region_mentions(text, gz), title=title, gazetteer=gz, body=text) == expected


# Two provinces side by side (a CCTV story of the fact gold, dev part, shortened): the title names both, so the story
# is about either (the gold lists both), not the nation nor 中部地区 holding one of them.
PAIR = ("近日，河北、湖北分别举行专题新闻发布会，全面解读《纲要》。\n让河北高质量发展的动力更优\n河北提出7个方面发展目标，推进雄安新区"
        "建设。河北谋划了105项重大工程。\n湖北加快建成中部地区崛起重要战略支点\n聚焦建成中部地区崛起的重要战略支点，湖北将实施“七大战略”。"
        "湖北将推动制造业比重保持在30%左右。")


@pytest.mark.parametrize("title, expected", [
    ("让河北高质量发展的动力更优 湖北加快建成中部地区崛起重要战略支点", "130000"),
    ("“十五五”开好局起好步", "MR_CENTRAL"),  # a title naming neither: the weights decide as before
])
def test_primary_region_of_two_provinces_named_in_the_title(gz, title, expected):
    assert primary_region(find_region_mentions(PAIR, gz), title=title, gazetteer=gz, body=PAIR) == expected


def test_two_provinces_named_in_the_title_give_the_province_not_a_county_in_it(gz):
    # after a CCTV story outside both gold sets (温家宝与陕西甘肃灾区群众一起过年), shortened
    text = ("春节前夕，温家宝离开北京，来到陕西灾区，看望受灾群众。陕西的重建工作进展顺利。\n随后，温家宝来到甘肃舟曲县。舟曲县城的"
            "重建已经完成，舟曲的群众住进了新房，温家宝在舟曲和群众一起包饺子。")
    assert primary_region(find_region_mentions(text, gz), title="温家宝与陕西甘肃灾区群众一起过年", gazetteer=gz, body=text) == "620000"


def test_whole_province_words_take_the_province_named_last_before_the_articles_own_region(gz):
    from transforms.regions import article_region_mentions

    body = ("河北提出7个方面发展目标。河北谋划了105项重大工程，推进雄安新区建设。\n"
            "湖北将实施“七大战略”，全省将加快发展新质生产力。")
    title = "让河北高质量发展的动力更优"  # filed under 河北
    mentions = article_region_mentions(body, title=title, source_name=None, dateline_place=None, gazetteer=gz)
    assert [m.region_code for m in mentions if m.mention == "全省"] == ["420000"]
    # a paper's home still comes first: 新华日报's 全省 is 江苏 wherever the story goes
    mentions = article_region_mentions(body, title=title, source_name="新华日报", dateline_place=None, gazetteer=gz)
    assert [m.region_code for m in mentions if m.mention == "全省"] == ["320000"]


@pytest.mark.parametrize("text, expected", [
    # a place after 从 / 向 / 赴, or in a list right after one, is where something comes from or goes to: 全省 keeps the
    # clause's topic (CCTV, outside both gold sets, shortened)
    ("河南从江苏、湖北等地引进收割机，目前全省秋粮收获过半。", "410000"),
    ("吉林省正从河北、山东和省内产地调集蔬菜。", "220000"),
    ("安徽向浙江输送电力，全省装机增长。", "340000"),
    # 来自 names the people's own place
    ("来自湖南党政部门、省内高校的宣讲团成员", "430000"),
    ("湖北将实施“七大战略”，全省将加快发展。", "420000"),
])
def test_whole_province_words_skip_a_place_things_come_from(gz, text, expected):
    word = next(m for m in find_region_mentions(text, gz) if m.kind == "deictic")
    assert word.region_code == expected


# A province inside a macro-region's strategy (CCTV, outside both gold sets, shortened): the member the title names,
# holding most of the macro-region's weight, is the story's; a title naming the macro-region keeps it.
TIANJIN = ("习近平总书记指出，必须坚持质量第一、效益优先。\n天津市认真落实京津冀协同发展战略，不断加快创新驱动步伐。\n天津滨海—中关村科技园"
           "吸引北京企业。天津承接北京非首都功能，服务雄安新区建设。天津将加快转型升级。")


@pytest.mark.parametrize("text, title, expected", [
    (TIANJIN, "天津：服务协同发展 激发创新活力", "120000"),
    (TIANJIN, "服务协同发展 激发创新活力", "MR_JJJ"),
    (TIANJIN, "天津：服务京津冀协同发展", "MR_JJJ"),  # the title names the macro-region too: the strategy is the story
    ("京津冀三地签署协议。北京、天津、河北共建。北京市发展改革委表示，北京将继续推进。", "京津冀协同发展领导小组会议", "MR_JJJ"),
])
def test_primary_region_of_a_member_named_in_the_title(gz, text, title, expected):
    assert primary_region(find_region_mentions(text, gz), title=title, gazetteer=gz, body=text) == expected


# ---------------------------------------------------------------- which region a fact is about
def _fact_regions(text: str, gz) -> list[tuple[str, str | None]]:
    """(mention, region) of every fact of `text`, as the pipeline attributes them (article default None)."""
    from transforms.facts import extract_facts, split_sentences
    from transforms.regions import article_fact_regions, article_region_mentions

    mentions = article_region_mentions(text, title="", source_name=None, dateline_place=None, gazetteer=gz)
    sentences = split_sentences(text)
    facts = [extract_facts(s) for s in sentences]
    regions = article_fact_regions(text, sentences, [[f.char_start for f in fs] for fs in facts], mentions, gazetteer=gz, default=None)
    return [(f.mention, code) for fs, codes in zip(facts, regions) for f, code in zip(fs, codes)]


FACT_REGIONS = [
    ("carried from the line that leads in", "宁波统计局披露：\n地区生产总值3801.8亿元，同比增长3.5%。", {"3801.8亿元": "330200"}),
    ("分别 pairs places and values in order", "河南、四川分别以19592.8亿元、16412.2亿元位居前列。",
     {"19592.8亿元": "410000", "16412.2亿元": "510000"}),
    ("the county named beats its city", "苏州昆山的瞪羚企业133家。", {"133家": "320583"}),
    ("a list with 等N个 is the group", "南京、武汉、青岛等10个试点城市启动建设。", {"10个": "100000"}),
    ("the rest of a 等N个 clause is the group's too", "南京、武汉、青岛等10个试点城市共建成站点300个。",
     {"10个": "100000", "300个": "100000"}),
    ("分别 pairs the values and leaves what follows them", "河南、四川分别以19592.8亿元、16412.2亿元位列第五、第六。",
     {"19592.8亿元": "410000", "16412.2亿元": "510000"}),
    ("分列 pairs the places just before it with the ranks", "北京位居首位,上海和广州分列第四、第五位。",
     {"位居首位": "110000", "分列第四": "310000", "第五位": "440100"}),
    ("分别 pairs each run of values", "江苏、浙江分别增长8%、6%，达到500亿元、300亿元。",
     {"8%": "320000", "6%": "330000", "达到500亿元": "320000", "300亿元": "330000"}),
    ("该区 is the place named before", "成都高新区今年新增企业3000家。该区高新技术企业达到1500家。", {"达到1500家": "510100"}),
    # CCTV stories outside both gold sets: 当地 after the county is the county again, not a second district of its city
    ("当地 repeats the county named before it", "在陕西太白，当地对滑雪场的设施与服务进行了全面升级，不同级别的21条雪道陆续开放。",
     {"21条": "610331"}),
    ("and so does the county named twice", "河南省兰考县及有关乡镇政府、兰考县环保局对辖区内2家新材料企业违法排污监管不严。", {"2家": "410225"}),
    ("the subject of the clause, not the nearest earlier mention", "广东经验值得借鉴。河南所辖县域GDP占全省GDP比重达59.3%。",
     {"达59.3%": "410000"}),
    ("a macro-region yields to a member named with it", "长三角地区的苏州新增高新技术企业1200家。", {"1200家": "320500"}),
    ("each clause its own subject", "北京位居首位，杭州超过深圳位居第二位。", {"位居首位": "110000", "位居第二位": "330100"}),
    # from a CCTV bulletin: the nation named first holds the city named after it; 来自 says where entrants come from
    ("a place named after 中国 is more specific", "第十届中国艺术节舞蹈竞赛在青岛拉开帷幕。来自全国35个省市的112个舞蹈作品参赛，演员超过2000人。",
     {"35个": "100000", "112个": "370200", "超过2000人": "370200"}),
    ("a 来自 place is where the counted come from", "来自新疆的35名先心病儿童接受治疗。", {"35名": None}),
    ("a list of places as the subject is the group", "在前海、南沙、横琴自贸片区，共推出385项制度创新成果。", {"385项": "440000"}),
    ("a list of a macro-region's members named after it is the macro-region",
     "长三角覆盖上海、江苏、浙江、安徽三省一市，以4%的国土面积创造了近四分之一的经济总量。", {"4%": "MR_YRD"}),
    ("a list counted as a group right after it is the group", "漳河灌区地跨荆门、荆州、宜昌三市，可改善灌溉面积38万亩。",
     {"38万亩": "420000"}),
    ("the corps closing the list of all provinces is the nation's count",
     "31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例21例。新疆生产建设兵团累计报告确诊病例13例。",
     {"21例": "100000", "13例": "650000"}),
    ("… joined by 及 too", "全国已有27个省份及新疆生产建设兵团启动春灌，累计供水约200亿立方米。", {"约200亿立方米": "100000"}),
    ("全国 as a yardstick is not the subject", "今年一季度，陕西装备制造业增加值增长9.5%，高于全国5.2个百分点。",
     {"9.5%": "610000", "5.2个百分点": "610000"}),
    ("全国 as a reach is not the subject", "湖北新增专利5万件。打造具有全国影响力的科技创新高地，力争每年产出6项以上重大成果。",
     {"6项以上": "420000"}),
    # CCTV stories outside both gold sets: one place named for a group of N is not the group's region
    ("one place 等N个 names a group, not that place", "2015年以来国务院批准设立的杭州等13个跨境电商综合试验区取得积极成效。",
     {"13个": None}),
    ("… in web text's spacing too", "杭州等 13 个跨境电商综合试验区取得积极成效。", {"13 个": None}),
    ("a group within a province named before it is the province's", "前不久，贵州省宣布黔东南的盘县、西南的兴仁等三个国家级贫困县实现减贫摘帽。",
     {"三个": "520000"}),
    ("nor does its province before it", "关于授权国务院在北京市大兴区等33个试点县行政区域暂时调整实施有关法律规定。", {"33个": None}),
    ("a list whose items are qualified by their province is a list",
     "生态环境部近日将广东广州、浙江安吉等23个地区纳入国家环境健康管理试点地区。", {"23个": "100000"}),
    ("a route named by its ends is the region holding both", "深中通道西起中山，东至深圳，全长24公里。", {"24公里": "440000"}),
    ("a route across provinces is the nation's", "连霍高速公路东起江苏连云港，西至新疆霍尔果斯，全长4395公里。",
     {"4395公里": "100000"}),
    # CCTV bulletins outside both gold sets: a line named by its two ends (A至B高铁) is that route too, and each line its own
    ("a route named by its start and end points", "某高速公路全长75公里，起点位于萍乡经开区，终点位于莲花县，有特大桥8座。",
     {"8座": "360300"}),
    ("a line named by its ends is the region holding both", "西安至延安高速铁路全线铺轨完成，西延高铁是陕北革命老区的首条高铁，线路全长299.8公里。",
     {"299.8公里": "610000"}),
    ("the line's region is carried to the next sentence", "潍坊至烟台高铁今天开通运营。潍烟高铁线路全长237公里，设9座车站。",
     {"237公里": "370000", "9座": "370000"}),
    ("a line named after the figures is not their subject",
     "云南香丽高速公路的香格里拉至小中甸段日前建成，此段高速公路长24公里，也为香格里拉至丽江高速公路全线通车奠定基础。", {"24公里": "533401"}),
    ("a line via a place starts before it", "四川境内隆昌经泸州至叙永的铁路开通运行，线路全长约139公里。", {"约139公里": "510000"}),
    ("a list of two qualified places counted after it is the group",
     "科技部宣布首批国家农业高新技术产业示范区——山西晋中和江苏南京两家示范区建设启动。", {"两家": "100000"}),
    # seed 001 and a CCTV bulletin: the venue of a province's own event does not make what follows the city's
    ("a province's event held in its capital is the province's",
     "浙江省2023年经济政策新闻发布会在杭州举行，会上发布“8+4”政策体系。这一体系包含科技创新等8个重点领域政策包。",
     {"8个": "330000"}),
    # seed 002 and CCTV stories outside the gold: what a share is of (占全省, 占全国) is not its subject, unless only
    # the nation or a foreign partner is named before it
    ("a share of the province is the city's", "广州现有省级高水平创新研究院14家，占全省70%。", {"14家": "440100", "70%": "440100"}),
    ("a share of the nation is the province's", "19年西藏全区牦牛存栏总量499万头，占全国存栏总量的35%，居全国第二。", {"35%": "540000"}),
    # seed 8317 (CCTV, outside both gold sets): 全国 before an ordinal that is no rank (第二产业, 第十届, 第二次) is the subject
    ("the nation's secondary sector is no rank", "今年前四个月，东部沿海地区制造业增速有所放缓。"
     "今年前四个月，全国第二产业投资4万5千亿，增长不到15%。", {"不到15%": "100000"}),
    # seed 8317 (a CCTV bulletin, outside both gold sets): the host city naming the games yields to the zone after it
    ("the games' zone, not its host city", "2022年北京冬奥会张家口赛区重点交通项目——宁远机场改扩建工程今天（8月3日）正式通航，"
     "总建筑面积1万4千平方米的T2航站楼按期投入运营。", {"1万4千平方米": "130700"}),
    ("a partner's share of the nation's trade is the nation's", "东盟继续为我国第一大贸易伙伴，占我国外贸总值的15%。", {"15%": "100000"}),
    # seed 001 and a CCTV bulletin: where goods are sold to is not whose statement it is
    ("export destinations are not the subject", "近年来，河北省围场满族蒙古族自治县因地制宜发展沙棘产业。目前，全县沙棘林面积近70万亩，沙棘产品远销美国、德国、土耳其、以色列等二十多个国家和地区。",
     {"二十多个": "130828"}),
    ("nor domestic ones", "青岛海关今天公布破获了一起海鲜走私大案，该团伙收购廉价海鲜，再销售到北京、山东等地，两年来共走私海鲜5000多吨。",
     {"5000多吨": "370200"}),
    # CCTV bulletins outside both gold sets: a place abroad that a Chinese actor reaches, buys from or receives guests
    # from is no subject of the clause (the fair's city is)
    ("countries the exhibitors come from are not the subject", "上合组织国家进口商品展18日在青岛落幕，展会吸引了来自俄罗斯、哈萨克斯坦等17个国家的57家企业参加。",
     {"17个": "370200", "57家": "370200"}),
    ("countries a Chinese fair counts are the fair's", "2018中国（大连）国际服装纺织品博览会今天开幕，来自意大利、西班牙等26个国家和地区的700多个知名品牌参展。",
     {"26个": "210200", "700多个": "210200"}),
    ("a list of countries opened by China is abroad too", "第六届东亚运动会昨晚在天津开幕。来自中国、朝鲜、日本等9个国家和地区的2400多名运动员参赛。",
     {"9个": "120000", "2400多名": "120000"}),
    # CCTV stories outside both gold sets: a clause naming nothing goes on from the Chinese actor opening an earlier
    # clause, not from the place abroad the sentence opens with
    ("a Chinese actor after a place abroad", "在巴黎奥运会上，中国体育代表团团结一心、顽强拼搏，勇夺40枚金牌、27枚银牌、24枚铜牌。",
     {"40枚": "100000", "24枚": "100000"}),
    # CCTV bulletins outside both gold sets: an item's headline names the place its paragraph is about, up to the next
    # headline; one naming no place ends the previous one's reach
    ("a bulletin item's headline carries its place", "云南景谷震后第一所板房小学竣工\n今天，第一所板房小学竣工，可容纳学生300名。",
     {"300名": "530824"}),
    ("to the paragraphs under it, up to the next headline",
     "银昆高速宁夏段全线通车\n今天，全长237公里的高速正式建成通车。\n沿线设有服务区6对。\n100家单位获授先进称号\n"
     "今天，表彰大会召开。\n第二届读书节开幕\n今天，共有50万人参加。",
     {"237公里": "640000", "6对": "640000", "50万人": None, "100家": None}),
    # CCTV bulletins (gold dev and outside both gold sets): what the next sentence carries is the sentence's subject,
    # the place its first clause names, not a place a later clause names in passing
    ("the sentence's subject is carried, not a later clause's place",
     "美国财政部造币和印钞局3号开始，正式公开销售2015中国农历羊年纪念钞。其中纪念钞售价5.95美元。", {"5.95美元": None}),
    ("and so is a province named first", "山东是我国东部沿海的重要省份，处于环渤海地区与长江三角洲地区的重要接合部。"
     "党的十八大以来，习近平总书记三次到山东，深入农村、社区。", {"三次": "370000"}),
    # CCTV stories outside both gold sets: an organisation opening its clause is the clause's actor, and its place the
    # clause's region (not a macro-region named in an earlier clause); after a verb it is a partner and says nothing
    ("an organisation opening its clause names a member of the macro-region before it",
     "在东北平原，黑龙江北大荒集团某农场的33万亩大豆迎来收获，53台收割机昼夜抢收。", {"33万亩": "230000", "53台": "230000"}),
    ("an organisation opening its clause is its subject", "近期，陕西省考古研究院公布成果。自2009年以来，陕西省考古研究院在一号坑发掘面积400多平方米。",
     {"400多平方米": "610000"}),
    ("an organisation opening the sentence refines the province after it",
     "武汉儿童医院是湖北唯一的定点医院，2500多名医护人员中近三分之一是90后。", {"2500多名": "420100"}),
    ("an organisation after a verb is a partner", "2012年，东莞联合上海交通大学等7家单位成立协同创新中心，行业产值每年增长20%。",
     {"7家": "441900", "20%": "441900"}),
    ("a province's expo opening in its capital is the province's", "第二届中国(贵州)国际酒类博览会今天在贵阳开幕。参展企业达1300多家。",
     {"达1300多家": "520000"}),
]


@pytest.mark.parametrize(("rule", "text", "expected"), FACT_REGIONS, ids=[r[0] for r in FACT_REGIONS])
def test_fact_region_rules(gz, rule, text, expected):
    found = dict(_fact_regions(text, gz))
    assert {mention: found.get(mention) for mention in expected} == expected


def test_relics_lost_abroad_are_no_subject(gz):
    # seed 8317 (a CCTV bulletin, outside both gold sets): where relics were lost to is no subject; the bulletin's
    # default (the nation) applies, not None for a story abroad
    from transforms.facts import extract_facts, split_sentences
    from transforms.regions import article_fact_regions, article_region_mentions

    text = ("今天（11月18日），国家文物局对外宣布，唐三彩七星盘、元明石雕马等68件流失英国的珍贵文物重回祖国，"
            "其中有二级文物3组13件、三级文物30件。")
    mentions = article_region_mentions(text, title="", source_name=None, dateline_place=None, gazetteer=gz)
    sentences = split_sentences(text)
    starts = [[f.char_start for f in extract_facts(s)] for s in sentences]
    assert starts[0]  # 68件 and the parts after it
    assert article_fact_regions(text, sentences, starts, mentions, gazetteer=gz, default=COUNTRY) == [[COUNTRY] * len(starts[0])]


@pytest.mark.parametrize(("source", "home"), [
    ("新华日报", "320000"),     # the hand table first
    ("安徽日报", "340000"),     # else the one region the name holds
    ("每日甘肃网", "620000"),
    ("杭州日报", "330100"),
    ("人民网", None),           # a national site has no home
    ("中国日报", None),
    (None, None),
])
def test_source_home_region(gz, source, home):
    from transforms.regions import source_home_region

    assert source_home_region(source, gz) == home


def test_web_page_is_filed_under_its_story_not_its_related_links():
    from tests.test_articles import WEB_PAGE
    from transforms.pipeline import analyse_document, build_analyser

    frames = analyse_document("web", WEB_PAGE, build_analyser()).frames()
    assert frames["articles"]["region_code"].to_list() == ["620100"]  # 兰州新区, not 全国 from the related stories
    assert set(frames["facts"]["region_code"]) == {"620100"}
    assert "3000家" not in frames["facts"]["mention"].to_list()  # a related story's number is not this story's


def test_the_gazetteer_finds_overlapping_aliases_and_block_words_with_character_offsets(gz):
    text = "广西南宁市，朝阳产业"
    found = {(start, end, alias) for start, end, alias, _ in gz.find(text)}
    assert all(text[start:end] == alias for start, end, alias in found)  # characters, not UTF-8 bytes
    assert {(0, 2, "广西"), (2, 4, "南宁"), (2, 5, "南宁市")} <= found
    blocks = [(alias, candidates) for _, _, alias, candidates in gz.find(text) if not candidates]
    assert ("朝阳产业", ()) in blocks  # a block word has no candidates: it swallows the 朝阳 inside it


# Digests of short items (CCTV's 国内联播快讯, from stories outside both gold sets, shortened): the items' places are not
# the digest's. A news flash titled 快讯 with its item is one story, and its place decides.
DIGEST = ("内蒙古暴风雪致近百辆车被困 内蒙古东乌珠穆沁旗东部地区遭到暴风雪袭击，造成近百台车辆被困。当地多部门经过救援，"
          "最终将被困车辆救出。内蒙古多地气温骤降。黑龙江东北虎林园迎来新生幼虎。")


@pytest.mark.parametrize("text, title, expected", [
    (DIGEST, "国内联播快讯", COUNTRY),
    (DIGEST, "[视频]国内联播快讯", COUNTRY),
    ("意大利北部发生雪崩。日本东京举行活动。米兰冬奥会中国体育代表团今天在北京成立。", "国际联播快讯", None),
    (DIGEST, "联播快讯：内蒙古暴风雪致近百辆车被困", "150000"),  # one item: its place
])
def test_primary_region_of_a_digest_is_none_of_its_items_places(gz, text, title, expected):
    assert primary_region(find_region_mentions(text, gz), title=title, gazetteer=gz, body=text) == expected
