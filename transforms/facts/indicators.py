"""The indicator class of a fact: decided from the counted noun (the subject's head), its unit and the verb
around it; `other` when unsure (the classes are the data dictionary transforms/lexicons/indicators.csv).
"""

from __future__ import annotations

import re

from transforms.facts.subjects import _HEAD_TAIL, _before_predicate
from transforms.facts.tables import _alt, _indicator_keywords, _unit_kinds, counted_in, indicator_classes, measured_in
from transforms.lexicons import (
    jieba_verbs,
)

# When the subject names no class, the verb right before the number can: 进口150头肉牛 is trade, 投资50亿元 investment.
VERB_CLASSES = {"进口": "trade", "出口": "trade", "进出口": "trade", "投资": "investment", "融资": "investment", "出资": "investment",
                "募集": "investment", "募资": "investment", "拨付": "investment", "投入": "investment", "引资": "investment",
                # funds allotted by a government (中央财政下拨168亿元, 武汉市预拨7.02亿元, 安排0.58亿元支持…)
                "下拨": "investment", "预拨": "investment", "下达": "investment", "追加": "investment", "安排": "investment",
                # capital put into a firm or a venture (国有资本合计增资300亿元, 向银行注资300亿美元, 这家企业斥资1.5亿美元)
                "增资": "investment", "注资": "investment", "斥资": "investment"}
_CLASS_VERB = re.compile(rf"(?P<verb>{_alt(VERB_CLASSES)})(?:了|总额|金额|额)?(?:人民币|资金)?(?:达到|达|超过|超|近|约|共|累计)?$")
# A price paid for a company or a stake is told after the number: 以71亿美元收购, 以10亿欧元的价格收购.
_DEAL_AFTER = re.compile(r"(?:的价格|的对价)?(?:收购|并购|入股|认购|控股)")
# A sum put into something says so right after it: 5年5000亿元投入机器换人, 近30亿元资金投入防控, 40亿欧元投入新能源汽车
# (not 投入使用 or 投入运营, which are what a thing built does).
_INVESTED_AFTER = re.compile(r"(?:的)?(?:资金)?(?:投入|投向)(?!使用|运营|运行|生产)")


# A throughput a port or an airport is designed, planned or built to meet is its capacity (设计年旅客吞吐量150万人次, 可满足年旅客
# 吞吐量3500万人次, 按年旅客吞吐量175万人次…规划, 规划远期年客流吞吐量1亿人次), like 吞吐能力, and so is the next throughput listed
# with it (可满足年旅客吞吐量1.2亿人次、货邮吞吐量380万吨); what it handled (港口货物吞吐量, 旅客吞吐量…、货邮吞吐量…) is not.
_DESIGNED_THROUGHPUT = re.compile(r"(?:设计|规划|满足|按照|按)(?:远期|近期)?(?:的)?(?:每年|年)?[\u4e00-\u9fff]{0,4}?吞吐量"
                                  r"(?:[\d.]+[万亿]*(?:人次|吨|标箱)[、，,](?:年)?[\u4e00-\u9fff]{0,4}?吞吐量)?(?:为|达到|达)?$")


def verb_class(left: str, unit: str, kind: str = "level", right: str = "") -> str:
    """The class the verb ending `left` (up to 24 characters before the number) gives a number of this unit (or, for money, 以
    before and a deal verb in `right`, the text after the number, or 投入 right after it), else 'other'."""
    if _unit_kinds().get(unit) == "money" and (left.endswith("以") and _DEAL_AFTER.match(right) or _INVESTED_AFTER.match(right)):
        return "investment"
    if "吞吐量" in left and _DESIGNED_THROUGHPUT.search(left) and kind == "level" and _unit_fits("infrastructure", unit):
        return "infrastructure"
    left = left[-8:]
    m = _CLASS_VERB.search(left)
    if not m:
        return "other"
    indicator = VERB_CLASSES[m["verb"]]
    if any(rule.search(left) for rule in NOT_THE_CLASS.get(indicator, {}).values()):
        return "other"  # 月人均实际增资300元: a rise of pay per head, not capital
    fits = _unit_fits(indicator, unit) or (kind == "change" and unit in ("%", "百分点"))
    return indicator if fits else "other"


PEOPLE_UNITS = frozenset({"人", "名", "人次", "位"})
# Heads that name a carrier of any kind (a platform, a park, a pilot or demonstration zone): an innovation platform only
# when a word before them says science, technology or innovation (工业互联网平台, 国家自主创新示范区, 科技园区); a media
# platform, a logistics park, a free-trade zone or an agricultural demonstration zone is `other`.
GENERIC_CARRIERS = frozenset({"平台", "园区", "产业园", "示范区", "试验区"})
_INNOVATION_WORDS = re.compile(r"科技|科研|科学|创新|研发|研究|技术|工业互联网|概念验证|中试|孵化|高新|双创|创业|知识产权|成果转化")
# Things a class keyword names that are not that class's things, told by the words before the keyword: class -> named
# patterns, each searched in the subject up to the keyword's end. A match makes the fact `other`.
NOT_THE_CLASS = {
    "output": {
        # what people or households earn (人均年收入, 家庭年收入, 农民现金收入, 农民工月平均收入, 日均收入, 一亩地收入, 每亩收入,
        # 两口子一年收入, 每人每年增加收入, 村民一年可以收入, 贫困劳动力平均务工年收入, 户均获得财产性收入: the time, a modal, 增加 or
        # 获得, or the work it is earned by (务工, 打工) may come between) is their income, not economic output (人均可支配收入 and 纯收入 are `other` keywords too)
        "people's income": re.compile(r"(?:人均|户均|每户|每人|每个人|家庭|个人|居民|村民|农民|农牧民|牧民|渔民|农户|贫困户|脱贫户|群众|"
                                      r"百姓|乡亲们?|全家|一家|家里|两口子|夫妇俩?|夫妻俩?|农民工|劳动力|职工|员工|亩地|每亩|月平均|月均|日均)"
                                      r"(?:的)?人?(?:一年|每年|每月|一个月|全年)?(?:可以|可|能|就|都)?(?:增加|增收|获得)?(?:年|年均|平均|人均|均|月)?"
                                      r"(?:务工|打工)?(?:年|月)?(?:现金|工资|纯|毛|净|储蓄|工资性|经营性|经营净|财产性|财产净|转移性|转移净)?收入$"),
        # … and so is a wage, property or net income whose owner the subject lost (工资性收入近百万元 of villagers, 一年净收入就
        # 达到3万多元 of flower growers): firms earn 营业收入, 销售收入, 利润
        "a household's kind of income": re.compile(r"^(?:一年|每年|年|年均)?(?:工资|工资性|财产性|转移性|经营性|净|务工|打工)收入$"),
        # the size of a financial market (绿色债券市场规模, 股票市场规模) is money raised or traded, not an industry's size (云计算市场规模,
        # 智能家电市场规模: output like 产业规模)
        "a financial market's size": re.compile(r"(?:债券|股票|证券|期货|资本|金融|信贷|保险|基金|外汇|股)市场规模$"),
        # a benefit that is social or ecological, or told per mu or per head (每亩年经济效益10000元, 人均生产效益), is no economic output
        # (经济效益, 企业效益), nor is the verb phrase 发挥效益 (扶贫资金闲置未及时发挥效益: funds that bring none)
        # a tariff added on goods told as money (对额外3000亿美元中国输美商品加征关税) is the value of the goods, and a tax evaded, owed,
        # refunded or relieved (偷逃税款, 欠缴税款, 退还税款) is no tax collected (税款, 关税: taxes of a kind are output)
        "goods a tariff is added on": re.compile(r"加征(?:的)?关税$"),
        "a tax evaded or refunded": re.compile(r"(?:偷逃|逃避|偷|逃|少缴|欠缴|欠|退还|返还|抵扣|缓缴|免征|免缴)(?:的)?税款$"),
        "a social benefit or one per mu": re.compile(r"(?:社会|生态|环境|每亩|亩均|每公顷|人均[\u4e00-\u9fff]{0,2}|发挥)(?:年)?(?:经济)?效益$"),
    },
    "patents": {
        # a standard of pay, of a levy or of relief (城市低保月人均标准617元, 重大水利工程建设基金征收标准…降低25%, 排污费标准提高9倍,
        # 按原标准再降低) is a rate, not a standard document, like 补贴标准 (other keywords); so is a pension's (基础养老金标准)
        "a standard of pay or of a levy": re.compile(r"(?:人均|征收|费|低保|工资|补偿|赔偿|抚恤|救助|资助|奖励|原|养老金|退休金|津贴)标准$"),
        # criteria a contest or a review judges by (三个评分标准, 考核标准, 评价标准) are no standard documents either
        "criteria of judging": re.compile(r"(?:评分|评价|评审|评判|评定|考核|考评|打分)标准$"),
    },
    "platforms": {
        # a laboratory that tests or treats (核酸检测实验室, 病毒检测实验室, 食品检测实验室, 第三方医学实验室, 兴奋剂检测实验室) serves
        # checks, not research: no innovation platform (全国重点实验室, 海河实验室)
        "a testing laboratory": re.compile(r"(?:检测|检验|化验|核酸|独立医学|PCR|兴奋剂)实验室$"),
    },
    "investment": {
        # money granted per head or per unit (年人均补助3000元, 每趟次补贴5元, 每亩建设资金3100多元) is a rate
        "a grant per head or per unit": re.compile(r"人均|户均|每(?:人|户|亩|趟次|趟|吨|个|名|位|家|辆|台|生)"),
        # capacity, people or forces put in (客运运力投入同比上升224.4%, 增加了30%的人力投入, 警力投入) are no money invested
        "capacity or people put in": re.compile(r"(?:运力|人力|警力|兵力|精力)投入"),
    },
    "infrastructure": {
        # a lane of a border checkpoint (22条快速通关查验通道, 客货车通道, 自助通道) or a route of birds (候鸟迁飞通道) is no built
        # corridor (川渝间铁路通道6条, 特高压输电大通道, 深中通道全长24公里)
        "a checkpoint's lane or a flyway": re.compile(r"(?:查验|通关|客货车|旅检|自助|人工|绿色|迁飞|迁徙)通道$"),
        # a station of an army struck or destroyed (乌军当天打击了俄军3个电子战基站, 摧毁乌军…7个电子战基站) is a military target,
        # not a mobile network's base station (5G基站)
        "a military station": re.compile(r"(?:电子战|雷达|干扰|侦察|无线电侦听)基站$"),
    },
    "talent": {
        # officials, members or leaders counted with experts (省直机关领导干部和部分专家学者30人, 9位政协委员和专家学者) are no talent
        "officials with experts": re.compile(r"(?:干部|委员|领袖|官员|代表|领导)(?:和|与|及|以及|、)"),
    },
    "enterprises": {
        # a count of households or residents and firms together (超过25万户家庭和企业处于断电状态) counts mostly households
        "households with firms": re.compile(r"(?:家庭|居民|住户|用户|农户|村民|农民|贫困户|个人|民众|群众)(?:和|与|及|以及|、)"),
    },
    "projects": {
        # 项目 is also an item of a list: the events of a games (17个竞赛项目, 178个表演项目, 8个奥运项目), the items a licence,
        # a fee, a service or an insurance covers (行政许可项目, 检验检测服务项目, 20项康复项目), heritage items (非遗代表性项目,
        # 世界灌溉工程遗产项目)
        "an event or an item": re.compile(r"(?:比赛|竞赛|表演|体育|运动|赛事|奥运|许可|审批|收费|服务|检测|检验|认证|康复|医疗|"
                                          r"诊疗|医保|非遗|遗产|代表性|游乐|娱乐)项目$"),
    },
    "trade": {
        # what travellers and diners book (机票订单, 旅游订单, 门票订单) is consumption, not trade
        "a booking": re.compile(r"(?:机票|车票|船票|门票|旅游|酒店|民宿|住宿|景区|外卖|餐饮|演出|电影|预订|团购)订单$"),
        # the turnover of a home market (网络零售交易额, 期货市场成交额, 数据交易额, 鲜花交易市场交易额) or of a stock exchange's
        # day, told at its close (截至收盘合计成交额, 两市全天成交额) is not foreign trade; a fair's (广交会成交额, 意向成交金额) is
        "a home market's turnover": re.compile(r"(?:零售|电商|电子商务|网络|网上|线上|期货|证券|股票|股市|A股|港股|两市|收盘|数据|市场|"
                                               r"二手车|房地产|土地|排污权|碳排放权|拍卖)(?:的)?(?:全天|当天|当日)?(?:合计|累计)?(?:交易|成交)(?:总)?(?:额|金额)$"),
        # a turnover that names no market or fair (累计成交额为437.77万亿元 after 全国期货市场成交量…, 交易额达53.55亿元 of a
        # flower market): a fair names itself (广交会成交额) or its intended deals (意向成交额), a home market mostly does not
        "a turnover of no named market": re.compile(r"^(?:累计|现场|总)?(?:交易|成交)(?:总)?(?:额|金额)$"),
        # 货值 is mostly the value of goods cleared or carried across a border (中老铁路进出口货物…货值41.9亿元, 班列…货值达
        # 267万美元); not of goods of a crime (走私燕窝101吨，货值…, 违法生产、销售货值金额)
        "goods of a crime": re.compile(r"(?:违法|走私|涉案|涉嫌|查获|查处|查扣|缴获|假冒|侵权|伪劣|非法|犯罪)[\u4e00-\u9fff]{0,8}货值"),
        # a balance of foreign exchange a bank settles or of payments across a border (银行结售汇顺差138亿美元, 银行代客涉外收付款顺差,
        # 资本和金融账户逆差) is money changing currency or crossing a border, not a balance of trade (货物贸易顺差, 服务贸易逆差)
        "a foreign-exchange balance": re.compile(r"(?:结售汇|结汇|售汇|收付款|涉外收支|资本账户|金融账户)[\u4e00-\u9fff]{0,2}(?:顺差|逆差)"),
    },
}
# A power (千瓦, 兆瓦, 吉瓦) of a kind of power plant or of what generates it is the capacity built (400万千瓦调峰煤电,
# 650万千瓦风电, 100万千瓦储能, 超过一亿千瓦清洁能源, 百万千瓦水电机组, 两省供电能力350万千瓦, 梯级电站总投产容量), like 装机容量; not a load drawn
# (用电最高负荷46.4万千瓦), a machine's rating (10兆瓦海上风机) or energy told in 千瓦时. Only with a unit of power: 风电 in
# 元 or 光伏 in 吨 may be money or goods.
POWER_UNITS = frozenset({"瓦", "千瓦", "兆瓦", "吉瓦", "太瓦", "kW", "MW", "GW"})
_POWER_SOURCE = re.compile(r"(?:风电|光伏|煤电|火电|水电|核电|气电|光热|储能|风能|太阳能|清洁能源|新能源|可再生能源|电源|电站|电厂|机组|"
                           r"供电能力)(?:发电)?(?:总)?(?:装机|并网|投产)?(?:项目|基地)?(?:总)?(?:规模|容量|能力)?$")
# A bare 项目 counted in a sentence about a contest is an event of it (龙舟比赛进行了最后两个项目的争夺, 共设有残奥冰球、轮椅冰壶两个项目的
# 赛事, 全部59个项目的比赛), and one in a sentence about a heritage list an item of it (…等十多个项目已被列入联合国教科文组织世界记忆名录),
# like 竞赛项目 and 非遗代表性项目 (NOT_THE_CLASS): other, not projects built or signed.
# Any race or match (马拉松赛, 直道赛, 追逐赛, 大赛) and the words of contending (比拼, 角逐) or of its events (接力, 自由泳) say a contest too;
# not 赛道 (a field of industry: 新赛道), 赛迪 (a research institute) or 赛博 (cyber).
_CONTEST_OR_LIST = re.compile(r"比赛|赛事|竞赛|争夺|决赛|夺冠|冠军|金牌|奖牌|参赛|运动会|奥运|冬奥|残奥|亚运|锦标赛|世锦赛|联赛|赛场|"
                              r"赛(?!道|迪|博)|马拉松|比拼|角逐|运动员|接力|自由泳|"
                              r"名录|非遗|世界遗产|世界记忆")


def contest_or_list_item(subject: str | None, around: str) -> bool:
    """`subject` is a bare 项目 counted among the words `around` it that name a contest or a heritage list."""
    return subject in ("项目", "小项", "大项") and _CONTEST_OR_LIST.search(around) is not None


# A bare income told after its amount, with 有 before the amount (每个月都有3000多元收入, 每个人都有四五千元的收入, 一年能有五六万元
# 的收入, 张纪清每月有500多元的收入), is what someone has: mostly a person's or a household's income, other like 人均收入; a firm or a
# place makes it (实现营业收入, 带来400万的收入).
_INCOME_HAD = re.compile(r"有(?:近|约|超过|了)?$")


def income_had(subject: str | None, left: str) -> bool:
    """`subject` is a bare income whose amount `left` (the text before the number) says someone has."""
    return subject in ("收入", "年收入", "月收入") and _INCOME_HAD.search(left) is not None


# … and so is a bare income the words before its amount in the sentence give to people, and to no firm, industry, budget or place
# (学生每个月可以获得500到800元不等的收入, 为棉农们多带来近6亿元的收入, 给当地村民带来200多万元的收入, 顾大娘家…年收入达到8万多元,
# 现在自己能够带队伍出去干活，去年收入十多万元); 云计算、大数据服务共实现收入4107亿元, 这家企业…一年下来相当于会增加近40万的收入 and
# 一般公共预算收入和支出…，收入和支出同比分别增长6.2% stay output.
_INCOME_EARNERS = re.compile(r"人均|户均|每户|每人|家庭|个人|居民|村民|农民|[棉果茶菜花瓜蔗烟药]农|农牧民|牧民|渔民|农户|贫困户|脱贫户|群众|百姓|"
                             r"乡亲|全家|一家|家里|两口子|夫妇|夫妻|农民工|职工|员工|工人|学生|老人|大娘|大爷|大姐|大哥|自己|他们|她们|他|她")
_INCOME_MAKERS = re.compile(r"企业|公司|集团|产业|行业|服务|平台|全市|全省|全县|全区|全国|财政|预算|景区|园区|旅游|项目|工厂|合作社|银行")
INCOME_WINDOW = 30  # characters before the amount, within its sentence, that may name who earns it


def income_of_people(subject: str | None, left: str) -> bool:
    """`subject` is a bare income whose earners the words `left` of its amount (up to INCOME_WINDOW characters of its
    sentence) name as people, and name no firm, industry, budget or place."""
    if subject not in ("收入", "年收入", "月收入"):
        return False
    left = left[-INCOME_WINDOW:]
    left = left[max(left.rfind("。"), left.rfind("；")) + 1:]
    return _INCOME_EARNERS.search(left) is not None and _INCOME_MAKERS.search(left) is None


# A sector named alone after 其中 (高技术产业实际使用外资增长33.6%，其中高技术制造业增长31.1%，高技术服务业增长34.4%; 各项贷款同比多增
# 1.4万亿元，其中制造业同比多增1733亿元; 保险资金为实体经济融资超过21万亿元，其中投向…绿色产业超过1万亿元) is a part of the whole
# measured before it in the sentence: it takes the whole's class, not output (制造业 as an industry's size) or other. Not a sector
# that names its own measure (其中装备制造业利润增长12.4%), and not words ending in 业 that are no sector (企业, 就业, 专业 …).
_SECTOR_ONLY = re.compile(r"[\u4e00-\u9fff、]{0,12}业")
NOT_SECTORS = ("企业", "就业", "专业", "职业", "事业", "作业", "毕业", "失业", "创业", "物业", "营业", "开业", "停业", "复业", "学业")
_AMONG_THEM_BEFORE = re.compile(r"其中[^；;]*$")  # in the part's own clause group: a ； starts another statement


def sector_part_class(subject: str | None, before: str, unit: str, kind: str, wholes: list[tuple[str, str]]) -> str | None:
    """The class of the whole a bare sector after 其中 is part of: `before` is the sentence before the number, `wholes` the
    (class, unit) of the facts before it in the sentence; None when the subject is no bare sector, no 其中 comes before it, or
    no fact before it has a class whose unit the part shares (or the part is a change)."""
    if not (subject and _SECTOR_ONLY.fullmatch(subject) and not subject.endswith(NOT_SECTORS) and _AMONG_THEM_BEFORE.search(before)):
        return None
    whole = next(((cls, u) for cls, u in reversed(wholes) if cls not in ("other", "rank")), None)
    if whole is None or not (kind == "change" or _unit_kinds().get(unit) == _unit_kinds().get(whole[1])):
        return None
    return whole[0]


# A rate or a change that names nothing (the grammar found no subject) after a classed fact of its sentence is mostly told of the
# same thing: compared with it (国内生产总值年均增长7.2%，高于同期世界|2.6%), expected of it (美国实际国内生产总值…增长6.5%，低于市场普遍
# 预期的|8.5%) or its change (铁路投资企稳，完成4612亿元，同比增长|1.7%): it takes that fact's class. Only in per cent, points or times,
# or money after money (下拨4.18亿元中央救灾资金，其中2.5亿元用于…，|1.68亿元用于…; 资金总量达2.8万亿元，目前已下达|2.6万亿元).
RATE_UNITS = frozenset({"%", "百分点", "倍"})
# A subject that is only a measure noun of a rate (实际使用外资129.4亿美元，同比增长7.3%，占全国|份额|12.6%; 民间投资增长8.7%，…
# 各个月的|增长速度|都在8%以上; 将欧元区明年经济增速下调至1.4%，今年的|增速预期|为1.6%) or only an adverb of time or manner
# (深圳实际使用外资近49亿美元，|逆势|增长12.8%; 第三产业增加值占GDP的比重由45.5%|逐年|提高到50.5%) names no thing either: it is the
# rate of what came before, as a subject-less one.
_MEASURE_ONLY = re.compile(r"(?:所占|占|的)?(?:比重|占比|比例|份额|增速|增幅|增长速度|增长率|增速预期|增长预期|年均增速|年均增长率)"
                           r"|(?:[却也仍则还均都亦])?(?:逆势|逆市|逐年|逐月|连续|持续)")


def unnamed_rate_class(subject: str | None, unit: str, before: list[tuple[str, str]], between: str = "") -> str | None:
    """The class of the last fact `before` this one in its sentence (their (class, unit) pairs, in order), for a rate or a
    change in RATE_UNITS, or an amount of money after money, that names no subject (or only a measure noun or an adverb,
    _MEASURE_ONLY); None otherwise or when that fact has no class. Not after 分别 in the text `between` the two (利用外资总额、
    外贸进出口总额同比增长超过30%，占全国比重分别上升至|27.4%: one rate for each thing listed, the first not the last)."""
    if subject is not None and not _MEASURE_ONLY.fullmatch(subject) or not before or before[-1][0] in ("other", "rank"):
        return None
    if "分别" in between:
        return None
    money = _unit_kinds().get(unit) == "money" == _unit_kinds().get(before[-1][1])
    return before[-1][0] if unit in RATE_UNITS or money else None


def same_thing_rate_class(subject: str | None, unit: str, kind: str, before: tuple[str, str | None] | None) -> str | None:
    """The class (first of the pair `before`) of the fact right before this one, whose subject (second) is this one's, for a
    change or a multiple that the grammar gave that same subject: it tells how that thing changed or compares (头部跨国采购
    企业参会数量达308家，较上届增长|12.4%: enterprises, as the firms counted; 进出口值为188.3亿元…，是1999年的|3.9倍: trade, though
    a multiple is no unit of trade); None otherwise, or for a share (其中40%留在西部工作: a share of people is no count of talent)."""
    if subject is None or before is None or before[1] != subject or before[0] in ("other", "rank"):
        return None
    return before[0] if kind == "change" and unit in RATE_UNITS or kind == "level" and unit == "倍" else None


UNITS_THAT_NAME_THE_THING = frozenset({"部门", "城", "市", "县"})
# What may follow the head keyword of a subject for it to still be the class's: the measure nouns of _HEAD_TAIL (told as the
# actual or the summed amount too: 海外并购实际金额, 投资累计总额), the length
# of a line or its section (铁路正线全长, 公路主线总长, 公路通车里程, 铁路营业里程, 高铁总里程, 地铁1号线总长, 隧道右线长,
# 大桥长, 大桥主桥长, 大桥设计总长, 高铁在建里程, 铁路复线全长, 高铁香港段全长, 铁路全程, 轨道交通全网运行长度, a bridge's span:
# 悬索桥跨度, 大桥主跨) or its network
# (全国铁路网, 国家公路网总规模, 国家高铁网络), the lines counted (两条地铁线, 高铁线路, 地铁新线), a valid stock (发明专利有效量)
# and a target for the amount (投资目标任务), the amount signed of it (投资签约额, 合作项目总签约额, 产业项目签约金额: money of
# projects is invested, AMOUNTS_OF_PROJECTS), its total over places or kinds (地区生产总值总和, 新产品产值总和) or at current prices
# (生产总值现价总量); what is put into a treasury or a register (税收净入库15388亿元, 补税入库113.5亿元,
# 科技型中小企业入库), its growth told yearly or compounded (贷款余额年均复合增长率, 利润复合增长率, 数据产业规模年均复合增长率);
# for trade, the goods traded (出口商品, 进出口货物).
_CLASS_TAIL = re.compile(rf"(?:实际|累计|合计)?(?:{_HEAD_TAIL.pattern})(?:(?:主线|正线|线路|全线|左线|右线|复线|双线|支线|干线|主桥|通车|运营|营业|在建|设计|全网|运行|总|"
                         r"[\d一二三四五六七八九十]+号线|[\u4e00-\u9fff]{1,6}?段)*(?:全长|总长|长度|里程|全程|跨度|主跨|跨径|长)"
                         r"|新?线路?|网络?(?:总)?(?:规模|里程|长度)?|有效量|目标任务|目标|任务|净?入库|总?签约总?(?:金额|额|资金|规模)|现价总量|总和"
                         r"|(?:年均|年平均|平均)(?:复合)?(?:增长率|增速|增幅)|复合增长率)?")
# The goods traded may be named (出口钢材4358万吨, 进口食品总金额, 进出口水果35.9万吨, 经中老铁路进出口货运量), with a measure
# of them after; not an index, a tax, a cost, a rate or a port's throughput about trade (中小企业出口指数, 出口退税, 进口完税成本,
# 出口税率, 外贸集装箱吞吐量), its partners (进口国) or firms, nor a phrase the subject ran into (增速比上个月, 规模历史同期).
# Patents are counted by their applications and grants (发明专利申请, 专利总申请量, 专利授权数).
_PATENT_TAIL = re.compile(r"总?(?:申请|授权)(?:量|数|总量)?")
# Money given as support names itself after the funds (信贷支持已超过9535亿元, 获得专项债券支持106.6亿元, 提供融资支持超1.5万亿元,
# 资金支持8140万元, 资金支持额度约21万亿元), and money agreed to be lent or invested after the agreement (签署500亿元人民币的融资
# 框架协议, 贷款协议, 投资协议金额), and money planned to be invested or lent after the plan (中央预算内投资计划1000亿元, 欧洲投资计划,
# 投资计划总额): money granted or lent, whatever verb gave it.
_SUPPORT_TAIL = re.compile(r"(?:的)?(?:支持|(?:框架)?协议|计划)(?:额度|金额|总额|规模)?")
_GOODS_TAIL = re.compile(r"(?:的)?(?:货物|商品|产品|(?:(?!指数|税|成本|国|地区|企业|措施|增速|增幅|价格|政策|管制|许可|限制|禁令|同期|因此|比|还|博览|吞吐|待遇|不足)"
                         r"[\u4e00-\u9fff]){1,6}?)(?:总额|总值|金额|额|值|量|数量|货运量|过货量|交货值)?")
# An amount of projects (not a count) is what is built or invested, whatever kind of project: their money is invested in
# them (超过52亿元的产能合作项目, 总投资超6亿元的金鸡产业项目), their power or length the capacity they build (70万千瓦光热项目,
# 整治工程7.9万公里).
AMOUNTS_OF_PROJECTS = {"money": "investment", **dict.fromkeys(("千瓦", "兆瓦", "吉瓦", "公里", "千米"), "infrastructure")}


# A time or an adverb of manner the grammar leaves between the head and its measure or at the subject's end, before the
# verb of change (规模以上工业增加值两年|平均增长6.6%, 台州市场主体总数逆势|增长12%, 佛山制造业投资却逆势|增长16个百分点,
# 英国国内生产总值今年第|一季度环比增长0.1%, 中国经济今明两年增速…提高到6.8%), names no thing: the head before it is what changed.
_TIME_OR_MANNER_IN_TAIL = re.compile(r"(?:[却也仍则还均都亦])?(?:逆势|逆市|[两三四五]年|(?:今|去|明)年第)$"
                                    r"|^(?:今明两年|今后两年|今年|明年|去年|全年)(?=.)")
_HAS_AFTER = re.compile(r"[共还已都也就]?(?:拥)?有")
# A count of firms in their own measure words (家, 户) whose phrase runs on into what they do, with no other thing named
# after the firms, still counts the firms (天津已有近500家污染企业关停, 10家国内航空公司运营国际货运业务).
# Not firms counted with other things (10余家企业及高校, 企业和机构, 企业和个人): a mixed count.
FIRMS_COUNTED_IN = frozenset({"家", "户"})
_THINGS_JOINED = re.compile(r"和|及|与|、|或|以及|等")
# A subject that is only the verb of resuming work (…工业企业已|复工|3588家, 已复工复产290家: the firms were named before 已) counts
# firms when they are counted in their own measure words, 家 or 户: only firms and their plants resume production.
WHAT_FIRMS_RESUME = frozenset({"复工", "复产", "复工复产", "复工复业", "复产复工"})


def classify(subject: str | None, unit: str, kind: str = "level", *, examples: str = "") -> str:
    """The indicator of what `subject` counts: the class of the keyword ending last in it (the head of a
    head-final noun phrase), if a `kind` level of that class can have this unit; else 'other'. `examples` are the
    things listed before 等 and the number (中国科学院等13家平台): they may say what a generic carrier is.

    Words elsewhere in the sentence never decide: in 设计总装机容量240万千瓦…投资总规模约260亿元 the 240万千瓦
    is about 装机容量, not 投资. A change (增长12%) takes the class of what changed, whatever its unit.
    """
    if not subject:
        return "other"
    if subject in WHAT_FIRMS_RESUME and unit in FIRMS_COUNTED_IN:
        return "enterprises"  # 规模以上工业企业已|复工|5751户: what resumes work in 家 or 户 is a firm
    part = subject.split("占")[0] if "占" in subject[1:] else subject  # 研发经费占营业收入比重: a share of the part before 占
    if unit in POWER_UNITS and _POWER_SOURCE.search(part):
        return "infrastructure"  # 650万千瓦风电: the capacity of the plants built
    pattern, table = _indicator_keywords()
    # the longest keyword starting at each character, overlapping ones too (经营收入 holds 营收 and 收入): the one ending
    # last is the head, the longest of those ending there (技术合同成交额 over 成交额)
    found = [m for i in range(len(part)) if (m := pattern.match(part, i))]
    best = max(found, key=lambda m: (m.end(), len(m.group())), default=None)
    tail = _TIME_OR_MANNER_IN_TAIL.sub("", part[best.end():]) if best else ""
    if best is None or not (_CLASS_TAIL.fullmatch(tail) or table[best.group()] == "trade" and _GOODS_TAIL.fullmatch(tail)
                            or table[best.group()] == "patents" and _PATENT_TAIL.fullmatch(tail)
                            or table[best.group()] == "investment" and _SUPPORT_TAIL.fullmatch(tail)):
        # a subject run into what its thing does (高层次人才聚集|超过1500人, 重大项目开工|152个) is classed by the noun
        # before the predicate, as a subject after a number is cut (_before_predicate), when the cut keeps the keyword whole
        # and the verb does not make one word with it (出口退税 is a tax rebate, not 出口); after 有 comes what is counted
        # (码头有航线52条 counts routes)
        if (best is not None and tail and best.end() <= len(noun := _before_predicate(part)) < len(part)
                and part[best.start():len(noun) + 2] not in jieba_verbs()[1] and not _HAS_AFTER.match(part, len(noun))):
            indicator = classify(noun, unit, kind, examples=examples)
            # a share of what firms do (企业稳定就业岗位达到95%以上) is not a share of firms
            return "other" if unit == "%" and kind != "change" and indicator in COUNTED_HEADS else indicator
        if (best is not None and table[best.group()] == "enterprises" and unit in FIRMS_COUNTED_IN and kind == "level"
                and not pattern.search(tail) and not _HAS_AFTER.match(tail) and not _THINGS_JOINED.match(tail)
                and not any(rule.search(part, 0, best.end()) for rule in NOT_THE_CLASS["enterprises"].values())):
            return "enterprises"  # 近500家污染企业关停, 7户中央企业跟踪审计过程: firms counted in their own measure word
        return "other"  # the head is not a keyword: 上合示范区到发中欧班列 counts trains, not 示范区
    indicator = table[best.group()]
    # (goods or e-commerce across a border are foreign trade whatever market or turnover follows: 跨境电子商务产业园区线上交易额)
    if any(rule.search(part, 0, best.end()) for rule in NOT_THE_CLASS.get(indicator, {}).values()) and not (
            indicator == "trade" and "跨境" in part):
        return "other"
    def is_generic_carrier(m: re.Match[str]) -> bool:
        return m.group() in GENERIC_CARRIERS and not _INNOVATION_WORDS.search(examples + part[:m.start()])

    if is_generic_carrier(best):
        return "other"
    if kind == "change" and _MONEY_TAIL.search(part, best.end()):
        unit, kind = "元", "level"  # 企业资产总额增长2.6倍: a change of the money the firms hold, not of how many firms
    if kind != "change" and not _unit_fits(indicator, unit):
        # 投资项目40亿元: money is not a count of projects, and 60多家企业审批应急贷款 counts firms, not loans: the keyword
        # before the head whose class can have this unit says what is counted or measured
        fitting = [m for m in found if m.end() <= best.start() and _unit_fits(table[m.group()], unit) and not is_generic_carrier(m)]
        if indicator == "projects" and (_unit_kinds().get(unit) in AMOUNTS_OF_PROJECTS or unit in AMOUNTS_OF_PROJECTS):
            indicator = AMOUNTS_OF_PROJECTS.get(_unit_kinds().get(unit)) or AMOUNTS_OF_PROJECTS[unit]
        elif fitting and (indicator in COUNTED_HEADS or _unit_kinds().get(unit) == "count"):
            indicator = table[fitting[-1].group()]
    if unit in PEOPLE_UNITS and indicator not in ("talent", "other") and not best.group().endswith("能力"):
        return "other"  # 20人实验室, 290人企业: people are counted, not platforms or firms (but 客运能力为28.7万人次 measures a line)
    if indicator == "rd_expenditure" and unit == "%" and kind != "change":
        indicator = "rd_intensity"  # a share of R&D spending is R&D intensity
    if indicator == "investment" and unit == "%" and kind != "change" and best.group() in GRANTS_AS_RATES:
        return "other"  # 给予最终销售价格20%的补贴, 政府补贴60%: a rate of what is bought or built, not money granted
    if best.group() in TAXES_AS_RATES and (unit == "%" and kind != "change" or unit == "百分点"):
        return "other"  # 对中国产光伏产品征收平均高达47%的关税: a tax rate
    if best.group() in LOSSES and unit == "%" and kind != "change":
        return "other"  # 全市接近30%的规模以上企业亏损, 境外企业…亏损占24.8%: a share of firms that lose money, not of a loss
    if kind == "change" and unit in ("%", "百分点", "倍"):
        return indicator
    return indicator if _unit_fits(indicator, unit) else "other"


# A subsidy or a grant told as a percentage (给予最终销售价格20%的补贴, 牧民建设棚圈…政府补贴60%, 对东部地区补助50%, 补贴额度从70%调整到90%)
# is a rate of what is bought, built or insured, like a grant per head (NOT_THE_CLASS investment): other; its growth (补贴增长15%) is not.
GRANTS_AS_RATES = frozenset({"补贴", "补助"})
# A tax of a kind told as a percentage (加征25%的关税, 减按15%征收企业所得税) is its rate, not taxes collected, and
# so is its change in points (摩托车关税提高25个百分点); its change in per cent (关税和进口环节税分别增长2.3%和2.6%) is a change of the
# taxes collected.
TAXES_AS_RATES = frozenset({"所得税", "增值税", "消费税", "营业税", "关税", "进口环节税", "税款"})
# A loss told as a share is mostly the share of firms that lose money (接近30%的规模以上企业亏损, 亏损占24.8%), not of an amount lost;
# its change (亏损额同比下降18.1%) is a change of the loss.
LOSSES = frozenset({"亏损", "净亏损"})
# Heads that are counted things (家, 个, 项): a money or quantity amount of them is about what modifies them.
COUNTED_HEADS = frozenset({"projects", "enterprises", "platforms"})
# Measure nouns after the head that make the thing measured an amount of money (资产总额, 贷款余额, 合同金额).
_MONEY_TAIL = re.compile(r"余额|总额|金额|资产|收入|货值|预算|支出|成交额|交易额")


def _unit_fits(indicator: str, unit: str) -> bool:
    """A level of `indicator` can be measured in `unit`: its kind is one of the class's unit kinds in the data dictionary,
    and a count is in a measure word of the class's things (`counted_in`): investment counts deals and funds (并购424起,
    4支专项基金), not the 832个脱贫县 whose loans it is; and a physical quantity is in a unit of the class's `measured_in`."""
    kind = _unit_kinds().get(unit)
    if kind == "count" and indicator in counted_in():
        return unit in counted_in()[indicator]
    if kind == "measure" and indicator in measured_in():
        return unit in measured_in()[indicator]
    return kind in indicator_classes()[indicator]
