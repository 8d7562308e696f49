"""Region mentions in news text: aliases, abbreviations (沪苏浙皖), organisation heads (浙江大学), 我省/本市, and
places outside China (美国, 东京, 北海 as the North Sea: kind 'foreign', region_code None)."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from transforms.lexicons import lexicon_frame
from transforms.regions.gazetteer import (
    _ADMIN_CHARS,
    _MUNICIPALITIES,
    _RANK,
    ANAPHORIC_WORDS,
    COUNTRY,
    CROSS_MAX,
    DEICTIC_WORDS,
    FOREIGN,
    Gazetteer,
)

# (杭州数梦工场科技有限公司), institutes short, so 山西省完成首批省重点实验室 is not an organisation.
ORG_WINDOW = 15
ORG_SUFFIXES = {
    **dict.fromkeys(("有限责任公司", "有限公司", "股份", "公司", "集团", "银行"), 15),
    **dict.fromkeys(("大学", "学院", "研究院", "研究所", "科学院", "工程院", "设计院", "医院", "实验室", "中学",
                     "小学", "学校", "协会", "学会", "联合会", "基金会", "日报", "电视台"), 6),
    **dict.fromkeys(("舰队", "舰"), 0),  # 中国舰队: the nation's fleet (辽宁舰, 北海舰队 are no mentions: _VESSEL_AFTER)
}
# 31个省（自治区、直辖市）和新疆生产建设兵团: the corps closing the list of all provinces is the nation's count.
NATIONWIDE_LIST_ENDS = ("新疆生产建设兵团", "兵团")
_NATIONWIDE_LIST_BEFORE = re.compile(r"省(?:[（(][^）)]{1,8}[）)]|区市|份)(?:和|及|以及)$")
GOV_WORDS = ("政府", "委", "人大", "政协", "海关", "厅", "局")  # 北京市科委 stays a mention: these end the search
_ORG_RE = re.compile(f"(?P<gov>{'|'.join(GOV_WORDS)})|(?P<org>{'|'.join(sorted(ORG_SUFFIXES, key=len, reverse=True))})")
# An organisation name does not run across punctuation, function words or these verbs (于潍坊投资新设环保公司), nor
# across a word pointing at one unnamed body (江苏这家互联网公司, 浙江某公司, 山东一家企业: the place is where it is).
_ORG_BREAK = re.compile(r"[\s\d，。、；：！？,.;:!?（）()《》“”\"'‘’【】…—的了在和与及等将是把被向对从已也都还于这那该某]"
                        r"|新设|设立|成立|落户|引进|签约|举办|举行|召开|发布|获批|一家|一批|多家")
# A short alias right after a Chinese character and before one of these ends a township's name (察汗乌苏镇).
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TOWN_AFTER = re.compile(r"(?:镇|乡|村|苏木|嘎查)(?!村|镇|振兴)")
# Without jieba tokens, a county-level match is inside another word when a jieba word crosses its edge (新平 in
# 创新平台, 高要 in 更高要求); words starting / ending with an administrative character (市政府, 市镇) do not count.
# Prefecture names only yield to very common words (丽水 in 美丽水乡, 承德 in 继承德国; not 厦门 in 厦门人工智能).
# With tokens, a match ending inside a token still counts if the token goes on like this (北京市科委, 围场县, 中国式,
# 山|东南部: a direction of the place).
_COMPOUND_TAIL = re.compile(f"[{_ADMIN_CHARS}]|式|籍|港(?!澳)|[东西南北中]{{1,2}}部|[^\\s，。、；：]{{0,3}}?(?:{'|'.join(GOV_WORDS)})")  # 青岛港
# A two-character short name right after a common surname is a person's given name (孙东明, 马玉山, 郑洪山, 何卫东; a
# province's or a city's too: 钟海南, 闫青海, 吴吉林), unless the character ends a place named before it (浙江长兴). Surnames that end common words before a place
# (工程, 油田, 万, 地方, 时任, 回顾, 登陆) are left out: 工程永仁至广通段, 油田且末, 回顾浦东发展之路.
_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶魏吕丁沈姚卢姜崔钟谭"
                      "汪范贾夏韦付白邹孟熊秦邱侯尹薛闫段雷陶黎贺毛郝龚邵钱严覃戴莫孔汤"
                      "关麻"  # 副院长关新平, 副主任麻永平: 关 ends 海关, 有关 too, but as a word of its own it starts a name
                      "谷"  # 谷文昌 (the 东山 county secretary the news holds up as a model), not 海南's 文昌市
                      "卞揭"  # 教授卞修武, 居民揭美兰: rarer surnames, but 卞 is no word's end and a place after the verb 揭 is rare
                      "符")  # 同仁村的符永安 (common in 海南); 符 ends 相符 / 音符, rarely right before a place
# A person is introduced by a title or an occupation right before the name (农民吴江洪, 老支书常德胜, 印度选手南丹, 导演清原惟, 局长东乡
# 和彦): a prefecture's or a county's short name right after one of these is a person's name (not 记者, 代表, 科学家: 本台记者
# 北京报道, 代表香港, 世界顶尖科学家三亚论坛).
_PERSON_TITLE_BEFORE = re.compile("(?:农民|村民|牧民|渔民|工人|职工|选手|运动员|导演|演员|局长|支书|教练|医生|教授|院士|师傅|队长|船长|厂长"
                                  "|村长|站长|所长|工程师|技术员|村医|民警|战士|志愿者|患者"
                                  "|镇长|乡长|(?<!总)书记|主任|校长|经理|董事长"
                                  "|棋手|球员|歌手|作家|画家|诗人)$")  # 韩国棋手安国铉, not 保定's 安国市  # 镇长石峰, 党支部书记尼玛石曲 (总书记兰考讲话 is the place)
# A Tibetan personal name is two given names of two syllables (尼玛次仁, 尼玛扎西, 贡嘎桑珠); a county named like one (尼玛县,
# 贡嘎县) right before another is a person's name. The common second halves:
_TIBETAN_NAME_AFTER = re.compile("次仁|扎西|卓玛|多吉|顿珠|平措|旺堆|罗布|尼玛|达瓦|达娃|格桑|央金|拉姆|普布|边巴|巴桑|索朗|朗杰"
                                 "|曲珍|德吉|白玛|次旦|洛桑|强巴|益西|桑珠|欧珠|旺姆|措姆|卓嘎|群培|仁青|琼达|拉巴|丹增|旦增|贡布|米玛")
# A county's short name before a transliteration's tail is inside a foreign name (萨金塔耶夫, 博罗诺夫, 奥巴马夫人,
# 利西昌斯克, 普兰茨凯蒂斯), not 金塔县 or 巴马县.
_TRANSLITERATION_AFTER = re.compile("耶夫|诺夫|夫(?!妻|妇)|斯克|斯基|维奇|茨|娃")
# Before a province's or a city's name these are no surname: 一张鞍山的名片, 中马钦州产业园 (China-Malaysia).
_MEASURE_SURNAMES = frozenset("张马")
_DIRECTION_BLOCK = re.compile("[东西南北中]+部")
# 吉林一号 (a satellite), 华龙一号 (a reactor): a place name before N号 names a thing.
_NAMED_THING_AFTER = re.compile("[一二三四五六七八九十]+号")
# The navy names its ships after provinces and cities: a division's name right before 舰 (辽宁舰, 山东舰, 海口舰, 井冈山舰)
# or 舰队 (北海舰队, a fleet) is the ship or the fleet, no mention of the place; so is one in quotes before 号 (“绵阳”号导弹
# 护卫舰, “钦州”号). Not 舰艇 / 舰船 (青岛舰艇学院 is in 青岛).
_VESSEL_AFTER = re.compile("舰(?![艇船])")
_QUOTED_VESSEL_AFTER = re.compile("”号")
# A name starting with a unit right after a number is that unit (6周至8周, 3天长时间, 5万宁夏人): 周至, 天长, 万宁 read so.
_UNIT_FIRST = frozenset("周天年月日时岁万千百亿")
_NUMERAL = re.compile("[0-9０-９一二三四五六七八九十两几]")
# A name starting with a Chinese numeral (五河, 三水, 三门) between two numbered items of a list is a count of things
# (城市总规确定的一屏、三环、五河、九楔: five rivers), not the county. (A four-character slogan in quotes, “三水共治”, was
# tried too and dropped: “三明路径”, “四川制造”, “五常大米”, “九江二桥” name the places.)
_SLOGAN_NUMERALS = "一二三四五六七八九十百千万"
_NUMBERED_ITEM_BEFORE = re.compile(f"[{_SLOGAN_NUMERALS}][\u4e00-\u9fff]{{1,2}}、$")
_NUMBERED_ITEM_AFTER = re.compile(f"、[{_SLOGAN_NUMERALS}][\u4e00-\u9fff]")
# A storm's name in quotes (台风“博罗依”, 台风“凤凰”, 飓风“马修”) names no place, though it may hold one's name.
_STORM_NAME = re.compile("(?:台风|飓风|风暴|气旋|低压)“([^”\n]{1,8})”")
# A county's short name right before 省 or 郡 names a province or a county abroad (越南广南省, 平安北道铁山郡): a
# Chinese county is no 省, and China has had no 郡 since the Qin-Han commanderies.
_DIVISION_ABROAD_AFTER = re.compile("郡|省(?![界道级内外际会委直])")  # not 潼关省界站 (the provincial boundary)
# An offshore oil or gas field is named by its sea area and a block number (荔湾3-1气田, 蓬莱19-3油田, 陵水17-2, 锦州9-3
# 平台, 绥中36-1): a prefecture's or a county's name before N-M with an oil or gas word later in the clause names the field,
# not the place (not 1-2月, a span of months, nor 8-10度).
_FIELD_CODE_AFTER = re.compile(r"\d{1,2}[-－]\d{1,2}(?![\d.月日号年岁天度℃%])[^，。；！？\n]{0,12}?(?:油|气|井|平台|组块)")
# Place names that are also words, and what follows the word: 大兴 'to promote on a large scale' (要大兴调查研究之风, 大兴识才、
# 爱才、敬才、用才之风, 在全党大兴调查研究: all 89 of the CCTV corpus' 大兴 so followed, gold stories aside), not 北京's 大兴区.
_WORD_READING_AFTER = {"大兴": re.compile("调查研究|[^，。；：！？\n]{1,12}?之风"),
                       "安康": re.compile("家园"),  # “安康家园”, a rebuilding programme after the 汶川 earthquake
                       "白银": re.compile("期货|期价|价格|饰品|首饰")}  # silver: 白银期货, 白银价格
# ... and what comes before it: 安康 'well-being' after who or what is well (人民安康, 万民安康, 生活安康, 福寿安康), not
# 陕西's 安康市 (陕西安康, 西安至安康); 白银 'silver' after gold or a market (黄金白银, 金和白银, 现货白银), not 甘肃's 白银市.
_WORD_READING_BEFORE = {"安康": re.compile("(?:人民|万民|百姓|群众|众生|生活|福寿|祥和|富足|岁岁|顺遂|和美|繁荣|华夏|宜居|舒适|幸福|健康"
                                         "|平安|吉祥|阖家|身体|老人|生者|岁一|[共道])$"),  # 一岁一安康, 端午道安康
                        "白银": re.compile("(?:黄金|金[、和与及]|现货|国际|变成?)$"),  # 白雪变白银
                        "大同": re.compile("(?:谋|世界|天下)$"),  # 为世界谋大同: 'great harmony'
                        "朝阳": re.compile("(?:初升的|新年的|一轮|迎着|沐浴着)$")}  # 迎着朝阳: the morning sun (北京市的朝阳 is the district)
# A name two places share, read by what follows it or by the story: 南沙 before a sea or a reef word is the Spratly Islands
# (南沙海域, 南沙岛礁, 南沙守备部队, 南沙永暑礁: 三沙's 南沙群岛), and so is any 南沙 of a story on the islands (西沙, 永暑礁,
# 守礁官兵, 南海舰队: 南沙灯塔, 赴南沙捕鱼, 演兵西沙、南沙) that names neither 广州 nor the Greater Bay Area; elsewhere it is
# 广州's 南沙区 (南沙港, 南沙自贸片区, 南沙大桥). 浦江 so is 上海's 黄浦江, no place (浦江创新论坛, 浦江两岸, 华灯耀浦江, “创业
# 浦江”: 30 of the 48 bare 浦江 of the CCTV corpus), not 金华's 浦江县 (“浦江经验”, 浙江浦江). (name: (what follows, what the
# story names, what it does not), code or None for no place)
_OTHER_PLACE = {"南沙": (re.compile("海域|岛礁|诸岛|群岛|守备|守礁|海区|永暑|美济|渚碧|赤瓜|华阳礁|东门礁|南薰礁"),
                        re.compile("西沙|中沙|三沙|永暑|美济|渚碧|赤瓜|岛礁|守礁|南海"),
                        re.compile("广州|广东|粤港澳|湾区|前海|横琴|深中|虎门|珠江|港澳"), "460322"),
                "浦江": (re.compile("创新论坛|两岸|岸边|之?畔|夜话|夜游"), re.compile("上海|浦东|黄浦|外滩|沪"),
                        re.compile("浙江|金华|浦江县|浦江经验"), None)}


# A line named by its places (lexicons/line_names.csv: 京沪, 沪昆, 昌景黄) is one right before one of these words, or in
# a list of lines ending so (沪宁、沪杭高铁; 京九、昌福铁路和杭昌、昌赣、沪昆高铁); once named so, the bare name is the line
# anywhere in the text (宁杭这一段). Elsewhere 大西 (大西洋), 成贵 (变成贵…) are words.
_LINE_WORD = re.compile("高铁|高速|铁路|城际|客专|客运专线|动车|线|段|通道")
_LINE_LIST_SEPARATOR = re.compile("[、和与及]")
# 在京召开, 来京述职, 抵渝: right after a verb of being or going somewhere, a municipality's one-character abbreviation
# standing as its own word is the city (在京 is written 2,774 times in the CCTV corpus, 在京东 or 到京西 are not it).
# Not 港 (回港避风: a port) nor 澳 (访澳: Australia too).
_ABBREV_ALONE = re.compile("(?<=[在来赴抵进返离回晋驻访到])[京沪津渝]")


# 港澳台 names a category (港澳台同胞, 外商及港澳台商投资企业), not Hong Kong and Macao: no abbrev mentions in it.
_CATEGORY_RUN = re.compile("港澳台|台港澳")
# 苏区 (鄂豫皖苏区, 湘赣苏区, 中央苏区) is a soviet area of the 1930s: its 苏 ends no abbreviation run.
_SOVIET_AREA = re.compile("苏区(?!域)")  # not 沪浙苏区域 (苏 + 区域, 'region')
# A macro direction word right after a foreign place is that place's part (朝鲜西部战线, 美国东部), not China's; so is a
# bare direction word after a foreign place in the same sentence (乌克兰政府军在东部城市顿涅茨克, 美国南部和东部多州), up
# to a semicolon (中欧、中亚班列累计开行2.8万列；西部陆海新通道班列… is China's).
FOREIGN_PART_KINDS = frozenset({"macro"})
# A division's name right after a place abroad is a place inside it (韩国江陵, 仁川富平, 首尔龙山, 印度尼西亚巴东, 越南龙江):
# not the Chinese county of that name.
FOREIGN_INSIDE_KINDS = frozenset({"name", "short"})
# So is 全国 right after a place abroad: that country's whole (日本全国新增病例, 伊拉克全国12个省, 美国全国广播公司), not China.
WHOLE_COUNTRY_WORDS = frozenset({"全国"})
# ... and in the clause of a place abroad named last (意大利已经进入全国封闭状态, 阿根廷国家气象局对全国10个省份), unless it
# names China's national bodies (全国人大, 全国政协); not past a comma (美国企业扩大投资，高于全国引资增速 is China's).
_CHINESE_NATIONAL_BODY = re.compile("人大|政协|人民代表大会|政治协商")
_CLAUSE_END = re.compile("[，。；：！？\n,;:!?]")
_DIRECTION_MACRO = re.compile("[东西南北中]部(?:地区)?|东北(?:地区)?")
# A country's one-character abbreviation right before a direction names that country's part (乌东部 162 times in the
# CCTV corpus, 叙东部 27, 叙东北部 19, 叙中部 17, 俄西部军区, 美东部时间), not China's macro-region; 以 / 日 / 朝 are left
# out (以西部地区为重点, 6日东部, 朝东北方向).
_FOREIGN_ABBREVIATION_BEFORE = re.compile("[乌叙俄美]")
_CLAUSE_BREAK = re.compile("[。！？!?\n；;]")
_SENTENCE_END = re.compile("[。！？!?\n]")
# Right after a Chinese place, a direction names that place's part (江苏中部, 四川西部, 黑龙江东北部), not the
# macro-region (中部地区): the place before it is the mention.
PART_OF_PLACE_WORDS = frozenset({"东部", "西部", "中部", "东北"})
# So is one right after an area that is no division or after a province's one-character abbreviation (西北地区东部, 四川盆地
# 中部, 钓鱼岛的中部 aside, 黄尾屿中部, 江南西部, 黄淮东部, 华北西部, 渝东北地区, 闽东北): a part of that area, not the macro-region.
_AREA_BEFORE = re.compile("(?:地区|盆地|平原|高原|岛|屿|江南|江淮|黄淮|江汉|西南|西北|华南|华北|华东|华中|[渝闽湘鄂川黔滇桂粤苏浙皖赣鲁豫晋冀陕])$")
# A county known by its short name (兴隆 for 兴隆县) before one of these names a lake, port, bay, island, road or bridge
# (成都的兴隆湖, 万州新田港, 青岛浮山湾, 阳江海陵岛, 上海的昆山路): it is the county only when the text names the county's province or
# prefecture elsewhere (江苏洪泽湖, 合肥巢湖路). So before a settlement's word: a village, a community, a farm named like a
# county far away (吴忠的永昌社区, 北大荒的鹤山农场, 乌鲁木齐的南山牧场, 天心圩), not its villagers (安吉村民) or countryside.
# So before a town's, a river's, a mountain's or an ancient site's word: 北川县的永安镇, 四川永宁河, 祁连山, 饶河小南山遗址,
# 后城咀石城遗址 (towns, rivers and sites are named like counties far away; a county's own river or mountain is written
# with the county's province or prefecture: 长沙浏阳河, 宁夏贺兰山).
_FEATURE_AFTER = re.compile("湖|港(?!澳)|湾(?!区)|岛(?!礁)|路|街|大道|桥|乡(?![村亲镇下土愁贤])|村(?![民庄级干委落镇])|社区|小区|[农牧林]场|圩"
                            "|镇(?![长党政委])|河(?![北南])|江(?![北南西苏浙])|山(?!区)|遗址"
                            "|校区"  # 西安交通大学兴庆校区, 河南农业大学龙子湖校区: a campus named after a road or a lake
                            "|广场"  # 兰州的临河广场 (by the Yellow River), not 巴彦淖尔's 临河区: squares are named like streets
                            "|古镇")  # 四川眉山的柳江古镇, not 柳州's 柳江区: an old town, like 镇
# (岛礁 is no island's name: 南沙岛礁 are the islands and reefs of 南沙, see _OTHER_PLACE)
# A division named after its river (怒江, 沅江, 黑河, 嫩江, 五河) before one of these is the river: 怒江源头, 沅江流域,
# 五河之水, 嫩江干流 (黑河 the river is no mention of 黑河市: docs/gold_guidelines.md).
_RIVER_AFTER = re.compile("流域|源头|[上中下]游|干流|支流|沿岸|两岸|[江河]畔|[江河]段|水系|之水|入海口|水位|全线(?!通车)|[江河]面|河道|开江|封河|开河|凌汛")
# So is one listed with rivers (江西昌江、四川永宁河、重庆綦江等16条河流; 乌苏里江、松花江、嫩江、牡丹江等水域): a list
# (items joined by 、 in one clause) holding a river named like no place (永宁河, 松花江: no mention ends there) or
# closed by a word for rivers.
_CLAUSE_EDGE = re.compile("[，。；：！？\n（）()“”,;:!?]")
_RIVERS_CLOSING = re.compile("等[^，。；]{0,6}?(?:河流|水域|江河|河湖|水系|流域|江段|河段)")
# 西起中山，东至深圳: a direction and 至/起 right before a place say where a route runs, though 东至 is also a county of
# 安徽 (安徽东至, 东至县 stay mentions).
_ROUTE_WORD = re.compile("[东西南北][至起到抵]")
# A list of places closed by a count of divisions says which kind they are: 长春、吉林两市 (吉林市, not the province),
# 朝阳、顺义两区, 辽宁、吉林两省. 省市 / 省区 lists mix provinces and municipalities: the province reading.
_LIST_COUNT = re.compile(r"(?:[两二三四五六七八九十]|\d{1,2})个?(?:(?P<province>省)|(?P<prefecture>地?市)|(?P<county>区|县))")
_LIST_ITEM_SEPARATOR = "、和与及"


def _list_count_level(matches: list[_Match], i: int, text: str) -> str | None:
    """The level a count word closing the list that matches[i] is in names (see _LIST_COUNT), else None. A list
    of one is none: 吉林两市 alone may be two cities of 吉林."""
    def joined(j: int) -> bool:  # matches[j] and matches[j + 1] are neighbours in a list
        return j + 1 < len(matches) and matches[j + 1].start == matches[j].end + 1 and text[matches[j].end] in _LIST_ITEM_SEPARATOR
    for j in range(i, min(len(matches), i + 12)):
        if (count := _LIST_COUNT.match(text, matches[j].end)) is not None:
            return count.lastgroup if j > i or (i and joined(i - 1)) else None
        if not joined(j):
            return None
    return None


@dataclass(frozen=True)
class RegionMention:
    region_code: str | None  # None for a place outside China
    mention: str
    char_start: int
    char_end: int
    kind: str  # 'name' | 'short' | 'abbrev' | 'line' | 'macro' | 'deictic' | 'national' | 'foreign'
    is_ambiguous: bool = False
    in_organisation: bool = False
    named_after: bool = False  # the place heads a name that is no organisation's (南京长江大桥, 酒泉卫星发射中心)



@functools.cache
def _abbrev_table() -> tuple[re.Pattern, dict[str, tuple[str, ...]], dict[str, tuple[str, str]]]:
    """Regex for runs of abbreviation characters, fixed word -> codes, char -> (code, group)."""
    rows = list(lexicon_frame("province_abbrev.csv").iter_rows(named=True))
    fixed = {r["abbrev"]: tuple(r["region_codes"].split("|")) for r in rows if len(r["abbrev"]) > 1}
    singles = {r["abbrev"]: (r["region_codes"], r["group"]) for r in rows if len(r["abbrev"]) == 1}
    return re.compile(f"[{''.join(sorted({ch for r in rows for ch in r['abbrev']}))}]{{2,}}"), fixed, singles


@functools.cache
def _line_table() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """Regex of the line names of lexicons/line_names.csv (longest first), name -> one code per character ('-': none)."""
    lines = {r["name"]: tuple(r["region_codes"].split("|")) for r in lexicon_frame("line_names.csv").iter_rows(named=True)}
    return re.compile("|".join(sorted(lines, key=len, reverse=True))), lines


def _line_matches(text: str, taken: list[_Match], starts: set[int] | None) -> tuple[list[_Match], list[_Match]]:
    """One 'line' match per place of each line name the text uses for a line (see _LINE_WORD), outside other
    mentions and starting a word, and the other mentions they replace: a line name that is also a county's short name
    (贵南高铁: 贵阳-南宁, not 青海's 贵南县) is the line where the text uses it so."""
    pattern, lines = _line_table()
    # a line name right before a line word counts where jieba glued its first place to the word before (标志|着昌景|黄高铁)
    hits = [h for h in pattern.finditer(text) if starts is None or h.start() in starts or _LINE_WORD.match(text, h.end())]
    named, is_line = set(), [False] * len(hits)
    for i in range(len(hits) - 1, -1, -1):  # right to left: a list of lines ends in the line word
        end, after = hits[i].end(), hits[i + 1] if i + 1 < len(hits) else None
        if _LINE_WORD.match(text, end) or (after is not None and is_line[i + 1] and after.start() == end + 1
                                           and _LINE_LIST_SEPARATOR.match(text, end)):
            is_line[i] = True
            named.add(hits[i].group())
    out, replaced = [], []
    for h in hits:
        if h.group() not in named:
            continue
        overlapping = [m for m in taken if m.start < h.end() and h.start() < m.end]
        if any((m.start, m.end) != h.span() for m in overlapping):
            continue  # inside or across another mention
        replaced.extend(overlapping)
        out.extend(_Match(h.start() + k, h.start() + k + 1, ((code, "line"),))
                   for k, code in enumerate(lines[h.group()]) if code != "-")
    return out, replaced


def _alone_abbrev_matches(text: str, taken: list[_Match], starts: set[int] | None, ends: set[int] | None,
                          gz: Gazetteer) -> list[_Match]:
    """'abbrev' matches of a municipality's abbreviation standing alone after a verb of place (_ABBREV_ALONE: 在京):
    a word of its own, or the end of one the verb starts (在京举行, 驻京办 are jieba words)."""
    singles = _abbrev_table()[2]
    out = []
    for h in _ABBREV_ALONE.finditer(text):
        if any(m.start < h.end() and h.start() < m.end for m in taken):
            continue  # 在京津冀, 在京沪高铁
        if starts is None or ends is None:
            inside_word = _crossing(text, h.start(), h.end(), gz.crossing["county"])[1]
        else:
            inside_word = h.end() not in ends and (h.start() in starts or h.start() - 1 not in starts)
        if inside_word:
            continue  # 在京东, 到京西宾馆
        out.append(_Match(h.start(), h.end(), ((singles[h.group()][0], "abbrev"),)))
    return out


def _abbrev_codes(run: str) -> tuple[str, ...] | None:
    """Codes for a run such as 沪浙皖 / 江浙沪: a fixed word, or >= 2 distinct characters of ONE group; else None."""
    _, fixed, singles = _abbrev_table()
    if run in fixed:
        return fixed[run]
    entries = [singles.get(ch) for ch in run]
    if None in entries or len(set(run)) < len(run) or len({group for _, group in entries}) != 1:
        return None  # 京沪 / 沪港 mix groups; 江 only counts inside 江浙(沪)
    return tuple(code for code, _ in entries)


@dataclass
class _Match:
    start: int
    end: int
    candidates: tuple[tuple[str, str], ...]  # ((code, kind), ...), higher levels first
    org: bool = False
    named_after: bool = False  # heads a name (南京长江大桥): marked as an organisation's place, weighs nothing for the article


def _org_follows(text: str, pos: int, limit: int) -> bool:
    """True if an ORG_SUFFIXES word follows `pos` within its gap, before punctuation, a GOV_WORDS word or `limit`."""
    window = _ORG_BREAK.split(text[pos:min(pos + ORG_WINDOW, limit)], maxsplit=1)[0]
    for hit in _ORG_RE.finditer(window):
        if hit.lastgroup == "gov":
            return False
        if hit.start() <= ORG_SUFFIXES[hit.group()]:
            return True
    return False


def _crossing(text: str, start: int, end: int, words: frozenset[str]) -> tuple[bool, bool]:
    """(some word crosses the start, some word crosses the end) of text[start:end]."""
    def pieces(firsts: range, edge: int) -> list[str]:  # substrings starting in `firsts` and ending past `edge`
        return [text[a:b] for a in firsts for b in range(edge + 1, min(len(text), a + CROSS_MAX) + 1)]
    before, after = pieces(range(max(0, start - CROSS_MAX + 1), start), start), pieces(range(start, end), end)
    return not words.isdisjoint(before), not words.isdisjoint(after)


def _compound_ok(text: str, start: int, end: int, starts: set[int], gz: Gazetteer) -> bool:
    """Token mode: a match ending inside a token still counts when the token goes on with a _COMPOUND_TAIL or
    another place (福建厦门), or when jieba merely split a long alias differently (大湾|区国创, 泉州|市委常委)."""
    if any(text.startswith(word, p) and p + len(word) > end for p in range(start + 1, end) for word in GOV_WORDS if len(word) > 1):
        return False  # 和政|协常委会: a body's name (政协, 人大, 海关) begins inside the match, which only grazes it
    rest = text[end:end + CROSS_MAX]
    if _COMPOUND_TAIL.match(rest) or any(rest[:k] in gz.aliases for k in range(2, CROSS_MAX + 1)):
        return True
    return end - start >= 3 and any(p in starts for p in range(start + 1, end))


def _alias_matches(text: str, gz: Gazetteer, starts: set[int] | None, ends: set[int] | None,
                   blocks: list[tuple[int, int]] | None = None) -> list[_Match]:
    """Leftmost-longest non-overlapping alias matches that respect word boundaries and block words (whose spans are
    appended to `blocks` when given)."""
    found, block_cover, place_ends = [], {}, set()
    persons = set()  # surname + given name read as a person's (书记张永宁): the person wherever the text repeats it
    titled = set()  # a name after a title with its next character (农民吴江洪: 吴江洪): the person wherever repeated
    storms = [hit.span(1) for hit in _STORM_NAME.finditer(text)] if "“" in text else []
    for start, end, alias, candidates in gz.find(text):
        if not candidates:  # block word: which positions it covers, and how long it is
            if blocks is not None:
                blocks.append((start, end))
            # a direction block (西南部, 东北部) guards what starts inside it (南部县), not the place it follows (广西南部)
            for p in range(start + bool(_DIRECTION_BLOCK.fullmatch(text, start, end)), end):
                block_cover[p] = max(block_cover.get(p, 0), end - start)
            continue
        if starts is not None or ends is not None:
            cut_start, cut_end = starts is not None and start not in starts, ends is not None and end not in ends
        elif words := gz.crossing.get(_crossing_level(gz.info[candidates[0][0]].level)):  # no tokens
            cut_start, cut_end = _crossing(text, start, end, words)
        else:
            cut_start = cut_end = False
        # 浙江 in 浙江大学; not a two-character match a word starts inside (从|江苏…公司: 从江 is no head of a name)
        split = starts is not None and end - start == 2 and start + 1 in starts
        org = cut_end and not split and candidates[0][1] != "deictic" and _org_follows(text, end, len(text))
        cut_start = cut_start and start not in place_ends  # 广西南宁 as one token: 南宁 right after 广西 counts
        if cut_end and text.startswith("州", end) and all(kind == "foreign" for _, kind in candidates):
            cut_end = False  # 巴伐利亚|州, 苏梅|州: a state or an oblast abroad, not 梅州 nor 巴州
        if cut_end and not org and candidates[0][1] == "national" and _NATIONAL_TEAM_AFTER.match(text, end):
            cut_end = False  # 中国队, 中国体育代表团: the nation's team (_NATIONAL_TEAM_AFTER)
        named_after = False
        if cut_end and not org and starts is not None and not _compound_ok(text, start, end, starts, gz):
            rest = _name_rest(text, start, end, candidates, starts, ends, gz)
            if rest is not None and _PLACE_PART.fullmatch(rest):
                cut_end = False  # 四川盆地, 山南地区, 武汉三镇: a part of the place, the place itself
            elif rest is not None:
                org = named_after = True  # 南京长江大桥: a place inside a name
        if cut_start or (cut_end and not org and (starts is None or not _compound_ok(text, start, end, starts, gz))):
            continue  # inside a longer word: 朝阳 in 朝阳产业, 新平 in 创新平台
        if _NAMED_THING_AFTER.match(text, end) or ((word := _WORD_READING_AFTER.get(alias)) and word.match(text, end)):
            continue
        if ((_VESSEL_AFTER.match(text, end) or (start and text[start - 1] == "“" and _QUOTED_VESSEL_AFTER.match(text, end)))
                and any(kind in ("name", "short") for _, kind in candidates)
                and all(kind in ("name", "short", "foreign") for _, kind in candidates)):
            continue  # 辽宁舰, 北海舰队, “绵阳”号: a ship or a fleet named after the place
        if (word := _WORD_READING_BEFORE.get(alias)) and word.search(text, max(0, start - 4), start):
            continue  # 人民安康, 黄金白银: the word, not the city
        if (other := _OTHER_PLACE.get(alias)) and (other[0].match(text, end) or (other[1].search(text) and not other[2].search(text))):
            if other[3] not in gz.info:
                continue  # 浦江创新论坛: the 黄浦江, no place
            candidates = ((other[3], "short"),)  # 南沙海域, 演兵西沙、南沙: the Spratly Islands, not 广州's 南沙区
        if (alias[0] in _SLOGAN_NUMERALS and _NUMBERED_ITEM_AFTER.match(text, end)
                and _NUMBERED_ITEM_BEFORE.search(text, max(0, start - 4), start)):
            continue  # 一屏、三环、五河、九楔: a numbered list, not 蚌埠's 五河县
        if (start and alias[0] in _UNIT_FIRST and _NUMERAL.match(text, start - 1)
                and all(gz.info[code].level in ("prefecture", "county") for code, _ in candidates)):
            continue  # 未来6周至8周 (weeks), 连续3天长时间: a number's unit, not 周至县 or 天长市
        if storms and any(a <= start and end <= b for a, b in storms):
            continue  # 台风“博罗依”: a storm's name, not 博罗县
        if (_DIVISION_ABROAD_AFTER.match(text, end)
                and all(kind == "short" and gz.info[code].level == "county" for code, kind in candidates)):
            candidates = ((FOREIGN, "foreign"),)  # 越南广南省, 平安北道铁山郡: a province or a county abroad, not 广南县
        if (text[end:end + 1].isdigit() and _FIELD_CODE_AFTER.match(text, end)
                and all(gz.info[code].level in ("prefecture", "county") for code, _ in candidates)):
            continue  # 荔湾3-1气田: an oil or gas field, not 广州's 荔湾区
        if (start and _CJK.match(text[start - 1]) and all(kind == "short" for _, kind in candidates)
                and _TOWN_AFTER.match(text, end)):
            continue  # the tail of a township's name: 乌苏 in 察汗乌苏镇 (都兰县), not 乌苏市
        if (start and text[start - 1] in _SURNAMES and start not in place_ends and end - start == 2
                and (starts is None or start - 1 in starts)  # 上周|北京, 其余|江苏: the character ends a word
                and all(kind == "short" and (gz.info[code].level == "county" or text[start - 1] not in _MEASURE_SURNAMES)
                        for code, kind in candidates)):
            persons.add(text[start - 1:end])
            continue  # a person's given name: 东明 in 孙东明, 海南 in 外卖小哥钟海南, not 东明县 or 海南省
        if (start and _PERSON_TITLE_BEFORE.search(text, max(0, start - 3), start)
                and all(kind == "short" and gz.info[code].level in ("prefecture", "county") for code, kind in candidates)):
            if _CJK.match(text, end):
                titled.add(text[start:end + 1])  # 尼玛石 of 书记尼玛石曲: a later 尼玛石曲带着 is that person too
            continue  # a person's name: 吴江 in 农民吴江洪, 常德 in 老支书常德胜
        if ((_TRANSLITERATION_AFTER.match(text, end) or _TIBETAN_NAME_AFTER.match(text, end)
             or (start >= 2 and _TIBETAN_NAME_AFTER.fullmatch(text, start - 2, start)))
                and all(kind == "short" and gz.info[code].level == "county" for code, kind in candidates)):
            continue  # inside a foreign name: 金塔 in 萨金塔耶夫; a Tibetan one: 尼玛 in 牧民尼玛次仁, 德庆 in 白玛德庆
        found.append(_Match(start, end, candidates, org, named_after))
        place_ends.add(end)
        for code, _ in candidates:
            nested = gz.nested.get(code)
            for size in (2, 3) if nested else ():
                tail = text[end:end + size]
                # 湖北罗田; not 山西大同 or 河北承德, where the name is also the prefecture's own alias (大同市, not 大同县)
                if (county := nested.get(tail)) and tail not in gz.aliases and (ends is None or end + size in ends):
                    found.append(_Match(end, end + size, ((county, "short"),), False))
    if persons:  # 市委书记张永宁 … 有人劝张永宁: jieba glued the surname to the verb before it (劝张), the same person
        found = [m for m in found if not (m.start and text[m.start - 1:m.end] in persons)]
    if titled:  # 党支部书记尼玛石曲 … 尼玛石曲带着村民: no title the second time
        found = [m for m in found if text[m.start:m.end + 1] not in titled]
    # A match loses to an overlapping block word at least as long (朝阳产业; 县域 in 城市和县域).
    found = [m for m in found if max(block_cover.get(p, 0) for p in range(m.start, m.end)) < m.end - m.start]
    found.sort(key=lambda m: (m.start, m.start - m.end))
    chosen, last_end = [], 0
    for m in found:
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen


# A province's or a prefecture's name starting a longer jieba word is that place inside a name, as in an organisation's
# (南京长江大桥, 酒泉卫星发射中心, 南京军区, 香港基本法), and is marked in_organisation like one: where something named
# after it is, not what the text is about; a word going on by one character only is often a thing (哈密瓜, 上海滩).
# Such a word going on with a part of the place (四川盆地, 山南地区, 舟山群岛, 武汉三镇) is the place itself.
NAME_HEAD_LEVELS = frozenset({"province", "prefecture"})
NAME_HEAD_MIN_REST = 2
NAME_WORD_MAX = 16  # longest jieba word looked for (酒泉卫星发射中心 is 8)
_PLACE_PART = re.compile("地区|盆地|草原|半岛|群岛|河谷|山区|垦区|平原|三镇|郊区|城区|境内|全境")
# The nation's team or delegation as one jieba word (中国队, 中国女排, 中国体育代表团) is the nation acting: 中国队共获得148枚
# 金牌 at the games abroad is China's count, not a word that merely contains 中国 (中国梦, 中国共产党, 中国特色: no mention).
_NATIONAL_TEAM_AFTER = re.compile("(?:体育)?代表团|[男女][排篮足乒]|(?:[男女]子)?(?:乒乓球|羽毛球|跳水|游泳|田径|体操|足球|篮球|排球)?队(?!伍)")


def _name_rest(text: str, start: int, end: int, candidates, starts: set[int], ends: set[int] | None,
               gz: Gazetteer) -> str | None:
    """The rest of the jieba word the match starts, when it goes on for at least NAME_HEAD_MIN_REST characters, no word
    starts inside the match and every candidate is a province or a prefecture (see NAME_HEAD_LEVELS); else None."""
    if ends is None or any(p in starts for p in range(start + 1, end + 1)):
        return None
    word_end = next((e for e in range(end + 1, end + NAME_WORD_MAX + 1) if e in ends), None)  # not a scan of all ends
    if (word_end is None or word_end - end < NAME_HEAD_MIN_REST
            or not all(kind in ("name", "short") and gz.info[code].level in NAME_HEAD_LEVELS for code, kind in candidates)):
        return None
    return text[end:word_end]


def _crossing_level(level: str) -> str:
    """Which crossing-word set checks a name without tokens: foreign names yield to very common words only."""
    return "prefecture" if level == "foreign" else level


def _abbrev_matches(text: str, taken: list[_Match], blocks: list[tuple[int, int]] = ()) -> list[_Match]:
    """One 'abbrev' match per character of runs such as 沪浙皖 that overlap no other mention, no 港澳台 and no block
    word (万鄂湘, a person)."""
    taken_starts = [m.start for m in taken]
    categories = [hit.span() for hit in _CATEGORY_RUN.finditer(text)] + list(blocks)
    out = []
    for hit in _abbrev_table()[0].finditer(text):
        s, e = hit.span()
        if any(a < e and s < b for a, b in categories):
            continue
        i = bisect.bisect_left(taken_starts, e) - 1
        codes = _abbrev_codes(hit.group())
        if _SOVIET_AREA.match(text, e - 1):  # 鄂豫皖苏区 (皖 stays), 湘鄂赣苏区: a soviet area, no 江苏
            codes = codes[:-1] if codes else _abbrev_codes(hit.group()[:-1]) if e - s > 2 else None
        if codes is not None and not (i >= 0 and taken[i].end > s):  # not part of 江苏浙江 / 京津冀
            out.extend(_Match(s + k, s + k + 1, ((c, "abbrev"),)) for k, c in enumerate(codes))
    return out


def _pick(match: _Match, gz: Gazetteer, explicit: set[str], home: str | None, before: str | None = None) -> tuple[str, bool]:
    """(code, is_ambiguous) for an ambiguous alias: the place written right before it (`before`: 海南昌江 is 海南's
    昌江, not 景德镇's 昌江区; 吉林朝阳 长春's 朝阳区, not 辽宁's 朝阳市), same-text context, then home_region, then the
    unique highest level, else the first candidate flagged.  Context is the candidate itself or its nearest ancestor
    mentioned unambiguously; when candidates differ in level only self or direct parent count (吉林省 ... 西安 is not
    西安区)."""
    codes = [c for c, _ in match.candidates]
    # 长沙 is 长沙市 though the text names 长沙县: a county named like the prefecture holding it is written with 县
    codes = [c for c in codes if gz.info[c].level != "county" or gz.prefecture_of(c) not in codes]
    same_level = len({gz.info[c].level for c in codes}) == 1
    any_depth = len(_RANK)
    for anchors, max_depth in (({before}, any_depth), (explicit, any_depth if same_level else 1), ({home}, any_depth)):
        depth = {c: next((d for d, a in enumerate((c, *gz.ancestors(c))) if a in anchors and d <= max_depth), None)
                 for c in codes}
        if found := [d for d in depth.values() if d is not None]:
            codes = [c for c in codes if depth[c] == min(found)]
            if len(codes) == 1:
                return codes[0], False
    return codes[0], sum(gz.info[c].level == gz.info[codes[0]].level for c in codes) > 1


# Olympic Games are named by their host city (平昌冬奥会, 北京冬奥会): a name that is both a Chinese division's and a place
# abroad's right before one is the host abroad, as no Chinese county of such a name has hosted the Games (平昌冬奥会 is
# the Korean county's, not 四川's 平昌县, though the text names no other place abroad; so 平昌奥林匹克体育场).
_GAMES_AFTER = re.compile("冬奥|奥运|残奥|冬残奥|奥林匹克")


def _foreign_or_chinese(match: _Match, gz: Gazetteer, explicit: set[str], home: str | None,
                        foreign_context: bool, text: str = "") -> tuple[tuple[str, ...], bool]:
    """The candidates an alias that is both Chinese and foreign (北海: 北海市 or the North Sea) keeps: the foreign
    reading before the Games (_GAMES_AFTER); the Chinese ones when the text anchors one (names it or an ancestor
    unambiguously: 北海市, 广西) or the publisher is in its province; else the foreign reading when the text names
    another foreign place or names this one before the Games elsewhere; else the Chinese ones.
    Returns (codes kept, whether the choice is a guess: Chinese without an anchor)."""
    if _GAMES_AFTER.match(text, match.end):
        return (FOREIGN,), False
    chinese = tuple(c for c, _ in match.candidates if c != FOREIGN)
    home_province = gz.info[home].province_code if home in gz.info else None
    for code in chinese:
        if explicit.intersection((code, *gz.ancestors(code))) or (home_province and gz.info[code].province_code == home_province):
            return chinese, False
    games = foreign_context or any(_GAMES_AFTER.match(text, hit.end()) for hit in re.finditer(re.escape(text[match.start:match.end]), text))
    return ((FOREIGN,), False) if games else (chinese, True)  # 北京从平昌手中接过奥林匹克会旗: the host named so elsewhere


def _deictic_code(word: str, gz: Gazetteer, home: str | None, last: dict[str, str | None], home_first: bool = True) -> str | None:
    """我省 / 全市 ... -> the province / prefecture of home_region (any level), else the last one mentioned (the other
    way round when not `home_first`); 该区 / 该县 / 当地 -> the nearest place named before (a county, else any place,
    organisations' included)."""
    if home not in gz.info or word in ANAPHORIC_WORDS:
        home = None
    level = DEICTIC_WORDS[word]
    if level == "province":
        home_province = home and gz.info[home].province_code
        return (home_province or last["province"]) if home_first else (last["province"] or home_province)
    if level == "prefecture":
        home_prefecture = home and gz.prefecture_of(home)
        return (home_prefecture or last["prefecture"]) if home_first else (last["prefecture"] or home_prefecture)
    if level == "county":
        return (home if home and gz.info[home].level == "county" else None) or last["county"] or last["any"]
    return last["any"]


def find_region_mentions(text: str, gazetteer: Gazetteer, *, token_starts: set[int] | None = None,
                         token_ends: set[int] | None = None, home_region: str | None = None,
                         home_first: bool = True) -> list[RegionMention]:
    """All region mentions in `text`, in order, non-overlapping; text[m.char_start:m.char_end] == m.mention.

    jieba token boundaries, when given, reject matches inside longer words except organisation heads
    (浙江大学: in_organisation); without them county names are checked against jieba's dictionary.
    我省 / 全市 resolve to `home_region`'s province / city first, or (not `home_first`) to the last one named first.
    Caveat: abbreviation runs (沪浙皖) ignore token boundaries.
    """
    gz = gazetteer
    blocks: list[tuple[int, int]] = []
    matches = _alias_matches(text, gz, token_starts, token_ends, blocks)
    lines, replaced = _line_matches(text, matches, token_starts)
    matches = sorted([m for m in matches if m not in replaced] + lines, key=lambda m: m.start)
    matches = sorted(matches + _alone_abbrev_matches(text, matches, token_starts, token_ends, gz), key=lambda m: m.start)
    matches = sorted(matches + _abbrev_matches(text, matches, blocks), key=lambda m: m.start)
    for i in range(len(matches) - 1, -1, -1):  # right to left: 浙江 heads an organisation if 开化 right after does
        m, nxt = matches[i], matches[i + 1] if i + 1 < len(matches) else None
        if m.candidates[0][1] != "deictic":
            chained = nxt is not None and nxt.start == m.end and nxt.org
            m.org = m.org or chained or _org_follows(text, m.end, nxt.start if nxt else len(text))
    explicit = {m.candidates[0][0] for m in matches if len(m.candidates) == 1 and m.candidates[0][1] != "deictic"}
    # A line's letters say what area the text is about (哈伊高铁铁力: the nest word 铁力 is 伊春's), but they do not choose
    # between two places of one name: 牡 of 牡佳高铁 makes no 西安 牡丹江's 西安区 (a bulletin's next item is 西安地铁).
    named = {m.candidates[0][0] for m in matches if len(m.candidates) == 1 and m.candidates[0][1] not in ("deictic", "line")}
    # a nest word anchored once (福建大田…大田的茶园) is the county wherever the text repeats it bare
    # (not one kept only for a place abroad right before it: 韩国大田 makes no later 大田 the county)
    anchored = {text[m.start:m.end] for i, m in enumerate(matches)
                if text[m.start:m.end] in gz.nest and _nest_anchored(m, matches[i - 1] if i else None, gz, explicit, text, abroad=False)}
    # a county's short name read once as a feature's (重庆巴南区花溪街道) is that feature wherever the text repeats it bare
    # (the street's “花溪好人”): the text still names neither the county's province nor its prefecture
    # (a province's name counts as named though it is also a district's: 河北北戴河村, 河北 or 天津's 河北区)
    provinces = explicit | {code for m in matches for code, kind in m.candidates
                            if kind in ("name", "short") and code in gz.info and gz.info[code].level == "province"}
    # (not after a river: a river is often named after the place it flows past, 霍尔果斯河 by 霍尔果斯市)
    featured = {text[m.start:m.end] for m in matches
                if _names_a_feature_elsewhere(m, text, gz, provinces) and not _RIVER_NAME_END.match(text, m.end)}
    matches = [m for i, m in enumerate(matches) if not _names_a_feature_elsewhere(m, text, gz, provinces, featured)
               and not (text[m.start:m.end] in gz.nest and text[m.start:m.end] not in anchored
                        and not _nest_anchored(m, matches[i - 1] if i else None, gz, explicit, text))
               and not (_ROUTE_WORD.fullmatch(text, m.start, m.end) and i + 1 < len(matches) and matches[i + 1].start == m.end)
               and not (text[m.end - 1] in "江河" and _RIVER_AFTER.match(text, m.end)
                        and all(kind in ("name", "short") for _, kind in m.candidates))
               and not (text[m.end - 1] in "江河" and _listed_with_rivers(m, text, matches, gz))]
    foreign_context = FOREIGN in explicit
    out, last = [], dict.fromkeys(("province", "prefecture", "county", "any"))
    for i, m in enumerate(matches):
        guess = False
        if len({gz.info[code].level for code, _ in m.candidates}) > 1 and (level := _list_count_level(matches, i, text)):
            m.candidates = tuple(ck for ck in m.candidates if gz.info[ck[0]].level == level) or m.candidates  # 吉林两市
        if len(m.candidates) > 1 and any(c == FOREIGN for c, _ in m.candidates):
            keep, guess = _foreign_or_chinese(m, gz, explicit, home_region, foreign_context, text)
            m.candidates = tuple(ck for ck in m.candidates if ck[0] in keep)
        if (m.candidates[0][1] in FOREIGN_PART_KINDS and m.start and _DIRECTION_MACRO.fullmatch(text, m.start, m.end)
                and _FOREIGN_ABBREVIATION_BEFORE.match(text, m.start - 1)
                and not (out and out[-1].char_end == m.start)):
            m.candidates = ((FOREIGN, "foreign"),)  # 乌东部, 叙中部
        elif out and out[-1].kind == "foreign" and m.candidates[0][1] in FOREIGN_PART_KINDS and (
                out[-1].char_end == m.start or (_DIRECTION_MACRO.fullmatch(text, m.start, m.end)
                                                and not _CLAUSE_BREAK.search(text, out[-1].char_end, m.start))):
            m.candidates = ((FOREIGN, "foreign"),)  # 朝鲜西部战线; 乌克兰政府军…在东部城市
        elif (out and out[-1].kind == "foreign" and out[-1].char_end == m.start
              and (all(kind in FOREIGN_INSIDE_KINDS for _, kind in m.candidates) or text[m.start:m.end] in WHOLE_COUNTRY_WORDS)):
            m.candidates = ((FOREIGN, "foreign"),)  # 韩国江陵; 日本全国新增病例, 美国全国广播公司: that country's whole
        elif (out and out[-1].kind == "foreign" and text[m.start:m.end] in WHOLE_COUNTRY_WORDS
              and not _CLAUSE_END.search(text, out[-1].char_end, m.start) and not _CHINESE_NATIONAL_BODY.match(text, m.end)):
            m.candidates = ((FOREIGN, "foreign"),)  # 孟加拉国政府已宣布27号为全国哀悼日
        elif (out and out[-1].kind in ("name", "short") and out[-1].char_end == m.start
              and text[m.start:m.end] in PART_OF_PLACE_WORDS):
            continue  # 江苏中部: a part of 江苏, which is already the mention
        elif out and out[-1].char_end == m.start and _inside_the_place_before(
                m, out[-1], text, gz, listed=len(out) > 1 and out[-2].char_end == out[-1].char_start):
            continue  # 四川永宁河, 普宁南山英歌队: a thing inside the place before, named like a place elsewhere
        elif (m.candidates[0][1] == "macro" and _DIRECTION_MACRO.fullmatch(text, m.start, m.end)
              and _AREA_BEFORE.search(text, max(0, m.start - 2), m.start)):
            continue  # 西北地区东部, 四川盆地中部, 渝东北地区: a part of the area before
        kind, ambiguous = m.candidates[0][1], False
        if kind == "deictic":
            abroad = next((x for x in reversed(out) if x.kind in ("name", "short", "foreign")), None)
            if (text[m.start:m.end] in ANAPHORIC_WORDS and abroad is not None and abroad.kind == "foreign"
                    and (text[m.start:m.end].startswith("该") or not _SENTENCE_END.search(text, abroad.char_end, m.start))):
                continue  # 赴阿根廷等国家配合当地警方: 当地 is the place abroad just named, no Chinese region; 该市 / 该省 /
                # 该县 point back to the place named last wherever it is (摩苏尔是伊拉克第二大城市。…收复该市东部城区)
            code = _deictic_code(text[m.start:m.end], gz, home_region, last, home_first)
            if code is None:
                continue
        elif text[m.start:m.end] in NATIONWIDE_LIST_ENDS and _NATIONWIDE_LIST_BEFORE.search(text, max(0, m.start - 12), m.start):
            code, kind = COUNTRY, "national"
        elif len(m.candidates) == 1:
            code = m.candidates[0][0]
        elif (province := _own_province(m, gz, out[-1].region_code if out and out[-1].char_end == m.start else None)):
            code, kind = province, dict(m.candidates)[province]
        else:
            code, ambiguous = _pick(m, gz, named, home_region, out[-1].region_code if out and out[-1].char_end == m.start else None)
            kind = dict(m.candidates)[code]
        code = None if code == FOREIGN else code
        out.append(RegionMention(code, text[m.start:m.end], m.start, m.end, kind, ambiguous or guess, m.org, m.named_after))
        # what 我省 / 本市 / 该区 can refer back to; not lists (沪苏浙皖) nor a place a name is named after (北京饭店)
        if kind in ("name", "short") and not m.named_after:
            last["any"] = code
            if not m.org and not _SOURCE_BEFORE.search(text, max(0, m.start - 24), m.start):
                level = gz.info[code].level
                if level == "province" and code not in _MUNICIPALITIES:
                    last["province"] = code
                if level == "prefecture" or code in _MUNICIPALITIES or (level == "county" and gz.info[code].name.endswith("市")):
                    last["prefecture"] = code  # a county-level city too: 江苏省句容市…对全市农机进行检修 is 句容's
                if level == "county":
                    last["county"] = code
    if out and _abroad_only(out, text):
        out = [_abroad(m) if _a_direction_abroad(m, out, text) or _whole_country_abroad(m, out, text) else m for m in out]
    return out


# A place after 从 / 自 / 向 / 赴, or in a list right after one (河南从江苏、湖北等地引进收割机…目前全省秋粮收获: 河南's, not
# 湖北's), is where something comes from or goes to, not the clause's topic that 全省 / 全市 / 我省 later stand for:
# they keep pointing at the place before. Not 来自 (来自湖南、省内高校的宣讲团: its people) nor 自治区.
_SOURCE_BEFORE = re.compile("(?:从|(?<!来)自(?!治)|向|赴)(?:[^，。；：！？、\n]{1,8}、)*$")


# Province-level cities and regions a prefecture of another province follows only in a list (上海苏州, 香港深圳).
_CITY_PROVINCES = _MUNICIPALITIES | {"810000", "820000", "710000"}


def _inside_the_place_before(m: _Match, before: RegionMention, text: str, gz: Gazetteer, listed: bool = False) -> bool:
    """A county's or a prefecture's name right after a Chinese division holding none of its readings names something
    inside that division, not the place of that name elsewhere:
    - after a county, a short name (普宁南山英歌队, 江津区中山古镇, 天山区固原巷, 虹口区嘉兴路, 和平区朝阳里社区): nothing but
      towns, villages and streets lie inside a county (岷县漳县, two full names, and 嵊州新昌, two neighbours, are lists);
    - a county after a place of another province (四川永宁河, 上海瑞金医院, 汕头岭东, 宝坻武宁公路, 山东南山集团,
      湖北宜兴高铁; 深圳市龙华区, a district newer than the table, is no 海口's 龙华区);
    - within one province, a county before a feature word (_FEATURE_AFTER: 合肥市郎溪路, not 宣城's 郎溪县): 苏州昆山 is a
      place inside the one before it, and a county moved to another prefecture since the table's snapshot (济南钢城区,
      长春公主岭市) keeps its mention.
    - a prefecture right after a province holding none of its readings (内蒙古大兴安岭: the forest, not 黑龙江's 大兴安岭地区;
      广东九江: a town of 佛山; 西藏怒江河谷; 内蒙古马鞍山林场), unless that province is a municipality or an SAR (上海苏州,
      香港深圳: a list) or itself follows a place (北京海南广州: a list).
    Any other prefecture after a province or a prefecture is left alone: a list without a comma (宁波舟山港, 成都重庆间)."""
    held = before.region_code
    if before.kind not in ("name", "short") or held not in gz.info:
        return False
    levels = {gz.info[code].level for code, _ in m.candidates}
    if not levels <= {"county", "prefecture"} or any(kind not in ("name", "short") for _, kind in m.candidates):
        return False
    if any(held == code or held in gz.ancestors(code) or code in gz.ancestors(held) for code, _ in m.candidates):
        return False  # 江苏昆山, 北京朝阳; 沈河区沈阳中街 names the city holding the district again
    if gz.info[held].level == "county":  # not a neighbour in the same prefecture: 前往嵊州新昌, a list of two
        return all(kind == "short" and gz.prefecture_of(code) != gz.prefecture_of(held) for code, kind in m.candidates)
    if "prefecture" in levels:
        return gz.info[held].level == "province" and held not in _CITY_PROVINCES and not listed
    if levels != {"county"}:
        return False
    province = gz.info[held].province_code
    if all(gz.info[code].province_code != province for code, _ in m.candidates):
        return True
    return (gz.info[held].level != "province" and all(kind == "short" for _, kind in m.candidates)
            and bool(_FEATURE_AFTER.match(text, m.end)))


# An article naming places abroad and no Chinese place (no division, zone, line or named macro-region) is about them: a
# bare direction there (摩苏尔西部城区, 阿勒颇东部, 在中部努赛赖特, 警方在东部开姆尼茨市, 韩朝启动东部跨境公路) is a part of a
# country abroad, whose place names the lexicons cannot all hold; not China's macro-region. Unless its sentence or the one
# before names China (中国西部文化, 我国南部及中部; 高于全国引资增速。从地区看，东部、中部、西部引资全面增长), or it names a
# Chinese programme (西部陆海新通道, 西部大开发, 东北振兴).
_CHINESE_PLACE_KINDS = frozenset({"name", "short", "abbrev", "line", "zone"})
_CHINESE_PROGRAMME_AFTER = re.compile("陆海新通道|大开发|振兴|崛起|计划")
# China named as where people come, stay or invest (美国企业来华投资, 在华外企, 访华, 驻华使馆): the story is set in China
_IN_CHINA = re.compile("[来访在赴驻对]华")


def _abroad_only(out: list[RegionMention], text: str) -> bool:
    """The mentions name a place abroad and no Chinese place but bare directions (see _CHINESE_PLACE_KINDS), and the
    text does not set itself in China (_IN_CHINA)."""
    return any(m.kind == "foreign" for m in out) and not any(
        m.region_code is not None and (m.kind in _CHINESE_PLACE_KINDS or (m.kind == "macro" and not _DIRECTION_MACRO.fullmatch(m.mention)))
        for m in out) and not _IN_CHINA.search(text)


def _a_direction_abroad(m: RegionMention, out: list[RegionMention], text: str) -> bool:
    """A bare direction (东部, 西部地区, 东北) of an article naming places abroad only, with no national word before it in
    its sentence or the one before and no Chinese programme after it."""
    if m.kind != "macro" or not _DIRECTION_MACRO.fullmatch(m.mention) or _CHINESE_PROGRAMME_AFTER.match(text, m.char_end):
        return False
    sentence_start = max(text.rfind(end, 0, m.char_start) for end in "。！？!?\n")
    previous_end = len(text[:max(sentence_start, 0)].rstrip("。！？!?\n "))  # 高于全国引资增速。\n从地区看，东部
    previous_start = max(text.rfind(end, 0, previous_end) for end in "。！？!?\n") + 1
    return not any(x.kind == "national" and previous_start <= x.char_start < m.char_start for x in out)


# In such an article 全国 is the whole of the country abroad its paragraph names before it (以色列已关闭其领空，并宣布全国进入
# 紧急状态; 泰国选举委员会宣布，当天全国9万多个投票站; 在加拿大，今年全国患流感的人数), though a comma or a sentence stands
# between, when the article names China by no other national word (中国, 我国: 中国全国人大愿同…, 在墨西哥，中国疫苗…在全国
# 范围内 stay China's). Not a place in a book title (《…日内瓦总部时的演讲》单行本…在全国新华书店发行), nor one of another
# paragraph (a bulletin's items: 1月全国实际使用外资 under an item on a place abroad), nor one naming firms or capital from
# abroad (美国企业扩大投资，高于全国引资增速: investing in China), nor before China's national bodies (全国人大, 全国政协:
# _CHINESE_NATIONAL_BODY).
_FOREIGN_ACTOR_AFTER = re.compile("企业|公司|商|资本|投资|外资|品牌")
def _whole_country_abroad(m: RegionMention, out: list[RegionMention], text: str) -> bool:
    """全国 (WHOLE_COUNTRY_WORDS) as a national mention after a place abroad in its paragraph, outside a book title, in an
    article naming China by no other national word."""
    if m.kind != "national" or m.mention not in WHOLE_COUNTRY_WORDS or _CHINESE_NATIONAL_BODY.match(text, m.char_end):
        return False
    if any(x.kind == "national" and x.mention not in WHOLE_COUNTRY_WORDS for x in out):
        return False
    paragraph = text.rfind("\n", 0, m.char_start)
    return any(x.kind == "foreign" and paragraph < x.char_start and x.char_end <= m.char_start
               and text.rfind("《", 0, x.char_start) <= text.rfind("》", 0, x.char_start)
               and not _FOREIGN_ACTOR_AFTER.match(text, x.char_end) for x in out)


def _abroad(m: RegionMention) -> RegionMention:
    return RegionMention(None, m.mention, m.char_start, m.char_end, "foreign", m.is_ambiguous, m.in_organisation, m.named_after)


def _own_province(match: _Match, gz: Gazetteer, before: str | None) -> str | None:
    """The province when an ambiguous alias is its short name (河北: the province or 天津's 河北区; 海南: or 青海's 海南州;
    吉林: or 吉林市), unless the place right before it (`before`) holds another candidate (天津河北, 青海海南): a place
    named elsewhere in the text (北京、天津、河南、河北等地) does not make 河北 a district of 天津."""
    codes = [c for c, _ in match.candidates]
    province = next((c for c in codes if gz.info[c].level == "province"), None)
    if province is None or (before and any(before in gz.ancestors(c) for c in codes if c != province)):
        return None
    return province


# Right after a nest word, its own official suffix or 县 make it the division's name (满城县, a 县 until 2015, is 满城区 in
# the table); another suffix is another place (台湾新北市 is no 新北区).
_NEST_SUFFIX = re.compile("[县市区旗]")


def _nest_anchored(m: _Match, before: _Match | None, gz: Gazetteer, explicit: set[str], text: str = "", abroad: bool = True) -> bool:
    """A 'nest' word (gz.nest: 大田, 同安, 滨江) is the county right after its province or prefecture (福建大田), in a
    text that names its prefecture (厦门…福厦高速公路同安收费站), or before an administrative suffix (满城县); right
    after a place abroad it is kept for the foreign reading (越南龙江)."""
    codes = [code for code, _ in m.candidates]
    if (suffix := _NEST_SUFFIX.match(text, m.end)) and (suffix.group() == "县" or any(gz.info[c].name.endswith(suffix.group()) for c in codes)):
        return True
    if before is not None and before.end == m.start and any(c in gz.ancestors(code) for c, _ in before.candidates for code in codes):
        return True
    if abroad and before is not None and before.end == m.start and all(c == FOREIGN for c, _ in before.candidates):
        return True  # 越南龙江: a place inside the one abroad before it (made foreign below, see FOREIGN_INSIDE_KINDS)
    return any(gz.prefecture_of(code) in explicit for code in codes)


def _listed_with_rivers(m: _Match, text: str, matches: list[_Match], gz: Gazetteer) -> bool:
    """A prefecture's or a county's name ending in 江 / 河 in a list of rivers (see _RIVERS_CLOSING): the river."""
    if not all(kind in ("name", "short") and gz.info[code].level in ("prefecture", "county") for code, kind in m.candidates):
        return False
    start = max((e.end() for e in _CLAUSE_EDGE.finditer(text, max(0, m.start - 60), m.start)), default=max(0, m.start - 60))
    edge = _CLAUSE_EDGE.search(text, m.end, m.end + 60)
    end = edge.start() if edge else min(len(text), m.end + 60)
    if "、" not in text[start:end] or not (m.end == end or text[m.end] in "、等" or _RIVER_AFTER.match(text, m.end)):
        return False  # not an item of its own: 黔江 of 彭水阿伊河、黔江濯水 (a scenic spot in 黔江区)
    if _RIVERS_CLOSING.search(text, m.end, end):
        return True
    place_ends = {x.end for x in matches}
    item_ends = [p for p in range(start, end) if text[p] == "、"] + [end]
    return any(p != m.end and p - 1 >= start and text[p - 1] in "江河" and p not in place_ends for p in item_ends)


_RIVER_NAME_END = re.compile("[河江]")


def _names_a_feature_elsewhere(m: _Match, text: str, gz: Gazetteer, explicit: set[str], featured: set[str] = frozenset()) -> bool:
    """A county's short name starting a feature's name (兴隆湖, 新田港), or one such name repeated bare (`featured`), in
    a text that names neither the county's province nor its prefecture otherwise (see _FEATURE_AFTER)."""
    if any(kind != "short" or gz.info[code].level != "county" for code, kind in m.candidates):
        return False
    if not _FEATURE_AFTER.match(text, m.end) and text[m.start:m.end] not in featured:
        return False
    if text[m.end - 1] in _ADMIN_CHARS or text[m.end - 1] == "旗":
        return False  # 北川县河水暴涨: the county (北川县, 围场县 are short forms too), not a river named after it
    return not any(explicit.intersection(gz.ancestors(code)) for code, _ in m.candidates)


def _resolve_place(place: str, gz: Gazetteer) -> str | None:
    """Dateline place -> code: the exact alias's highest-level candidate ('唐山'), else the most specific
    region mentioned in it ('湖北武汉')."""
    if codes := [c for c in gz.candidates(place) if c != FOREIGN]:
        return codes[0]
    mentions = [m for m in find_region_mentions(place, gz) if m.region_code is not None]
    return max(mentions, key=lambda m: _RANK[gz.info[m.region_code].level]).region_code if mentions else None
