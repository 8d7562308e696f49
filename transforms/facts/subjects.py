"""The subject of a fact: the thing a number counts or measures, found before the number (trimmed of verbs,
adverbs and places) or after its unit (the counted noun, not what it did).
"""

from __future__ import annotations

import re

from transforms.facts.model import _clause_start
from transforms.facts.periods import _COMPARISON_BEFORE, PERIOD_RE
from transforms.facts.tables import _alt, _indicator_keywords
from transforms.lexicons import (
    jieba_adjectives,
    jieba_adverbs,
    jieba_idioms,
    jieba_single_nouns,
    jieba_two_char_nouns,
    jieba_verbal_nouns,
    jieba_verbs,
    jieba_verbs_that_head_nouns,
)

# Subject trimming tables. LEAD: verbs/adverbs/generic places stripped from the
# front of a subject found before the number; TRAIL: from its end.
# Single characters that also start nouns carry a guard (共性, 有效, 达标).
# 在 opens a place or time, not the thing (在|专利申请和授权量连续几年居全国第一), unless it starts a word (在建, 在京, 在校).
_LEAD_GUARDED = (r"共(?![性享同建产青])|有(?![效机限色关力])|达(?![标成])|服务(?![业贸消零收外进出])|在(?![建京校线职岗编读册营途])"
                 r"|按(?![期时揭钮摩])|一个(?![中人月])"  # 按年旅客吞吐量, 一个占地: not 按期办结率, 一个中国原则
                 r"|其(?![他它余])"  # 其|增速 (its), but 其他地区征收率, 其余: a determiner of the noun
                 r"|指标(?=[\u4e00-\u9fffA-Za-z]{2})")  # 反映货币供应量的指标|广义货币(M2)余额: the class the name is in
LEAD = ("建成", "开通", "组建起", "组建", "参与", "涉及", "实现", "净增", "完成了",
        "为", "拥有", "现有", "共有", "建设", "新建", "引进", "培育", "协助", "录入",
        "新增", "完成", "确保", "其中", "目前", "当前", "带动", "推动", "吸引", "汇聚",
        "推广", "覆盖", "涵盖", "包括", "包含", "发运", "运送", "孵化", "监管", "输出", "吸纳",
        "成功", "创建", "届时", "这其中", "这一", "和", "与", "以及", "及", "如今", "下调", "上调", "降低", "造成", "导致",
        "我国", "我省", "我市", "全国", "全省", "全市", "全县", "中国", "国内", "该区", "该平台", "当地",
        "了", "还", "又", "均", "占", "发生", "以来", "总计", "合计", "共计", "累计", "但", "而", "让", "使",
        # conjunctions joining the clause to the one before (而且成本|降低了75%, 从而带动当月CPI|同比上涨): no part of the thing
        "而且", "并且", "从而", "进而", "因而", "因此", "所以", "不仅", "且",
        "助力", "拉动", "促进",  # like 带动 and 推动: 助力外资股息再投资|同比增长35%
        # a preposition, a determiner or a time of sequence opening it (按年旅客吞吐量|175万人次, 一个占地|3000亩, 随后在团队持股)
        "按照", "这个", "那个", "这些", "随后", "此后", "后来", "相当于")
TRAIL = ("达到了", "到了", "了", "却", "拥有", "达到", "多达", "高达", "达", "为", "仅", "只", "超过", "超", "突破", "约", "近", "一共", "共", "有", "是", "覆盖", "共计",
         "合计", "总计", "累计", "增至", "已", "将", "可望", "有望", "预计", "可以", "可", "就", "平均", "完成", "保持在", "稳定在", "维持在",
         "控制在", "恢复至", "恢复到", "保持着", "在", "占", "始终", "再次", "连续", "依然", "仍然", "继续", "仍", "也", "均", "分别", "建设", "由", "从",
         "跃上", "迈上", "登上", "站上", "跨上", "站稳", "迈过", "跨越", "连跨", "首次", "曾经", "曾",
         "基本", "初步", "可能", "依次", "保持", "年均", "位于", "处于")  # 基本|建成360万套, 总遇难人数可能|超过300人: adverbs and modals of the verb; 依次 (企业数依次|为) like 分别;
# 保持 (保持了|, as 保持在 and 保持着) and 年均 (城镇新增就业年均|1270多万人: 年均 whole, not 就业年 left by 均)
# Adverbs/verbs after which the subject starts, wherever they stand ('浙江将力争|全省研发投入强度').
CUT_AFTER = ("已经", "已", "将", "力争", "现有", "累计", "是", "预计", "计划", "有望", "目标", "实现", "提出", "把",
             "下达", "拨付", "安排", "新增", "新建", "建成", "引进", "培育", "组建", "设立", "完成")
# Words that end a subject found after the unit ('41个工业大类|全覆盖').
STOP_AFTER = ("参与", "实现", "成立", "通过", "将", "是", "为", "已", "被", "正", "获", "获评",
              "获批", "入驻", "申领", "使用", "开展", "完成", "提供", "形成", "落户", "全覆盖",
              "覆盖", "之一", "等", "进行", "联合", "共同", "同步", "参加", "发布", "签约", "上线",
              "入选", "落地", "推进", "加快", "承担", "提出", "全面", "均", "都", "也",
              "还", "同时", "陆续", "相继", "分别", "首次", "顺利", "成功", "打造", "发运", "集聚",
              "建设", "取得", "以及", "线上", "拟", "同比", "在", "投向", "销往", "受益", "获得", "有望",
              "可望", "预计", "发行", "开工", "不久前", "刚刚", "目前", "线下", "今天", "昨天", "近日", "日前",
              "现已", "此前", "此后", "随后", "之后", "之外", "之前", "之间", "当天", "当日", "享受", "全部", "保持", "带来", "公布", "揭晓", "亮相", "用于", "用作", "支持",
              "帮助", "死亡", "受伤", "失踪", "遇难", "背后", "基础上", "之际", "可在", "可以", "部署",
              "驶向", "驶往", "驶离", "飞往", "飞抵", "运往", "发往",  # motion to a place: 4560个集装箱|驶向欧洲
              # verbs that take an object and head no noun (2400多个车站|实行电子客票, 16个省份|出台…举措, 7家央企总部|迁出北京)
              "实行", "出台", "来到", "回到", "迁出", "迁入", "划入", "列入", "纳入", "加入", "进入", "担任", "涵盖", "聚焦",
              "奔赴", "面临", "迎来", "得到", "带领", "派驻", "递交", "属于", "寻求", "予以", "加以", "走上", "驻留", "开始", "成为",
              "先后", "纷纷", "即将",  # and adverbs that are never part of a noun: 13个省市|先后举办, 2.5万家外贸企业|纷纷准备
              # and verbs ending in 为 that take what the thing is deemed or serves as (四个冬捕作业点|作为“观鱼区”, 34%的受访者|认为…),
              # which the stop at 为 alone would cut in two (冬捕作业点作)
              "作为", "认为", "称为", "视为", "誉为")
# Words opening a noun with one of STOP_AFTER, which is then no stop: 1600多台联合收割机, 2000多名建设者, 14名遇难者; and, only
# where they open the phrase after the number, words that are verbs after a noun (13名被困矿工 but 9个大人|被困, 28个在建项目).
STOP_WORDS_OPENING_NOUNS = ("联合收割", "建设者", "参与者", "获得者", "使用者", "支持者", "获奖者", "遇难者", "死亡者", "受伤者", "失踪者",
                            "死亡病例", "死亡人员", "受伤人员", "失踪人员", "遇难人员", "遇难同胞")  # 三例|死亡病例, 两名|受伤人员
STOP_WORDS_OPENING_THE_PHRASE = ("被困", "被围困", "被俘", "在建", "在校", "在职", "在编", "在读", "在华", "在韩", "在京",
                                 "被告", "被害人", "被执行人", "被保险人", "被拐")  # nouns of law opening with 被 (10名被告人)
# What befell people, or was done to them, right before the noun naming them (12名|失踪船员, 101名|被审计领导干部, 30名|遇难矿工):
# the verb opens the noun, it does not end the phrase.
_WHAT_BEFELL_PEOPLE_BEFORE_THEIR_NOUN = (r"(?:被|死亡|受伤|失踪|遇难|受灾|被困)[\u4e00-\u9fff]{0,4}?"
                                         r"(?:人员|船员|矿工|同胞|群众|游客|乘客|儿童|学生|士兵|官兵|干部|居民|村民|工人|病例|患者)")
# A subject that is only a change (同比增长, 比上年提高, 提高到) names no thing: '营收500亿元，同比增长12%'
# and '研发投入强度由2.1%提高到2.5%' are about what the fact before them counted.
CHANGE_FRAMES = ("同比", "同期", "环比", "比上年", "较上年", "比去年", "较去年", "较上年同期", "比上年同期", "分别", "由",
                 "大幅", "快速", "稳步", "持续", "明显", "显著", "进一步", "就", "又", "再", "均", "已", "共", "将", "年均", "平均", "累计",
                 "实际", "名义",  # 人均可支配收入7947元，实际增长6.8%: the real rise is of the income
                 "按年")  # GDP按年|增长0.6% (year on year, as 同比)
CHANGE_VERBS = ("增长", "增加", "提高", "提升", "下降", "减少", "降低", "上升", "回落", "扩大", "缩小", "多增", "少增",
                "净增", "净减", "新增", "增收", "减收", "增幅", "增速", "降幅", "涨幅", "上涨", "下跌", "下滑", "攀升", "回升", "跃升", "衰退", "萎缩", "压减", "收跌", "收涨", "加快", "放缓", "收窄",
                "激增", "骤增", "猛增", "剧增", "暴增", "大增", "倍增", "锐减", "骤减", "骤降", "暴跌", "大跌", "大涨", "飙升",
                "减", "降", "增", "涨", "跌", "翻")  # 确诊病例激增|近50万例: not 激 left of 增
_CHANGE_ONLY = re.compile(rf"(?:{_alt(CHANGE_FRAMES)})*(?:{_alt(CHANGE_VERBS)})(?:了|到|至|为)*")
# A subject ending in a change (保障房建设资金就增加了, 实体经济人民币贷款增加): what changed is before it.
_CHANGE_TAIL = re.compile(rf"(?:{_alt(CHANGE_FRAMES)})*(?:{_alt(CHANGE_VERBS)})(?:了|到|至|为)*$")
# A rate adjusted by the number (将三大关键利率分别下调|25个基点, 将联邦基金利率目标区间上调|25个基点): the verb of adjusting and its
# frame end the subject, as a change does; what was adjusted is before them.
ADJUSTING_VERBS = ("下调", "上调", "调低", "调高", "调降", "调升", "下修", "上修", "下浮", "上浮")
_ADJUSTING_TAIL = re.compile(rf"(?<=..)(?:{_alt(CHANGE_FRAMES)})*(?:{_alt(ADJUSTING_VERBS)})了?$")
# A verb of LEAD followed by 率, 面 or 者 heads a noun (覆盖率, 完成率, 覆盖面, 建设者): no verb to strip.
_LEAD_PLACES = ("我国", "我省", "我市", "全国", "全省", "全市", "全县", "中国", "国内", "该区", "该平台", "当地")
# A place of LEAD right before a rank, with only adverbs or a time between (10年前中国|位列第34名, 我国|位居第11位): the place
# is what is ranked, not a scope to strip.
_PLACE_RANKED = re.compile(f"({_alt(_LEAD_PLACES)})(?:目前|现在|如今|已经|已|继续|再次|首次|连续\\d+年|也|还|则|稳|仍)*$")
# The series of an epidemic's counts (新增确诊病例, 现有疑似病例, 累计死亡病例, 新增无症状感染者): 新增, 现有 and 累计 before the
# class of a case name which series is counted (现有确诊病例|2966例 is not all cases ever confirmed), no verb to strip; nor is the
# class (确诊, 死亡, 疑似) a verb whose object is 病例 (_after_verb).
SERIES_WORDS = ("新增", "现有", "累计")
_CASE_CLASS = r"(?:单日|当日)?(?:确诊|死亡|疑似|重症|危重|治愈|出院|无症状|本土|境外输入|输入|新冠|病例|感染者)"
NOUNS_A_VERB_CLASSES = frozenset({"病例"})
# Generic heads that name nothing without the verb before them (涉案|人员, 就业|人员, 收获|进度): the verb tells which.
NOUNS_THE_VERB_BEFORE_NAMES = frozenset({"人员", "人口", "进度"})
_SERIES = f"(?:{_alt(SERIES_WORDS)})(?={_CASE_CLASS})"
_SERIES_RE = re.compile(_SERIES)
# 国内 opening the name of a measure says domestic, as against inbound or outbound, not where (国内生产总值 is GDP, 国内出游人次
# domestic trips): no scope to strip.
_DOMESTIC_NAME = "国内(?:生产总值|出游|旅游|游客)"
_LEAD_RE = re.compile(rf"^(?:(?!{_DOMESTIC_NAME})(?:{_alt(_LEAD_PLACES)})|(?!{_SERIES})(?:{_alt(w for w in LEAD if w not in _LEAD_PLACES)})(?![率面者])"
                      rf"|{_LEAD_GUARDED})+")
_TRAIL_RE = re.compile(rf"(?:{_alt(TRAIL)})+$")
# 共 as an adverb of the total between the doer and its verb (海关共|侦办走私犯罪案件, 网联共|处理支付交易), like 累计: not in a
# word (公共, 中共, 共和, 共产党, 共青团, 共享, 共同, 共识, 共建, 和平共处), nor 共计 and 共有, which have rules of their own.
_TOTAL_GONG = "(?<=[\u4e00-\u9fff]{2})(?<![公中总一])共(?![和产青享同识性赢商振鸣存建计有])(?!处(?![理分置罚]))"
# A modal after a time each (每年, 一年, 每天) or after 后 (建成后, 完工后) opens what the thing will do or yield each time (每年可|发电
# 5.7亿度, 完工后可|满足年旅客吞吐量8000万人次, 每天可|运输乘客): the subject follows it; not 可 opening a word (人均可支配收入).
_MODAL_OF_CAPACITY = "(?<=[年天日月后])(?:可以|能够|可|能)(?![支持再比用能])(?=[\u4e00-\u9fff])"
# 目标 opening a noun of a policy's target (联邦基金利率目标区间, 目标值, 目标价) is no word to cut after.
_TARGET_NOUN = "目标(?:区间|值|价|利率)"
_CUT_AFTER_RE = re.compile(f"(?!{_SERIES}|{_TARGET_NOUN})(?:{_alt(CUT_AFTER)})|(?={_SERIES})|" + "(?<=[\u4e00-\u9fff])提供(?![者商方])|" + _TOTAL_GONG  # 每年可提供|气态天然气, not 器官提供者
                           + "|" + _MODAL_OF_CAPACITY)
_HAS = re.compile("(?<=[\u4e00-\u9fff]{2})有")
# 实施 ends a subject as a verb (实施改造), not as the head of a noun (17条实施意见); 集中 likewise (集中签约, not 集中安置点).
_STOP = (rf"[,、:;()。!?|\-\s的…]|(?<![出实体表发呈])现在|实施(?!意见|方案|细则|办法)|参展(?!企业|商|单位)|集中(?!安置|供热|供暖|连片|式)|将(?![近军来士领帅相])"
         rf"|(?!{_alt(STOP_WORDS_OPENING_NOUNS)}|{_WHAT_BEFELL_PEOPLE_BEFORE_THEIR_NOUN})"
         rf"(?:{_alt(w for w in STOP_AFTER if w not in ('将', '为', '均'))})"  # 3名高级将领: 将 of a noun is no future
         r"|(?<![平人户亩])均"  # 178家保险公司平均…, 10个省份人均收入: 均 of 平均, 人均 is no adverb of the verb
         r"|(?<![转改变])为"  # 1例由无症状感染者转为确诊病例: 转为, 改为, 变为 name the class the thing now is in
         r"|(?<![改重编])组成(?!部分|员|人员)|持有(?!人|者)|发起(?!人|方|者|国)|发动(?!机)|运送(?!量)"  # 16所高校学生|组成大学生方阵
         r"|来自|(?<![面方导转走趋意志动倾偏指流去风朝航双单横纵逆反])向"  # 近200家供应商|来自欧洲, 28项做法|向更大范围推广
         r"|自(?=今年|去年|本年|本月|上月|年初|\d)"  # 11个部门|自今年6月起联合开展
         r"|(?<![位属等对关由至基用鉴处居高低大小早晚建生始终源])于(?=今年|去年|本月|上月|近日|日前|\d+[年月日号])"  # 412名候选人|于19日竞逐: when, as 自; not 位于, 低于0℃
         r"|(?<![转出退谦礼忍相])让(?![利渡步])")  # 1000个紧密型县域医共体|让百姓看病更方便: what the thing makes others do
# A digit ends an after-unit phrase only after its first char: '4000家5G工厂' keeps 5G.
# A phrase opening with a conjunction ('81%和中高收入经济体的65%', 超过30米或宽度超过45米) belongs to the next number, not this one.
# 500强 inside the phrase is a name (45家世界500强企业), not the next number.
_AFTER_RE = re.compile(rf"(?!(?!{_alt(STOP_WORDS_OPENING_THE_PHRASE)})(?:{_STOP})|和|与|及|或|以及)((?:\d+(?:强|号线)|.)+?)(?={_STOP}|\d(?!\d*(?:强|号线))|$)")
# Left-context cut points: clause punctuation, 'A、B等C' and 'X的Y' (which also
# covers '包括…在内的Y').
_LEFT_BREAK = re.compile(r"[,、:;()|【】\s的等…]")
# 的 and 等 are no break inside these words (结案标的额, 高等教育经费, 服务等级, 均等化) nor in the grades of awards (三等功,
# 一等奖); jieba's dictionary is no guide, its 别的, 的确, 目的 and 甲等 are more often a break (不同级别的|湿地, 项目的|业务收入,
# 穿山甲等|濒危物种), and 等 before a number always is (葛某高等|10人).
WORDS_HOLDING_DE_OR_DENG = ("标的", "高等", "中等", "初等", "同等", "平等", "对等", "均等", "优等", "头等", "上等", "次等",
                            "等级", "等于", "等同", "等待", "等候", "等量")
_WORD_HOLDING_BREAK = re.compile("|".join(WORDS_HOLDING_DE_OR_DENG) + "|[一二三四特]等[功奖座舱品]")


def _in_a_word_of_its_own(text: str, at: int) -> bool:
    """text[at] is a 的 or 等 inside a word of WORDS_HOLDING_DE_OR_DENG or a grade (三等功), not a break."""
    return (text[at] in "的等" and not (at + 1 == len(text) and text[at] == "等")
            and any(m.start() <= at < m.end() for m in _WORD_HOLDING_BREAK.finditer(text, max(0, at - 2), at + 3)))


_SUBJECT_MAX = 16
_RATIO_SUBJECT_MAX = 24  # a named ratio holds two noun phrases: 河南所辖县域GDP占全省GDP比重
# The start of a rise told as 从/由 a time's value (从2012年的, 由现在的): not where the subject ends.
_BASE_OF_RISE = re.compile(r"(?:从|由)(?:\d{4}年(?:底|末)?|现在|目前|当前|过去|去年|上年|现行|原来|原有|先前|此前|以前|[^从由，,、；;。:：]{1,16}?的)$")  # 从10月份预计的
# A per-unit right before the number belongs to the value, not to the thing (航班将达到每天|111班, 价格平均为每平方米|4564元).
_PER_UNIT = re.compile(r"(?:每(?:天|日|年|月|周|小时|人|户|平方米|平方公里|亩|吨|公斤|千克|斤|升|公里|千瓦时|立方米))+$")
_NOISE = str.maketrans("", "", "“”‘’《》「」『』\"'*")  # quote marks and Markdown emphasis (**大科学装置**)


# ---------------------------------------------------------------- subjects
# A joiner or a preposition ending a subject opens what comes after it (困难群众和|孤寡老人, 粉色钻石以|8300万美元成交, 城市从|5日起):
# no part of the thing; unless it ends a word (总和, 饱和, 可以, 针对, 参与, 普及).
SUBJECT_END_FUNCTION_CHARS = frozenset("和与及以对从自")


def _clean_subject(text: str) -> str | None:
    """Drop quote marks and a joiner or preposition ending it; None unless 2..16 chars with at least one CJK/letter."""
    text = text.translate(_NOISE).strip()
    if len(text) > 2 and text[-1] in SUBJECT_END_FUNCTION_CHARS and not _is_word(text[-2:]):
        text = text[:-1]
    if len(text) < 2 or not re.search(r"[\u4e00-\u9fffA-Za-z]", text):
        return None
    return text if len(text) <= _subject_max(text) else None


def _subject_max(text: str) -> int:
    return _RATIO_SUBJECT_MAX if "占" in text[1:] and _NAMED_RATIO.search(text) else _SUBJECT_MAX


# 升至 left at the end of a subject (病例升至|86例); 回升至 and the like are changes of their own (_CHANGE_TAIL).
_RISEN_TO = re.compile(r"(?<![回攀上提跃拉飙])升(?:至|到)$")
# Adverbs of the verb left at the end of a subject before the number (TRAIL has the ones that are never part of a word);
# jieba's adverbs are no guide here, it tags 进度, 立法 and 更新 as adverbs.
# Nouns of energy and ability ending in 能 that jieba's dictionary may lack (一次最大储能): 能 there is no modal.
NOUNS_ENDING_IN_NENG = frozenset(c + "能" for c in "产储电动势核热功性效体技职智节光风机潜才本赋蓄耗化")
# 以 right before the number after an adverb opens the rate or the means of the verb (行业产值每年以|20%的速度增长, 新能源并网
#正在以|87%的年均增速…): the adverb and 以 go (a 以 right after the thing is left to _clean_subject).
_RATE_PREPOSITION = re.compile(r"(?:并|而|且)?(?:每年|每月|每天|每日|正在|正|一直|始终|已经|已|仍|都|也|还|将|均)以$")
SUBJECT_END_ADVERBS = ("终于", "最终", "一度", "一直", "反而", "更是", "还", "都", "更", "率先", "相继", "陆续", "再次", "首次", "双双", "全部", "正在",
                       # modal verbs and the adverbs joining a clause to the one before, which stand before the verb
                       # (过滤效果能|达到, 包裹要|在…, 病例则|为, 损失或|超过, 月租费才|), not the end of a word (产能, 规则, 人才, 需要);
                       # 会 only after an adverb (还会, 可能会), since it ends nouns (座谈会, 记者会)
                       "要", "能", "则", "或", "并", "又", "才", "便", "即", "肯定", "可能", "只能", "不能", "应该", "应当",
                       "还会", "将会", "也会", "都会", "就会", "可能会",
                       "每年", "每月", "每天", "每人",  # and a distributive (人数每年|增加, 村民每人|)
                       # and a superlative of the value (贷款最高|由30万元提高至, 单日出入境人数最高|达到1400人, 年输送电量最大|达):
                       # the value is the thing's greatest or least, said of the verb
                       "最高", "最大", "最低", "最多", "最少")


# The base a change is measured from, left at the end of a subject (居民人均可支配收入比上年实际|增长8.1%, 项目数比2021年|增加59个).
_BASE_TAIL = re.compile(r"(?:比|较|同|由|从)(?:上年同期|去年同期|上年|去年|前一年|上一年|上月|上季度|同期|上周|(?:19|20)\d\d年(?:同期)?"
                        r"|(?:\d+|[一二两三四五六七八九十几]+)年前)(?:实际|名义)?$"  # 乡亲们收入比10年前|翻了近20倍
                        r"|(?:与|和|同)[^，,与和]{2,12}(?:相比|相较|比较)$")  # 预订量与去年同期相比|增长129%


# Any base a change is measured from, left at the end of a subject (比去年国庆假期, 较节前, 比多年平均值, 要比2009-2011年): 比 or 较
# then a short stretch, unless 比 or 较 is in a word with the character before or after it (对比, 比较, 比利时, 比特币) or opens
# a ratio (比重) or the comparison is of an adjective (较快, 较大: _COMPARED_TAIL and the ratio nouns have their own rules).
_ANY_BASE_TAIL = re.compile(r"(?:要|还|也|都)?(?<![同环占])(?P<b>比(?![重例率值赛特利亚])|较(?![大小高低多少快慢好强长为]))[^，,比较]{1,10}$")


# A stretch of time the verb lasted (该指数连续6个月|保持在50%以上, 授权量连续几年|居全国第一) is an adverbial of the verb.
_DURATION_TAIL = re.compile(r"连续(?:\d+|[一二两三四五六七八九十几多]+)个?(?:月|年|季度|周|天|届)$")
# A comparison told with an adjective (价格还比同类产品低|15%, 成本较传统工艺降低): what is compared is before 比.
# (Not 同比|环比, a change's frame, and not the end of a verb of change: 提高, 降低, 减少, 加快 keep the change's own rule.)
_COMPARED_TAIL = re.compile(r"(?:还|也|都)?(?<![同环])(?:比|较)(?!较)[^，,比较]{1,8}?(?<![提升降减增变缩扩加放])"
                            r"(?:高|低|多|少|快|慢|大|小)(?:了|出)?$")


# A comparison told with a verb after a measure (增速超过第二产业, 增幅大于进口, 利润增幅高于收入): the measure is compared, the base after
# the verb is no part of it.
_COMPARED_BY_VERB_TAIL = re.compile(r"(?<=[速幅长格平数重模量入率额])(?:也|均|都|还|分别)?"
                                    r"(?:高于|低于|超过|快于|慢于|大于|小于|多于|少于|高出|超出)[^，,\d]{1,8}$")


_ENDS_IN_A_COMPARED_MEASURE = re.compile("(?:增速|增幅|增长|涨幅|降幅|价格|水平|指数|比重|速度|规模|总量|收入|[率额量])$")


# A prepositional phrase of place or time ending the subject before the number (X在本阶段海试中, X在联合国所有会员国中).
_PLACE_PHRASE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:也|还|都|均|已)?在(?![建京校线职岗编读册营途华])[^在，,]{1,12}?(?:当中|之中|中|上|里|内|期间)$")


def _trimmed(piece: str, *, keep_place: bool = False) -> str:
    """A subject candidate without leading verbs, trailing verbs and qualifiers, a trailing change and its base,
    a trailing duration (and the change before a duration is a noun: 农民收入增速连续9年|居浙江省第一)."""
    piece = _TRAIL_RE.sub("", _LEAD_RE.sub("", _RATE_PREPOSITION.sub("", piece)))
    piece, lasted = _DURATION_TAIL.subn("", piece)
    if len(compared := _COMPARED_TAIL.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", compared)
    piece = _TRAIL_RE.sub("", piece).translate(_NOISE)
    if not lasted and len(trimmed := _ADJUSTING_TAIL.sub("", _CHANGE_TAIL.sub("", piece))) >= 2:
        piece = _TRAIL_RE.sub("", trimmed)
    if len(trimmed := _BASE_TAIL.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", trimmed)  # 价格分别比上月|下降2.3%: the adverb before the base
    if _ENDS_IN_A_COMPARED_MEASURE.search(piece[:(tail := _COMPARED_BY_VERB_TAIL.search(piece)) and tail.start() or 0]) \
            and len(compared := piece[:tail.start()]) >= 2:
        piece = compared  # 第三产业增速超过第二产业|0.6个百分点, 服务出口增幅大于进口|8.1个百分点: what exceeds the base
    if (base := _ANY_BASE_TAIL.search(piece)) and base.start() >= 2 and not _is_word(piece[base.start("b") - 1:base.start("b") + 1]) \
            and not _is_word(piece[base.start("b"):base.start("b") + 2]):
        piece = _TRAIL_RE.sub("", piece[:base.start()])  # 交易金额比去年国庆假期|增长41%, 消费笔数较节前|提高: any base, not only a year's
    if len(trimmed := _RISEN_TO.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", trimmed)  # 美国累计确诊病例升至|1747087例, 死亡病例可能升至 (not 回升至, a change of its own)
    if not keep_place and len(trimmed := _PLACE_PHRASE_TAIL.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", trimmed)  # 奋斗者号在本阶段海试中|8次: where or when, before the verb, is no part of the thing
    if len(piece) >= 3 and piece[-1] == "中" and not _is_word(piece[-2:]) and "在" not in piece:
        piece = piece[:-1]  # 轻工9个重点行业中|5个, 59位进入决赛的教师中有|10位: the group the part is taken from (not 在…中)
    adverbs_at = len(piece)
    while len(piece) > 2 and (end := next((w for w in SUBJECT_END_ADVERBS if piece.endswith(w)
                                           and (len(w) == 2 or not _is_word(piece[-2:]) and piece[-2:] not in NOUNS_ENDING_IN_NENG)), None)):
        piece = _TRAIL_RE.sub("", piece[:-len(end)]) or piece[:-len(end)]  # 植树成活率终于|达到了80%, 货运量更是|增加了; not 成都, 首都
    if len(piece) < adverbs_at and len(trimmed := _BASE_TAIL.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", trimmed)  # 工业设备投资规模较2023年要|增长: the base before the modal
    return piece


# 比 opens a ratio noun (比重, 比例, 比率, 比值): no comparison with 比 (比上年) stands there.
RATIO_NOUNS_WITH_BI = ("比重", "比例", "比率", "比值")
_RATIO_AFTER_VALUE = re.compile(_alt(RATIO_NOUNS_WITH_BI + ("份额", "占比")))
_RATIO_AFTER_DE = re.compile(r"(比重|比例|比率|比值|占比|份额)(?:[^，,、；;]{0,6})$")
# A contribution told as X对Y的贡献率 (最终消费对经济增长的贡献率|78.5%, 内需对经济增长的贡献率达到|84.7%): whose contribution to
# what, as the reports and the annotators name it, 的 kept; the contribution alone (贡献率) names no column, and the phrase
# before 的 alone reads as what contributes (经济增长贡献率).
_CONTRIBUTION_AFTER_DE = re.compile(r"(贡献率|贡献度)(?:[^，,、；;]{0,6})$")
_CONTRIBUTION_TO = re.compile(r"对[^，,、；;的对]{1,10}$")
# A measure that names no thing of its own: after 的 it is the measure of what stands before the 的 (驻阿美军的人数).
_BARE_MEASURE = re.compile(r"总?(?:数量|人数|人次|总量|规模|面积|长度|产量|销量|收入|利润|金额|总额|价格|人口|产值|增加值|销售额|成交额|用电量|"
                           r"产能|储量|排放量|速度|增速|增幅)")
_ENDS_IN_MEASURE = re.compile(_BARE_MEASURE.pattern + "$")
_MEASURE_AFTER_DE = re.compile(f"({_BARE_MEASURE.pattern})(?:现在|目前|当前|如今|已经|已|将|还|也)*"  # 的数量现在|有, 的人数将减到|
                               f"(?:{_alt(CHANGE_FRAMES)})*(?:{_alt(CHANGE_VERBS)})?(?:了|到|至|为)*(?:{_alt(TRAIL)})*")
_MONTH_ONLY = re.compile(r"(?:\d{1,2}月份?)?(?:当月|本月|上月|当天|当日)?")  # 7月当月实现|利润: a time, no thing


# A month or a day (1—5月份, 11月, 七月份, 2月5日起, 11月1日前, 5月当月) and the end or start of a year after its number (2022年|末):
# times of the figure, which PERIOD_RE leaves to the year they fall in; in a subject they are where the thing starts or ends
# (1—5月份|全国实物商品网上零售额, 监管证件|11月1日前由86种减至48种).
_CN_MONTH = "(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])"
_MONTH_TIME = re.compile(rf"(?<![\d.A-Za-z])(?:{_CN_MONTH}(?:[-—–~至到]{_CN_MONTH})?月份?(?![份度])(?:(?:\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?"
                         r"(?:\d{1,2}[时点](?:\d{1,2}分)?)?(?:当月|当日|当天|单月|末|底|初|上旬|中旬|下旬|起|前|以来|以后|后)?|(?<=\d年)(?:末|底|初))")
# A stretch of years back or since (十多年前, 多年来, 三年间) inside the phrase before the number: a time of the figure, which PERIOD_RE
# leaves (村民十多年前|人均年收入还不足400元).
_YEARS_AGO = re.compile(r"(?:[\d一二两三四五六七八九十几数]+多?|十多|几十)年(?:以前|以来|前|来|间)")
_COMPARED_TIME_BEFORE = re.compile(r"(?:比|较|与|同)(?:去年|上年|前年|今年|(?:19|20)\d\d年)$")  # 1月比去年|12月: a base


# 比 or 较 opening a comparison's base that holds a 的 (住院率都比此前的峰值|高出30%, 新能源汽车相比上届的北京国际车展|增长了70%):
# the 的 is inside the base, and what is compared stands before 比; not 同比, 环比, 对比, nor a ratio (比重, 比例) or 较 of an adjective.
_BASE_BEFORE_DE = re.compile(r"(?:相|要|还|也|都)?(?<![同环对无])比(?![重例率值较赛])|(?<![比相])较(?![大小高低多少快慢好强长为])")


def _subject_before(left: str, *, keep_verbs: bool = False, keep_place: bool = False) -> str | None:
    """Noun phrase ending right before the number ('累计建成开通5G基站' -> '5G基站').

    In: clause text left of the mention. Caveat: when still longer than 16 chars
    we keep what follows '以上' (规模以上…), else the last 16 chars (Chinese noun
    phrases are head-final, so the tail is the counted thing).
    """
    left = left.rstrip(" *_\t")  # web text sets the number apart: 技术合同成交额 **2,152.7** 亿元
    left = re.sub(r"\([^()]*\)", "", left)  # R&D(科学研究与试验发展)经费: drop glosses
    left = _BASE_OF_RISE.sub("", _PER_UNIT.sub("", left))  # 人均收入从2012年的|12772元: the subject is before the base
    cut = max((m.end() for m in _LEFT_BREAK.finditer(left) if not _in_a_word_of_its_own(left, m.start())), default=0)
    if cut and left[cut - 1] == "的":
        opens = max((m.end() for m in _LEFT_BREAK.finditer(left, 0, cut - 1) if not _in_a_word_of_its_own(left, m.start())), default=0)
        if (base := _BASE_BEFORE_DE.search(left, opens, cut - 1)) and not _is_word(left[base.start() - 1:base.start() + 1]):
            return _subject_before(left[:base.start()], keep_verbs=keep_verbs, keep_place=keep_place)  # 住院率都比此前的|峰值高出
    if cut and left[cut - 1] == "的" and (share := _CONTRIBUTION_AFTER_DE.match(left, cut)) \
            and (to := _CONTRIBUTION_TO.search(left, 0, cut - 1)):
        whose = left[opens:to.start()]  # 我国|对世界经济增长的贡献率: a place is whose contribution, no scope to strip
        whose = whose[times.end():] if (times := PERIOD_RE.match(whose)) else whose
        if len(whose) > 8 or re.search(r"\d", whose):
            whose = _subject_before(left[:to.start()], keep_place=True) or ""
        if owned := _clean_subject(whose + left[to.start():cut] + share[1]) or _clean_subject(left[to.start():cut] + share[1]):
            return owned
    if cut and left[cut - 1] == "的" and (ratio := _RATIO_AFTER_DE.match(left, cut)) \
            and (whose := _subject_before(left[:cut - 1], keep_place=True)) \
            and (owned := _clean_subject(whose + ratio[1])):
        return owned  # 第二产业增加值的比重|下降到39%: the ratio of what stands before 的 (else the ratio alone, when both are too long)
    if cut and left[cut - 1] == "的" and (measure := _MEASURE_AFTER_DE.fullmatch(left, cut)):
        # 野生亚洲象的数量现在|有250头: the number of what stands before 的, with its verb if it fits (领取养老金的人数)
        for whose in (_subject_before(left[:cut - 1], keep_verbs=keep) for keep in (True, False)):  # lazily: it recurses
            if whose and not whose.endswith(measure[1]) and (owned := _clean_subject(whose + measure[1])):
                return owned
    left = left[cut:]
    # a time starts the subject, unless it is the base of a comparison (全社会用电量比去年同期|增长了)
    times = sorted((m for m in [*PERIOD_RE.finditer(left), *(_MONTH_TIME.finditer(left) if "月" in left or "年" in left else ()),
                                *(_YEARS_AGO.finditer(left) if "年" in left else ())]
                    if not _COMPARISON_BEFORE.search(left, 0, m.start()) and not _COMPARED_TIME_BEFORE.search(left, 0, m.start())),
                   key=lambda m: m.end())
    after_time = left[times[-1].end():] if times else left
    if times and times[-1][0][-1:] in "年月天周" and after_time[:1] == "来" and not _is_word(after_time[:2]):
        after_time = after_time[1:]  # 近十年|来全国护士队伍总量: 来 closes the stretch of time (近十年来), not the subject's start
    subject = _phrase_after_adverb(after_time, keep_place=keep_place)
    if not subject and times:
        # a time between the thing and its verb (农村人均可支配收入2021年达到18076元) does not start the subject, nor do the
        # times told with it (青海湖水体面积|今年9月|达到…, 原油期货价格自|2014年10月以来)
        start = times[-1].start()
        while prior := next((m for m in times if m.start() < start <= m.end()), None):
            start = prior.start()
        subject = _phrase_after_adverb(left[:start], keep_place=keep_place)
    left = subject if keep_verbs else _after_verb(subject)  # 领取养老金的人数: who are counted is told by the verb
    if len(left) > _subject_max(left):
        left = left.split("以上")[-1]
        if len(left) > _SUBJECT_MAX and 4 <= len(last := re.split("[暨、]", left)[-1]) <= _SUBJECT_MAX:
            left = last  # 抗日战争胜利暨|世界反法西斯战争胜利重点选题: the last of names joined, not a cut inside a word
        left = _tail_of_whole_words(left, _SUBJECT_MAX)
    if len(bare := left.removeprefix("了").removesuffix("人民币")) >= 2:
        left = bare  # 发布了|总投资 (the 了 of a verb cut off), 价值人民币|1700万: the currency is the value's unit
    return _clean_subject(left)


def _tail_of_whole_words(text: str, n: int) -> str:
    """The last `n` characters of `text` or fewer, starting where no word is cut: at a preposition opening what the thing is
    of or done to (中央财政|对新疆…转移支付, 长三角地区|对共建…国家进出口), else where no two-character word of jieba's nor a
    longer word holding a verb is cut (中央|财政 gave 央财政), nor a run of digits or Latin letters (APEC, 5G). A
    head-final noun phrase keeps its head; the words cut off would be left in halves."""
    if len(text) <= n:
        return text
    holding = jieba_verbs()[1]

    def whole(p: int) -> bool:
        return not (_is_word(text[p - 1:p + 1]) or text[p - 1:p + 1].isascii() and text[p - 1:p + 1].isalnum()
                    or any(text[a:b] in holding for a in range(max(0, p - 4), p) for b in range(p + 1, min(len(text), a + 6) + 1) if b - a >= 3))

    starts = range(max(1, len(text) - n), len(text) - 1)
    return next((text[p:] for p in starts if text[p] in _PREPOSITION_OF_THING and not _is_word(text[p:p + 2]) and whole(p)),
                next((text[p:] for p in starts if whole(p)), text[-n:]))


# Prepositions that open a phrase saying whom or what the thing is of or done to (对…进出口, 向…出口, 与…贸易额).
_PREPOSITION_OF_THING = frozenset("对向与")


def _after_has(left: str) -> str:
    """`left` from the thing a place or a body has, after its 有 (集美学村有|各类院校, 四川有|大小河流, 仅湄潭县就有|茶园): 有
    standing as a word of its own (not 保有量, 有毒, 有意, 所有, 有可能) with a noun after it, not a verb (也有|报道说), and
    not after a verb."""
    for m in reversed(list(_HAS.finditer(left))):
        p = m.start()
        if len(left) - p > 2 and not (_is_word(left[p - 1:p + 1]) or _is_word(left[p:p + 2])
                                      or left[p + 1:p + 3] in jieba_verbs()[0] or left[p - 2:p] in jieba_verbs()[0]):
            return left[p + 1:]  # (入境|有症状旅客: after a verb, 有 opens what describes the thing)
    return left


def _phrase_after_adverb(left: str, *, keep_place: bool = False) -> str:
    """The subject follows the adverb (浙江将力争|全省研发投入强度), unless only a verb does (开工率已|达到了); a bare measure
    after the verb is of the thing before it (规模以上工业企业实现|利润 -> 规模以上工业企业利润)."""
    pieces = [_trimmed(p, keep_place=keep_place) for p in _CUT_AFTER_RE.split(_after_has(left))]
    for i in range(len(pieces) - 1, -1, -1):
        if len(pieces[i]) >= 2 and not _names_no_thing(pieces[i]):
            if i and _BARE_MEASURE.fullmatch(pieces[i]) and len(whose := pieces[i - 1]) >= 2 and not _names_no_thing(whose) \
                    and not _ENDS_IN_MEASURE.search(whose) and not PERIOD_RE.match(whose) and not _MONTH_ONLY.fullmatch(whose):
                return whose + pieces[i]
            if i and pieces[i] in VERBS_OF_CARRYING_OUT and len(whose := pieces[i - 1]) >= 2 and not _names_no_thing(whose) \
                    and not PERIOD_RE.match(whose) and not _MONTH_ONLY.fullmatch(whose) and not _PLACE_END.search(whose):
                return whose  # 保障性租赁住房已|开工|18183套, 对接活动已|举办|240多场: what was carried out is the topic
            return pieces[i]
    return ""


# Verbs of carrying a thing out (开工, 举办, 收获, 开行) left alone after an adverb that split the phrase (已, 累计, 共) count
# the thing before the adverb, the topic they are told of (保障性租赁住房已开工|18183套, 全国秋粮已收获|8.63亿亩); not after a
# place, which is who carried them out (全国, 该省).
VERBS_OF_CARRYING_OUT = frozenset({"开工", "竣工", "完工", "建成", "举办", "举行", "开展", "收获", "收割", "播种", "开行",
                                   "开通", "交付", "改造", "整改", "办结", "审结", "接种", "削减"})
_PLACE_END = re.compile(r"[省市县区州国村镇乡]$")


# Nouns opening with the 比, 与 or 同 of a comparison base (同志, 同胞, 与会代表, 比赛项目): a thing, not a base.
NOUNS_OPENING_WITH_A_BASE_WORD = ("同志", "同学", "同胞", "同事", "同伴", "同仁", "同乡", "同龄", "同类", "同辈", "同窗",
                                  "与会", "比赛")
# A subject that is only a comparison base or a time (比上届, 较去年同期, 9月份, 连续多年) names nothing counted.
_NO_THING = re.compile(f"(?:增速|增幅|涨幅|降幅)?(?!{_alt(NOUNS_OPENING_WITH_A_BASE_WORD)})"
                       r"(?:比(?![重例率值])|较(?![大小高低多少快慢好强长])|与|同|相比|高于|低于|高出|超出)[^,，]{0,8}|\d{1,2}月份?|[一二三四]季度|连续多年|多年来|近年来|目前|当前|(?:设立|成立|建立)?(?:之初|以来|之前|之后)"
                       r"|(?:到|至|直到)?(?:如今|现在|今天|现如今)|不到\d+年|连续\d+个?(?:月|年)|[^,，]{2,12}(?:相比|相较)"
                       r"|[两三四五六七八九十\d]+年(?:平均|来|间)?"  # 两年平均|增长22.3%: a stretch of time
                       r"|[升增降减](?:至|到|为)"  # 受伤人数已|升至59人: a verb of change alone
                       r"|(?:发展|达|恢复|下调|上调|调整|扩大|缩小|跃升|攀升|回升|增长|提高|提升|上升|下降|减少|降低|回落)了?(?:到|至)"  # 从原来的250亩|发展到…
                       r"|(?:转|改|变)为"  # 由上涨0.4%|转为下降0.2%: a turn alone
                       r"|(?:约合|折合|合|相当于)(?:人民币|美元)?"  # …577英镑的补贴，约合|5700元人民币: the value before, converted
                       r"|(?:单月|当月|单日|当日|全年|同期|单季|当季)"  # 单月|同比增长44.0%: a time alone
                       r"|其[他它余]")  # 其余|13000多户: a determiner alone


def _names_no_thing(subject: str | None) -> bool:
    """Only a change (同比增长) or only a comparison base or time (比上届, 9月份, 2019年): no thing counted."""
    return subject is not None and (_CHANGE_ONLY.fullmatch(subject) is not None or _NO_THING.fullmatch(subject) is not None
                                    or _SET_ONLY.fullmatch(subject) is not None
                                    or PERIOD_RE.fullmatch(subject) is not None)  # 与2019年|同比增长: only a time


# A phrase after the number opening with one of these is a relative clause: the head follows its 的
# (20家以上具有较强竞争优势的化工园区 counts 化工园区).
# Verbs of having, suffering and concerning (患有, 涉嫌, 针对, 面向, 围绕) open such a clause as well: 五十多名|患有心理疾病的|孩子,
# 50名|涉嫌职务犯罪和经济犯罪的|外逃人员, 2.5万套|针对低收入者的|保障房; the counted thing does not have, suffer or concern
# what follows it as its main verb.
_RELATIVE_VERBS = re.compile(r"(?:具有|具备|拥有|来自|符合|满足|涉及|覆盖|达到|装有|装载|载有|满载|搭载"
                             r"|患有|身患|涉嫌|针对|面向|围绕|带有|含有|配有)[^的，。；]{1,12}的")
# What opens the phrase after the number without being the counted thing (named rules; the thing follows).
AFTER_OPENINGS = {
    "dimension": "(?:长|高|宽|深|厚|重)的",  # 12公里长的|燕儿谷, 148米高的|大楼, 约2.3吨重的|物资: the size of what follows
    "new": "新的",  # 3个新的|万亿级产业集群
    # 7个方面|发展目标: the aspects frame the goals, which are what is listed (not 7个方面|呈现了…, 五个方面|对…: a verb or
    # a preposition after 方面 starts the predicate, and 方面 is all the phrase names)
    "aspect": "方面的?(?=[\u4e00-\u9fff]{2})(?![对从就在向为把给与])",
}
_AFTER_OPENING = re.compile("|".join(f"(?:{p})" for p in AFTER_OPENINGS.values()))
# What opens the phrase after a count before its noun: a year (32名|2025年“全国十佳新闻工作者”), or a clause before 的 led by
# an adverb, a preposition or a time (10家|已完成公开发行等程序的|企业, 20位|在2013年夺冠的|黄金选手, 50名|当年的|幸存美军老兵).
_OPENED_BEFORE_THE_NOUN = re.compile(r"(?:19|20)\d\d年度?|(?:已经|已|正在|在|曾经|曾|当年|当时|此前|(?:多|几|十多|数|\d+)年前)[^，。；,;的]{0,14}的")
# A measure of the counted noun after it (24个行业|利润, 1.2万多个单体|重量, 16家银行上半年|净利润): a count counts the
# noun, not its measure, which is the predicate's topic.
_MEASURE_OF_COUNTED = re.compile(r"(?P<noun>[^\d]{1,8}?)(?:(?:19|20)\d\d年|上半年|下半年|前三季度|全年|今年|去年)?"
                                 r"(?:营业收入|主营业务收入|收入|净利润|利润|利润总额|价格|房价|重量|产值|增加值|增速|增幅|总量|产量|销量|"
                                 r"人口|GDP|成交额|销售额|用电量)")
# A verb of change inside the phrase after the number (增收, 下降, 提高): what the counted thing does, not part of it.
_CHANGE_IN_PHRASE = re.compile("增长|增加|提高|提升|下降|减少|降低|上升|回落|扩大|缩小|增收|减收|上涨|下跌|下滑|攀升|回升|跃升")
_FRAMES_ONLY = re.compile(f"(?:{_alt(CHANGE_FRAMES)})+")  # 12500家|快速增长到…: only a change, which names nothing
# An average or a per-head figure after the counted noun (平均, 人均): what follows measures the things counted, not names them.
_AVERAGE_OF_COUNTED = re.compile("平均|人均")
# A trailing conjunction or locative is not part of the thing: 世界500强企业和…, 九个城市里, 1500多家孵化器中.
_FORMED_BY_PEOPLE = re.compile(r"(?:组成|构成)的")  # a count of people forming a body counts its members
# (Not 中 or 里 ending a word: 1000所优质高中|让…, 初中, 集中, 公里.)
_TRAILING_JOINER = re.compile("(?:(?:和|及|与|以及)其?|(?<![高初公])(?:里|中)有?)$")  # 59位进入决赛的教师中有|10位


def _verb_at(phrase: str, p: int) -> bool:
    """phrase[p:p+2] is a verb of jieba's dictionary, not inside or across another word there nor an indicator keyword."""
    verbs, holding = jieba_verbs()
    if phrase[p:p + 2] not in verbs:
        return False
    if any(phrase[a:b] in holding for a in range(max(0, p - 4), p + 1) for b in range(max(a + 3, p + 2), min(len(phrase), a + 6) + 1)):
        return False  # inside a longer word: 科技|创新|中心
    if phrase[max(0, p - 1):p + 1] in holding or phrase[p + 1:p + 3] in holding:
        return False  # a word crosses its edge: 先进|制造业
    return not any(m.start() < p + 2 and p < m.end() for m in _indicator_keywords()[0].finditer(phrase))


def _before_verb(phrase: str) -> str:
    """A phrase after the number ends before a verb right after an indicator keyword: 60余家空天信息企业|加速集聚,
    32个省级平台|对接. Only there: many nouns after a number hold a word jieba tags as a verb (改革举措, 智能制造)."""
    keywords = _indicator_keywords()[0]
    ends = {m.end() for m in keywords.finditer(phrase)}
    return next((phrase[:p] for p in range(2, len(phrase) - 1)
                 if p in ends and _verb_at(phrase, p) and not keywords.search(phrase, p + 2)), phrase)


# What is measured, without what of: 就业|人数 keeps its verb.
_MEASURE_ONLY = re.compile(r"总?(?:增长率|增速|增幅|人数|次数|个数|户数|面积|产量|销量|里程|时间|能力|水平|指数|价格|人次|人口|速度)[^\d]?")


# Adverbs and time words a verb opening its object follows (民航共|发送旅客, 全年还|发放创业担保贷款); right after a
# noun the 'verb' is more often part of a compound noun (一般公共预算支出, 实际使用外资).
_BEFORE_VERB_OPENING = frozenset("共已还均再又计年日天月要将可能都也时获")
# A prepositional phrase of place or beneficiary opening the phrase: the verb after it opens its object.
_PREPOSITION_OPENING = re.compile(r"(?:向|为|给|替|帮)[\u4e00-\u9fff]{2,10}")


# Verbs whose object is the thing a number after it counts, wherever they stand in the phrase before the number (广西
# 接待|东盟旅游者, 交通运输部先后调拨|铲冰除雪装备, 威宁县整合|社会各界帮扶资金): what does the handling is no part of it.
# A table, because jieba tags several of them otherwise (清理 and 落实 as adjectives, 检疫 as a noun) and because a
# verb right after a noun is more often inside a compound noun (新冠肺炎确诊|病例, 国有控股|企业). Not the verbs that tell
# what is measured of the thing (揽收 and 投递 快递包裹, 加开 列车, 削减, 淘汰, 化解 or 清理 a stock): without them the measure is lost.
HANDLING_VERBS = frozenset({
    "接待", "接诊", "收治", "营救", "疏散", "搬迁", "调拨", "下拨", "投放", "发放", "整合", "落实",
    "销毁", "摧毁", "查处", "查获", "缴获", "抓获", "破获", "侦破", "受理", "审结", "调解", "收到",
    "收购", "招收", "发表", "培训", "识别", "接收", "接纳", "派出", "派遣", "检疫", "查验",
    "资助", "批准", "解决", "出动", "调集", "调派", "拿出", "慰问", "走访"})
# Compounds holding one of them that jieba's dictionary lacks (公务接待经费支出 is no 经费支出 handled), and the generic people
# a verb of HANDLING_VERBS does not name away (转移安置|人员, 培训|人员: the verb is what tells who they are).
NOUNS_HOLDING_HANDLING_VERBS = ("公务接待",)
_AGENT_SUFFIXES = frozenset("员者师商方站所处室点")
_MEASURE_OF_HANDLING = re.compile(r"(?:(?<![力能质重])量|人数|人次)$")  # 博物馆接待观众数量: the verb's measure, not 力量
GENERIC_PEOPLE = frozenset({"人员", "群众", "人口", "人士", "民众"})


def _handling_verb_at(phrase: str, p: int) -> bool:
    """phrase[p:p+2] is a verb of HANDLING_VERBS standing as a word: not inside a longer word of jieba's (转移支付) nor
    making one with the character before it."""
    holding = jieba_verbs()[1]
    return (phrase[p:p + 2] in HANDLING_VERBS and not (p and _is_word(phrase[p - 1:p + 1]))
            and phrase[p + 2:p + 3] not in _AGENT_SUFFIXES  # 人民调解员, 接待站, 安置点: a noun of the verb
            and phrase[p + 2:].removeprefix("了") not in GENERIC_PEOPLE
            and not any(w in phrase and phrase.find(w) <= p < phrase.find(w) + len(w) for w in NOUNS_HOLDING_HANDLING_VERBS)
            and not any(phrase[a:b] in holding for a in range(max(0, p - 4), p + 1)
                        for b in range(max(a + 3, p + 2), min(len(phrase), a + 6) + 1)))


def _after_verb(phrase: str) -> str:
    """A phrase before the number starts after a verb that opens it or follows an adverb, when what follows is a
    noun phrase that keeps any indicator keyword: 抓获|犯罪嫌疑人, 民航共发送|旅客; not 科技创新|中心 nor 投资|规模."""
    keywords, words = _indicator_keywords()[0], jieba_verbs()[1]

    def opens_object(p: int) -> bool:  # at the phrase's start, after an adverb that is not the tail of a word (公共),
        # or after a prepositional phrase that opens the phrase (向乌梁素海|实施生态补水, 为当地中小企业|发放贷款)
        return p == 0 or (phrase[p - 1] in _BEFORE_VERB_OPENING and phrase[max(0, p - 2):p] not in words) \
            or _PREPOSITION_OPENING.fullmatch(phrase, 0, p) is not None

    def names_a_thing(rest: str, *, keep_keyword: bool = True) -> bool:  # a noun phrase of its own, keeping the
        # phrase's indicator keyword if any (unless the verb is one of HANDLING_VERBS: 粮食企业累计收购|小麦)
        return (len(rest) > 2 or rest in words) and rest[0] not in "和及与年月日" and not rest[0].isdigit() \
            and rest not in NOUNS_A_VERB_CLASSES and rest not in NOUNS_THE_VERB_BEFORE_NAMES \
            and not _HEAD_TAIL.fullmatch(rest) and not _MEASURE_ONLY.fullmatch(rest) \
            and (not keep_keyword or keywords.search(rest) is not None or keywords.search(phrase) is None)

    for p in range(len(phrase) - 3):  # the first verb handling the thing: 发放|粮油收购贷款, not 发放粮油收购|贷款
        if _handling_verb_at(phrase, p) and names_a_thing(rest := phrase[p + 2:].removeprefix("了"), keep_keyword=False) \
                and not _MEASURE_OF_HANDLING.search(rest):
            return rest  # 医院接诊了|入院伤员
    for p in range(len(phrase) - 4, -1, -1):
        if opens_object(p) and names_a_thing(phrase[p + 2:]) and _verb_at(phrase, p) and phrase[p + 2] not in "者员" \
                and not _SERIES_RE.match(phrase, p):
            # (奋斗者号, 参与者: a verb and 者 or 员 make a noun naming who does it)
            return phrase[p + 2:]
    return phrase


# The people a count of people counts: after one of these, a verb or a preposition starts what they did
# (150余位代表|参会, 40多名医护人员|坚守岗位, 269名工人|因感染…, 6位党员干部群众|给…写信), unless another of them follows
# (专家|学者, 党员|干部群众: the last one is the head).
PEOPLE_HEADS = ("代表", "委员", "嘉宾", "选手", "运动员", "裁判", "记者", "专家", "学者", "青年", "村民", "群众", "学生",
                "师生", "员工", "职工", "官兵", "民兵", "人员", "游客", "旅客", "乘客", "患者", "家属", "志愿者", "工人",
                "农民", "居民", "市民", "儿童", "党员", "干部", "教师", "医生", "建设者", "考生")  # 考生: jieba tags it a verb
_PEOPLE_HEAD = re.compile(_alt(PEOPLE_HEADS))
_PREDICATE_OPENING = frozenset("因就以用从给向在被受将已正都也均还再又为对")
_NOT_A_COUNTED_NOUN = frozenset("多余年月日天时分秒次量数值额率度处制型式级")
_PERFECTIVE_VERB = re.compile(r"(?:一同|一起|共同|都|也|均)?[\u4e00-\u9fff]{1,2}了")  # 议员|一同投了: the adverb goes with the verb


def _is_word(pair: str) -> bool:
    """A two-character word of jieba's dictionary (a verb or not)."""
    verbs, words = jieba_verbs()
    return pair in verbs or pair in words


def _in_a_word(three: str) -> bool:
    """The middle character of `three` makes a word of jieba's with the one before or after it (人民, 台阶, 战线)."""
    return any(_is_word(pair) for pair in (three[:2], three[1:3]) if len(pair) == 2)


# Characters that end a noun naming people (宇航员, 消费者, 犯罪嫌疑人, 战士, 官兵, 农牧民, 武装分子, 网友, 老师): with PEOPLE_HEADS,
# where a count of people may end before what they do. Not where the character opens a word with the next (手机, 人民, 员工)
# nor ends a word of jieba's that is no noun (令人, 携手); 生 and 家 are left out, they end too many words that are no people (卫生, 发生, 国家, 回家).
PEOPLE_SUFFIXES = "员者人士兵民官友们手师长众"  # 众: 观众, 听众, 民众, 公众 (not 众多, which makes a word with the next)
_PEOPLE_SUFFIX = re.compile(rf"(?<=[\u4e00-\u9fff])(?:[{PEOPLE_SUFFIXES}]|分子)")


def _people_head_ends(phrase: str) -> list[int]:
    """Where a noun naming people ends in `phrase`: a head of PEOPLE_HEADS, or a character of PEOPLE_SUFFIXES that opens no
    word with the one after it and ends no two-character word of jieba's but a noun (令人, 携手 are no people)."""
    ends = {m.end() for m in _PEOPLE_HEAD.finditer(phrase)}
    ends |= {m.end() for m in _PEOPLE_SUFFIX.finditer(phrase)
             if not _is_word(phrase[m.end() - 1:m.end() + 1])
             and (not _is_word(word := phrase[m.end() - 2:m.end()]) or word in jieba_two_char_nouns())}
    return sorted(ends)


# One-character verbs of going and of means that open what people do right after the noun naming them (近十万名干部|下基层,
# 5万多名青年|入乡就业, 100万农民|靠枸杞脱贫, 医护人员|赴武汉): where they go or what they live by is no part of who they are.
# Only where the character opens no word of jieba's with the next (出口, 进口, 下属, 来宾 name things).
PEOPLES_WAY_VERBS = frozenset("下入进回到来去赴返奔靠凭")
# What people do or undergo, right after the noun naming them, that jieba tags as a noun, a place or a time, or lacks
# (256名选手|参赛, 1400多名代表|齐聚安化, 6200多名家长|下山务工, 24名礼兵|分列红毯两侧, 21名患者|康复出院, 2300多名干部|住进乡村):
# no noun opens with them after a noun naming people.
PEOPLES_ACTS_TAGGED_OTHERWISE = frozenset({
    "参赛", "齐聚", "云集", "欢聚", "列席", "到场", "前来", "相迎", "分列", "唱响", "走到", "住进", "康复", "乔装", "下山",
    "值守", "上岗", "返岗", "投身", "冲锋", "进村", "入户", "观影", "陪同"})
# A state of the people told right after them (三名航天员|状态良好, 3名宇航员|身体状况良好): their state, not a noun they head.
PEOPLES_STATES = ("状态", "身体", "身心", "精神状态", "情绪")


def _people_before_their_verb(phrase: str) -> str:
    """A phrase after a count of people, without what they did (代表参会 -> 代表); whole when no noun naming people
    (_people_head_ends) is followed by a verb or a preposition, or when the head is part of a longer word (农民工)."""
    verbs, words = jieba_verbs()
    for end in _people_head_ends(phrase):
        rest = phrase[end:]
        if len(rest) < 2 or _PEOPLE_HEAD.search(rest) or phrase[end - 2:end + 1] in words:  # 专家|学者: the last head
            continue
        if rest[:2] in verbs or rest[0] in _PREDICATE_OPENING or _is_adverb(rest[:2]) and rest[2:4] in verbs \
                or rest[1] in "着了过" and not _is_word(rest[:2]) \
                or rest[0] in PEOPLES_WAY_VERBS and not _is_word(rest[:2]) \
                or rest[:2] in PEOPLES_ACTS_TAGGED_OTHERWISE or rest.startswith(PEOPLES_STATES) and len(rest) > 3 \
                or rest in jieba_verbal_nouns() \
                or rest[:4] in jieba_idioms() or len(rest) > 2 and _is_predicate_verb(rest, len(rest) - 2):
            # 3名礼兵|迈着正步: a one-character verb and its aspect; 25位专家|评审; 两名驻村女干部|争分夺秒指挥抢险救灾: an idiom;
            # 2000多名医护人员|千里驰援, 12名委员|作大会发言, 603名候选人|自动当选: a predicate ending in its verb, whatever opens it
            return phrase[:end]  # 2万多名建设者|日夜奋战: an adverb and its verb; 干部|下基层, 青年|入乡就业, 农民|靠枸杞致富
    return phrase


# Characters completing a verb of one character before 了 (用上了, 走进了, 建成了, 拿出了): the two make the verb.
VERB_COMPLEMENT_CHARS = frozenset("上下进出回过起开到完好成住掉走给在向")


# Units that count events: the counted thing is an action (28次集群打击, 5次上门调解, 600起恐怖袭击), so a verb may end it.
EVENT_UNITS = frozenset({"次", "场", "场次", "起"})
# Nouns jieba tags as verbs that end few or none of its compounds (jieba_verbs_that_head_nouns finds the others: 组织, 通道).
NOUNS_TAGGED_AS_VERBS = frozenset({"举措", "做法", "新高", "审批", "展示", "采购", "承诺", "演讲", "答卷", "演出", "干道", "得主",
                                   "处罚", "治理", "分行", "产能", "创新", "创意", "协议", "合同", "计划", "规划", "建议", "决定", "据点"})
# Words that stand before a verb as its adverb though jieba tags them otherwise (现场签约, 依法宣判, 紧急预拨, 全线开动).
ADVERBIAL_WORDS = frozenset({"现场", "依法", "紧急", "全线", "专程", "专题", "一度", "集体", "轮流", "精准", "全力", "先后", "首次",
                             "主动", "及时", "平稳", "安全", "严重", "一起", "正在", "同期", "总共", "不时", "仍", "很", "齐", "可", "易", "最", "新",
                             "无法", "能够", "可以", "能", "应", "要", "稳定", "日夜", "连夜", "昼夜"})  # and modals: 1600多名考生|无法按时进入考点, 40多万头牲畜|要出栏
# After a verb, a complement of place or direction (下沉到, 浸泡在); between two verbs, a conjunction (取消或延误).
_VERB_COMPLEMENT = re.compile(r"(?:到|在|至|于|给)$")
_VERB_JOINER = re.compile(r"(?:或|和|并|而|及)$")
# A preposition opening what the thing does (艺术家|给习近平总书记写信, 房屋|因地震倒塌, 医疗队|与本院医护联手救治).
_PREPOSITION = re.compile(r"[给对与同跟向从由因被把为在]")


def _is_adverb(word: str) -> bool:
    return word in jieba_adverbs() or word in ADVERBIAL_WORDS


def _adverb_tail(phrase: str) -> int:
    """The length of the adverb ending `phrase` (先后, 共), 0 if none; one character only when it ends no word (船只)."""
    if _is_adverb(phrase[-2:]):
        return 2
    return int(_is_adverb(phrase[-1]) and not _is_word(phrase[-2:]))


def _without_adverbs(phrase: str) -> str:
    """`phrase` without the adverbs ending it (87起枪击事件|共, 56名议员|则集体), keeping two characters at least."""
    while len(phrase) > 2 and (adverb := _adverb_tail(phrase)):
        phrase = phrase[:-adverb]
    return phrase


def _is_predicate_verb(phrase: str, p: int) -> bool:
    """phrase[p:p+2] is a verb of jieba's standing on its own (_verb_at), not one of the verbs that also head nouns."""
    word = phrase[p:p + 2]
    return word in jieba_verbs()[0] and word not in jieba_verbs_that_head_nouns() | NOUNS_TAGGED_AS_VERBS and _verb_at(phrase, p)


# What follows a verb as the start of its object, never as the rest of a noun: a determiner or a number (提请|各代表团).
_OBJECT_OPENING = frozenset("各每这该其一两二三四五六七八九十百千万0123456789")


def _predicate_start(phrase: str) -> int | None:
    """Where a predicate opens inside the phrase after the number, if it does: an adverb before a verb (1418名医护人员|即刻增援,
    100个大数据产业项目|共吸引投资), a verb before a determiner or a number (三个法律草案修改稿|提请各代表团审议), 有
    between two nouns (39个县民间艺术团|有排练场), or 从 and a verb after it (2万吨铁矿石|从舟山运到安徽马鞍山)."""
    for p in range(2, len(phrase) - 1):
        if phrase[p - 1:p + 1] in jieba_verbs()[1] or _is_word(phrase[p - 1:p + 1]):
            continue  # the character before and this one make a word: 公|共, 只|得
        if (_is_adverb(phrase[p:p + 2]) and _is_predicate_verb(phrase, p + 2)
                or phrase[p] in jieba_adverbs() and _is_predicate_verb(phrase, p + 1)):  # not 新 of 新增: jieba's adverbs only
            return p
        if _is_predicate_verb(phrase, p) and phrase[p + 2:p + 3] in _OBJECT_OPENING:
            return p
        if phrase[p] == "有" and not _is_word(phrase[p:p + 2]):
            return p
        if phrase[p] == "从" and not _is_word(phrase[p:p + 2]) and any(_is_predicate_verb(phrase, q) for q in range(p + 2, len(phrase) - 1)):
            return p  # 2万吨铁矿石|从舟山运到安徽马鞍山: where it goes from, then its verb
    return None


def _before_predicate(phrase: str, *, events: bool = False) -> str:
    """A phrase after the number without what the counted thing does: a predicate opening inside it (_predicate_start),
    the verbs that end it with their adverbs, and the prepositional phrase before them (15名航天员|接续, 120个航班|停飞,
    87起枪击事件|共造成, 8位艺术家|给…写信); not the words jieba tags as verbs that also head nouns (50个国际组织, 13项改革举措)."""
    if _NO_THING.fullmatch(phrase):
        return phrase  # 的目标相比: a comparison frame, which names nothing (_names_no_thing)
    start = _predicate_start(phrase)
    cut = start is not None
    phrase = _without_adverbs(phrase[:start]) if cut else phrase
    while not events or cut:  # 600起恐怖袭击, 28次集群打击: an event's noun may be a verb, unless a predicate opened before it
        bare = _VERB_JOINER.sub("", phrase) if cut else phrase
        p = len(bare) - 2
        if p >= 2 and _VERB_COMPLEMENT.search(bare) and _is_predicate_verb(bare, p - 1):
            bare, p = bare[:-1], p - 1
        if p < 2 or not _is_predicate_verb(bare, p):
            break
        phrase, cut = _without_adverbs(bare[:p]), True
    if cut and (_is_adverb(phrase) or _PREPOSITION.match(phrase) and not _is_word(phrase[:2])):
        return ""  # 471人积极|报名, 1700人因高温|丧生: the verb had no noun before it
    if cut and (prep := _PREPOSITION.search(phrase, 2)) and not _is_word(phrase[prep.start() - 1:prep.start() + 1]) \
            and not _is_word(phrase[prep.start():prep.start() + 2]):
        phrase = phrase[:prep.start()]
    return phrase


PEOPLES_MISHAP_ADVERBS = ("不幸", "当场")  # adverbs of a death or an injury that jieba tags otherwise
PEOPLES_MISHAP_VERBS = ("被困", "失联", "出院",  # and what befell them, which jieba tags otherwise or not at all (13人被困。),
                        "死亡", "受伤", "遇难", "丧生", "失踪", "获救")  # or whose check of words crossing it fails (高温天|气死|亡)
# A verb that ends its clause right after a count of people (28人死亡，150人受伤; 800余人参加。): no noun follows.
_CLAUSE_END = re.compile(r"了?(?:[,，。;；、!！?？:：)）]|$)")


# The object or the result of what people did, short and ending the clause, after its verb (700多人参加|论坛。, 超过9000人应聘|成功，):
# it says what they are counted by with the verb; after a joiner another verb follows (1000多人入伍|和继续深造), which it does not.
_WHAT_PEOPLE_DID_TO = re.compile(r"了?(?P<obj>[^，,。;；:：!！?？、\d的和与及并或在从向对给被把为以得]{2,6})(?:[,，。;；、!！?？]|$)")
_JOINED_VERB = re.compile(r"了?(?:和|并|及|或)")


def _people_who_did(right: str, unit_char: str = "", *, named_before: bool = False) -> str | None:
    """A count of people followed only by what they did or underwent counts them by it: 28人|死亡， -> 死亡人数,
    10万多人英勇|牺牲。 -> 牺牲人数 (the gold's 死亡人数), 700多人|参加论坛。 -> 参加论坛人数. None when a noun follows (30名代表|参会:
    _subject_after). After 人 (`unit_char`), which no noun follows, a verb that also heads nouns (参加, 参与) is the verb; the
    verb and its object name them only when no noun naming people stands right before the count (`named_before`: 遇险渔民|20人
    已回到广东台山 counts 渔民)."""
    right, at = right.lstrip(" *_"), 0
    for _ in range(2):  # 10万多人|不幸遇难, 3人|均已出院: adverbs before the verb
        if right[at:at + 2] in jieba_verbs()[0]:
            break
        at += next((n for n in (2, 1) if _is_adverb(right[at:at + n]) or right[at:at + n] in PEOPLES_MISHAP_ADVERBS), 0)
    verb = right[at:at + 2]
    heads = NOUNS_TAGGED_AS_VERBS if unit_char == "人" else jieba_verbs_that_head_nouns() | NOUNS_TAGGED_AS_VERBS
    if (verb in PEOPLES_MISHAP_VERBS or verb in jieba_verbs()[0] and verb not in heads) and not _CHANGE_BEFORE.match(verb):
        if _CLAUSE_END.match(right, at + 2) or unit_char == "人" and _JOINED_VERB.match(right, at + 2):
            return verb + "人数"  # (由387人减至|278人: a change of a number)
        if unit_char == "人" and not named_before and (did := _WHAT_PEOPLE_DID_TO.match(right, at + 2)) \
                and not _is_predicate_verb(did["obj"], 0):
            return verb + did["obj"] + "人数"
    return _people_by_their_last_verb(right)


# A predicate right after a count of people with no noun in it, before its last verb: adverbs, and a place or time (在…中),
# the passive and its agent (被警方) or a cause (因中暑) (27人|在14号的抗议活动中受伤, 10人|被警方逮捕, 138人|因中暑死亡).
_PEOPLE_ADVERBS = r"(?:先后|相继|陆续|已经|已|均|都|也|还|当场|全部|不幸|正在|在)*"
_BEFORE_PEOPLES_LAST_VERB = re.compile(rf"{_PEOPLE_ADVERBS}(?:在.{{1,12}}?(?:中|里|上|内|期间|时)|被[^的]{{0,4}}|因[^的]{{1,8}}|遭)?"
                                       rf"{_PEOPLE_ADVERBS}被?")


def _people_by_their_last_verb(right: str) -> str | None:
    """A count of people whose clause is only a predicate, ended by a verb, counts them by that verb: 27人|在14号的抗议活动
    中受伤。 -> 受伤人数, 10人|被警方逮捕。 -> 逮捕人数, 600多万人|在叙利亚境内流离失所 -> 流离失所人数. None when a noun opens
    the clause (13名|被困矿工全部获救, 9名|被告人…) or it holds a number."""
    clause = re.match(r"[^,，。;；:：!！?？]{2,20}", right)
    if not clause or re.search(r"\d", clause[0]) or clause[0].startswith(STOP_WORDS_OPENING_THE_PHRASE) \
            or _is_word(clause[0][:2]) and not _is_adverb(clause[0][:2]):
        return None
    body = clause[0].removesuffix("了")
    if len(body) > 4 and body[-4:] in jieba_idioms() and _BEFORE_PEOPLES_LAST_VERB.fullmatch(body[:-4]):
        return body[-4:] + "人数"  # 流离失所
    verb = body[-2:]
    if (verb in PEOPLES_MISHAP_VERBS or _is_predicate_verb(body, len(body) - 2)) and not _CHANGE_BEFORE.match(verb) \
            and _BEFORE_PEOPLES_LAST_VERB.fullmatch(body[:-2]) and body[:-2]:
        return verb + "人数"
    return None


def _people_named_before(text: str, start: int) -> bool:
    """A noun naming people ends right before `start` (遇险渔民|20人), or the group they are part of (新任部长中有|两人, 4000多名
    新国家党党员中已有|1000多人): they are counted by it."""
    before = _GROUP_OF_PEOPLE_TAIL.sub("", text[_clause_start(text, start):start])
    return len(before) in _people_head_ends(before)


_GROUP_OF_PEOPLE_TAIL = re.compile(r"(?:中|当中|之中|里)?(?:已经|已|还|就|共|也)?有?$")


def _names_what_people_did(subject: str | None) -> bool:
    """The subject before a count of people ends in what they did or underwent (逮捕, 因公牺牲, 确认死亡), with room for 人数."""
    return (subject is not None and len(subject) + 2 <= _SUBJECT_MAX and subject[-2:] not in NOT_WHAT_PEOPLE_DID
            and (subject[-2:] in PEOPLES_MISHAP_VERBS or _is_predicate_verb(subject, len(subject) - 2)))


# Verbs before a count in 人/名/位 that do not say what befell people: a rank (排名下跌至|23位) or a cause (导致|至少3人死亡).
NOT_WHAT_PEOPLE_DID = frozenset({"排名", "名列", "位列", "位居", "排在", "导致", "造成", "致使"})


# A phrase before 的 that says what the counted thing is like rather than naming it: a quantity (数万场次的), a size
# (面积超过一万平米的), 不同 (不同等级的), or a scope before a predicate (全球知名的).
_DESCRIPTION = re.compile(r"^(?:[数几上][十百千万亿]|不同|各类|各种)|(?:超过|达到|不足|近|约)[\d一二三四五六七八九十两百千万]")
_SCOPES = frozenset({"全球", "全国", "国际", "国内", "世界", "当地", "全省", "全市"})


def _describes_what_follows(phrase: str) -> bool:
    """`phrase`, standing between the number and a 的, describes the thing named after the 的: a quantity, a size, 不同, or
    a predicate with nothing or only a scope before it (快速接近, 全球知名); not a clause with a subject of its own (16个国家
    媒体机构组成的传播联盟 counts the 机构)."""
    if _DESCRIPTION.search(phrase):
        return True
    rest = _before_predicate(phrase)
    return rest != phrase and (rest == "" or rest in _SCOPES)


# A clause before 的 right after the number, and what marks it as saying what the thing does or is like rather than naming
# it: a preposition or the passive opening it, an idiom, 有 (有影响力的), a likeness (像艾买提一样的).
_CLAUSE_BEFORE_DE = re.compile(r"([^的，。；,;、:：]{2,12})的(?=[\u4e00-\u9fff])")
_RELATIVE_OPENING = frozenset("由被像跟为从对向")
# After a count of people a clause before 的 describes them only when people follow it (24名涉嫌攻击示威者的|前政权高官), else
# it is what they did (近100万人次|享受冰雪上的欢乐).
_PEOPLE_NOUN_START = re.compile(rf"[^，。；,;]{{0,6}}?(?:{_alt(PEOPLE_HEADS + ('人员', '人们', '人士', '官员', '高官', '者', '们', '分子', '观众'))}"
                                r"|人(?![民口均工类])|[员兵](?![工])(?=[^\u4e00-\u9fff]|$|[，。；,;]))")  # 3名|袭击霍梅尼陵的|武装分子
_LIKENESS = re.compile(r"(?:像|跟|和|与).{1,8}一样")
_REDUPLICATED = re.compile(r"(.)\1(.)\2")  # 大大小小, 密密麻麻


def _is_relative_clause(clause: str) -> bool:
    """`clause` (between the number and 的) says what the counted thing does or is like: 由我国自主研制, 身手不凡, 有影响力,
    像艾买提一样; not a noun phrase owning what follows (25位志愿军烈士的遗骸, 10家企业的负责人). A verb opening the clause is
    no sign: jieba tags 知名, 散乱 and 征求 as verbs (44个知名旅游城市的市长们, 两个征求意见稿的意见建议)."""
    if "了" in clause or re.search("[和及与]", clause) and not _LIKENESS.fullmatch(clause):
        return False  # 削减了5月份的航班: the main verb and its object; 6个支援省市和军队有关部门的负责同志: nouns joined
    return (clause[0] in _RELATIVE_OPENING and not _is_word(clause[:2]) or clause in jieba_idioms()
            or clause.startswith("有") and not _is_word(clause[:2]) or _LIKENESS.fullmatch(clause) is not None
            or clause in jieba_adjectives() or _REDUPLICATED.fullmatch(clause) is not None
            or clause[0] == "最")  # 两个平凡的|好人, 一百多家大大小小的|水泥厂, 9部最新创作的|电影


def _what_people_did(clause: str) -> bool:
    """`clause`, between a count of people and 的, opens with a verb of jieba's and names no people itself (3名|袭击霍梅尼陵的|
    武装分子, 二十多名|不听劝告的|游客): before a noun naming people it says what they did; the count counts people, so it is
    not of the clause's nouns (5名中国公民的|家属 names people: left as it is)."""
    bare = clause.removeprefix("不").removeprefix("没有").removeprefix("未")
    return len(bare) > 2 and _is_predicate_verb(bare, 0) and not _people_head_ends(clause)


def _is_quality(clause: str) -> bool:
    """`clause` is an adjective, an idiom or a reduplication (重要, 身手不凡, 大大小小): before 的 it says what the people after
    it are like whatever noun names them (两位|重要的|来宾), never what they did."""
    return clause in jieba_adjectives() or clause in jieba_idioms() or _REDUPLICATED.fullmatch(clause) is not None


# Prepositions that, right after a number, open what the counted thing does rather than name it (两人|对…, 37人|因…, 85%|由欧盟
# 基金承担 is left to 由's own readings: 由…组成 names members, 含3例由无症状感染者转为确诊病例 is a class). Not 被 and 在, which
# open nouns (被困群众, 在建项目: STOP_WORDS_OPENING_THE_PHRASE), nor the start of a word (对外, 为期, 从业, 向导), nor a clause
# before 的 describing the noun after it (180多项|对依法治国具有重要意义的|改革举措, 550头|从新西兰进口的|优质母牛).
PREPOSITIONS_OPENING_A_PREDICATE = frozenset("因对给从向为与把将")


# A rate after the value and 的 (以20%的|速度增长, 保持年均20%以上的|高增长, 以87%的|年均增速向前推进): the value is the rate at
# which the thing before the number grows, which the rate noun does not name.
_RATE_AFTER_VALUE = re.compile(r"的(?:年均|平均)?(?:中高速|高速|中速|快速|较快|高|稳定)?(?:增长)?(?:速度|增速|速率|增幅|幅度|增长)"
                               r"(?=[\u4e00-\u9fff]{0,4}(?:增长|增加|上升|提高|提升|推进|发展|扩大|下降|减少|递增|递减)|[，,。；;]|$)")


# A measure word in brackets right after the unit, which the count may also take (台（套）, 套（间）, 件（套）): no part of the thing.
_OTHER_MEASURE_WORD = re.compile(r"^[(（][\u4e00-\u9fff]{1,2}[)）](?=[\u4e00-\u9fff])(?!的)")


# Prepositions inside the phrase after the number that open what the thing does (给, 对, 向, 从, 被, 把), when a verb follows them
# or stopped the phrase; 从 always (where from: 四趟高铁列车|从南京南、杭州东…出发). Not 与, 同, 跟, which join nouns, nor 在, 为,
# 由, 因, which their own rules read.
_PREPOSITION_IN_PHRASE = re.compile("(?<![卖投送交带发献留借还让递寄传分供])给|[对向从被把]")  # (资金投给, 价格卖给: a verb's 给)


# 时, 后 or 期间 ending the phrase after the number make it a time (等十一种情形时, 继…3条“电力天路”后): the thing is before them.
_WHEN_TAIL = re.compile("(?:之后|以后|期间|(?<![用耗历费计准按及同小当届暂临适平])时|后)$")


# Nouns of people opening with 人 that the measure word 人 cuts in two (14亿多人|口, 14亿人|民, 4亿人|群): the count is of them.
PEOPLE_NOUNS_THE_UNIT_CUTS = frozenset("口民群")


def _subject_after(right: str, unit_char: str = "", *, counted: bool = False, people: bool = False, events: bool = False) -> str | None:
    """Noun phrase right after the unit ('4000家5G工厂；' -> '5G工厂'), else None. `unit_char`, the mention's
    last character, tells a one-character noun (24个村) from half of a word the unit cut (13亿多人|民); `counted`,
    a count's measure word, that a measure after the noun is not what is counted (24个行业|利润); `people`, a count
    of people, that what they did is not who they are (150余位代表|参会)."""
    if right.startswith("级"):
        return None  # 300吨级, 万吨级: a class, and what follows is not what is counted
    right = _OTHER_MEASURE_WORD.sub("", right, count=1)  # 2000多万台（套）|农机装备: the measure word the count may also take
    if unit_char == "人" and right[:1] in PEOPLE_NOUNS_THE_UNIT_CUTS:
        return "人" + right[0]  # 14亿多人|口, 14亿人|民对美好生活的向往: the unit 人 took the first half of the counted noun
    if right[:1] in PREPOSITIONS_OPENING_A_PREDICATE and not _is_word(right[:2]) and "的" not in re.split("[，,。；;！!？?、]", right, maxsplit=1)[0]:
        return None  # 我们两人|对中美关系…, 100多人|给邬霞捐来…, 20公里|因山体塌方断路: what the counted thing does, no noun
    if _SETS_A_NEW_LEVEL.match(right):
        return None  # 预期从3.5%|下调至1.5%: the value is the base of a change, its thing stands before it
    if people and (formed := _FORMED_BY_PEOPLE.match(right)) and (body := _subject_after(right[formed.end():], "的")):
        return _clean_subject(body.removesuffix("名单") + "成员")  # 由417人组成的|中国体育代表团: its members
    if _RATE_AFTER_VALUE.match(right):
        return None  # 图书销量以年均30%|的速度增长, 用电量保持年均20%以上|的高增长: the rate of the thing before the number
    if right.startswith("的") and (ratio := _RATIO_AFTER_VALUE.match(right, 1)):
        return ratio[0]  # 按照20%的|比例对脱贫摘帽县开展抽查: the value is the ratio's; what follows is done at that ratio
    right = right.removeprefix("的")
    if (opening := _AFTER_OPENING.match(right)) and right[opening.end():opening.end() + 2] not in jieba_verbs()[0]:
        right = right[opening.end():]
    right = right[relative.end():] if (relative := _RELATIVE_VERBS.match(right)) else right
    if (opened := _OPENED_BEFORE_THE_NOUN.match(right)) and re.match("[\u4e00-\u9fff“]", right[opened.end():]) \
            and not re.match(r"[^，。；,;]{1,6}?[中里内]", right[opened.end():]):  # (27人|在14号的抗议活动中受伤: a place)
        right = right[opened.end():]  # 10家|已完成公开发行等程序的|企业, 32名|2025年|“全国十佳新闻工作者”
    if (clause := _CLAUSE_BEFORE_DE.match(right)) and (_is_relative_clause(clause[1]) or people and _what_people_did(clause[1])) \
            and not (people and not _PEOPLE_NOUN_START.match(right, clause.end()) and not _is_quality(clause[1])):
        right = right[clause.end():]  # 两架|由我国自主研制的|新一代隐身战斗机, 16个|各具优势的|承接载体
    if right.startswith(("省（区、市）", "省(区、市)", "省区市")):
        return "省区市"  # 西部12个省（区、市）
    if unit_char == "部" and right.startswith("委"):
        return "部委"  # 文化和旅游部等五部|委印发…: the ministries and commissions, whose 委 the unit 部 left behind
    m = _AFTER_RE.match(right)
    if not m:
        return None
    if right.startswith("的", m.end()) and _describes_what_follows(m[1]) and not (people and _PREPOSITION.match(m[1])) \
            and (head := _AFTER_RE.match(right, m.end() + 1)):  # (3人因恶劣天气引发的各类事故死亡: why they died)
        m = head  # 4艘快速接近的|伊朗快艇, 五个不同等级的|风险区: the phrase before 的 describes the counted thing
    if m[1] in jieba_single_nouns() and m[1] not in _NOT_A_COUNTED_NOUN and not _in_a_word(unit_char + right[:2]):
        return m[1]  # 60万辆车的装机需求, 周边的24个村一起: the counted noun is one character
    phrase = _before_verb(_TRAILING_JOINER.sub("", m[1]))
    if stopped_at_a_verb := re.match(r"[\u4e00-\u9fff](?<!的)", right[m.end():m.end() + 1]) is not None:
        phrase = _without_adverbs(phrase)  # 41个外资项目现场|签约: stopped at a verb of STOP_AFTER, whose adverb is no part of it
    if (prep := _PREPOSITION_IN_PHRASE.search(phrase, 2)) and not _is_word(phrase[prep.start() - 1:prep.start() + 1]) \
            and not _is_word(phrase[prep.start():prep.start() + 2]) \
            and (stopped_at_a_verb or prep[0] == "从" or any(_is_predicate_verb(phrase, q) for q in range(prep.end(), len(phrase) - 1))):
        phrase = phrase[:prep.start()]  # 30多万元的购买力|给各国生产者带来…, 四趟高铁列车|从南京南、…出发: what the thing does
    if done := _PERFECTIVE_VERB.search(phrase, 2):
        cut = done.start()
        if done.end() - cut == 3 and not _is_word(phrase[cut:cut + 2]) \
                and (phrase[cut] in PEOPLE_SUFFIXES or phrase[cut + 1] not in VERB_COMPLEMENT_CHARS):
            cut += 1  # 消防员|花了, 共和党议员|投了, 3个行政村|有了: a verb of one character, the noun's last character is no part of it
        elif _is_word(phrase[cut - 1:cut + 1]):
            cut -= 1  # 村|张贴了: the verb began one character earlier (a word of jieba's crosses the cut)
        phrase = _without_adverbs(phrase[:cut])  # 7700多万户家庭|实行了生活垃圾分类: the noun ends where its verb starts (3名气象人员|就遭遇了)
    if counted and len(named := phrase.split("—")[0]) >= 2:
        phrase = named  # 两名美国公民|——马修·米勒和…: the names after a dash are the members, not the counted noun
    if too_long := len(phrase) > _SUBJECT_MAX:  # too long to be a noun phrase: it ends at its first verb (2104名全国政协委员|登录网上…)
        phrase = next((phrase[:p] for p in range(2, _SUBJECT_MAX + 1) if _verb_at(phrase, p)), phrase)
    if counted and too_long and (joined := re.search("以及|[和与及]", phrase[2:])):
        phrase = phrase[:joined.start() + 2]  # 10位“最美乡村教师”|和清华大学研究生支教团…: the count is of the first noun joined
    if people:
        phrase = _people_before_their_verb(phrase)
    if len(phrase) >= 6 and phrase[-4:] in jieba_idioms():
        phrase = phrase[:-4]  # 一座148米高的大楼|拔地而起, 50多个第二现场|人头攒动: the idiom is what the thing does
    if (subject := _before_predicate(phrase, events=events)) != phrase:
        if subject in jieba_single_nouns() and not _in_a_word(unit_char + right[:2]):
            return subject  # 两个村|仅仅相距4公里
        phrase = subject
    if (change := _CHANGE_IN_PHRASE.search(phrase, 2)) and not _is_word(phrase[change.start() - 1:change.start() + 1]) \
            and not _FRAMES_ONLY.fullmatch(phrase[:change.start()]) and not _is_adverb(phrase[:change.start()]):
        phrase = phrase[:change.start()]  # 90%以上的农户|增收致富, 5个行业|利润下降: the change is what the thing does
    if counted and (average := _AVERAGE_OF_COUNTED.search(phrase, 2)):
        phrase = phrase[:average.start()]  # 178家保险公司|平均综合偿付能力充足率, 15种蔬菜|平均零售价格: a measure of the counted things
    if counted and (measured := _MEASURE_OF_COUNTED.fullmatch(phrase)) and len(measured["noun"]) >= 2 \
            and not (people and phrase.endswith("人口")):  # 10000余名贫困人口: people are the counted noun
        phrase = measured["noun"]
    if (when := _WHEN_TAIL.search(phrase)) and when.start() >= 2 and not _is_word(phrase[when.start() - 1:when.start() + 1]):
        phrase = phrase[:when.start()]  # 十一种情形|时, 3条“电力天路”|后, 10%的关税|后: the time the clause tells, not the thing
    return _clean_subject(phrase)


# A count right after 将 or 把 (the object a verb after it disposes of: 成功将|8颗卫星发射升空) or after a verb whose object is the
# subject of a verb after it (派出|50多支医疗小分队深入边远山村, 迎来|近6000只大天鹅栖息过冬, 造成|近400条道路中断): the noun after it is followed by
# its own verb, as after a count opening its clause.
# A preposition right before the count makes its noun the preposition's object, after which the clause's verb comes (与|11家中央企业
# 签署协议, 对|2000亿美元中国输美产品加征关税, 为|160多家科技型中小企业放贷): not the end of a word (参与, 针对, 作为, 面向, 认为).
_DISPOSAL_OR_PIVOT = re.compile(r"(?:将|把|派出|派遣|加派|迎来|吸引|带动|邀请|动员|造成|导致|致使|(?<![参给赋授干])与|(?<![针面绝相反应])对"
                                r"|(?<![作认成称因更视行较以])为|(?<![面指导转走趋方志意])向|(?<![供带交])给)了?(?:共|约|近|超过|总计)?$")
# What may stand before a count that is its clause's subject: an existential 有, a scope, 其中, an approximation.
_BEFORE_A_SUBJECT_COUNT = re.compile(r"(?:其中|目前|如今|现在|全国|全省|全市|当地|这|那|共|约|近|还|已|已经|也|均|都|就|先后|相继|陆续)*"
                                     r"(?:共有|还有|已有|约有|有)?$")
# An existential 有 right before the count, after what the clause is about and its adverbs (美洲已经有|26个国家和地区出现…, 另有|10个
# 国家处于高风险中, 我国又有|85个贫困县脱贫摘帽): what follows the counted noun is its predicate, as when the count opens the clause.
# Not the 有 of a verb taking the count as its object (拥有, 具有, 设有, 建有, 持有, 占有, 享有, 含有, 没有, 所有).
_EXISTENTIAL_BEFORE = re.compile(r"(?<![拥具没所含设建持占享富稀固特保])(?:另|又|仍|尚|还|也|都|均|已|已经|就|共|先后|至少|仍然|总共)*有"
                                 r"(?:约|近|超过|至少|多达)?$")


def _opens_its_clause(text: str, prev_end: int, start: int) -> bool:
    """The count at `start` opens its clause, with no verb before it but an existential 有 (…，【6名】武装分子侵入…,
    目前已有【30多个】平台在运营): its noun is the clause's subject, and what follows the noun is its predicate."""
    before = text[max(prev_end, _clause_start(text, start)):start]
    if times := PERIOD_RE.match(before):
        before = before[times.end():]
    return _BEFORE_A_SUBJECT_COUNT.fullmatch(before) is not None or _EXISTENTIAL_BEFORE.search(before) is not None


# Heads of compound nouns whose modifier holds a verb (非银行支付|机构, 国家扶贫重点|县, 血液透析|机, 飞机租赁|公司): a phrase
# ending in one is one noun, not a subject and its predicate.
COMPOUND_HEADS = ("机构", "市场", "中心", "公司", "资产", "大使", "基地", "平台", "项目", "工程", "设备", "设施", "产品", "系统",
                  "企业", "行业", "产业", "单位", "部门", "县", "机", "车", "园", "点", "站", "厂", "所", "室", "馆", "院", "局",
                  "队", "团")
_ENDS_IN_COMPOUND_HEAD = re.compile(f"(?:{_alt(COMPOUND_HEADS)})$")
_COMPOUND_HEAD_AFTER_VERB = re.compile(f"[\u4e00-\u9fff]{{0,2}}?(?:{_alt(COMPOUND_HEADS)})")  # 批发|市场, 扶贫|重点县


_PREDICATE_PREPOSITION = re.compile(r"按照|根据|通过|利用|[给对向从由因被把为在以用]")  # not 与, 同, 跟: they join nouns too

# What befalls counted things or what they do or reach, as the predicate after the noun of a clause a count opens (造成近400条
# 道路|中断，, 80趟始发列车|晚点，, 155处大中型灌区|启动春灌, 10个项目|落地): jieba tags these as nouns, places, verbal nouns or
# abbreviations, or lacks them, so its verbs miss them.
OUTCOMES_TAGGED_OTHERWISE = frozenset({"中断", "中选", "出线", "停航", "停水", "断电", "断水", "被淹", "垮塌", "关停", "获批",
                                       "落户", "开业", "投产", "通车", "上线", "落地", "摘帽", "被毁", "启动", "晚点", "亮相",
                                       "登场", "开机", "升级", "发力", "投用", "复工", "复产", "停摆", "售罄"})


def _final_predicate(phrase: str) -> int | None:
    """Where the noun before a verb standing alone as the predicate ends `phrase` ends: a verb of jieba's (not one heading
    nouns: 管理, 服务) or of OUTCOMES_TAGGED_OTHERWISE, after a two-character noun and the verb's adverbs (球队|直接|出线)."""
    p = len(phrase) - 2
    if p < 2 or _is_word(phrase[p - 1:p + 1]) \
            or not (phrase[p:] in OUTCOMES_TAGGED_OTHERWISE or _is_predicate_verb(phrase, p)):
        return None
    noun = _without_adverbs(phrase[:p])
    return len(noun) if noun[-2:] in jieba_two_char_nouns() else None


def _noun_before_its_verb(phrase: str) -> str:
    """The subject noun of a clause opened by a count, without its predicate: it ends at the phrase's first verb of jieba's
    when a noun of two characters stands right before it (基层党支部|共排查整改问题, 区县|出现暴雨, 高校|增设…专业), and
    a preposition before that verb opens the predicate (新人|按照宗教习俗接受…), or at a verb ending the phrase (_final_predicate:
    近400条道路|中断); verbs jieba tags otherwise count where OUTCOMES_TAGGED_OTHERWISE names them (大中型灌区|启动春灌). Not a
    phrase ending in the head of a compound noun, at the phrase's end or right after the verb (非银行支付机构, 国家扶贫重点县的…)."""
    if _ENDS_IN_COMPOUND_HEAD.search(phrase):
        return phrase
    if (end := _final_predicate(phrase)) is not None:
        return phrase[:end]  # 近400条道路|中断, 5座抽水蓄能电站|启动…建设: the noun's verb ends the phrase
    verb = next((p for p in range(len(phrase) - 3) if phrase[p:p + 2] in jieba_verbs()[0] and _verb_at(phrase, p)
                 or phrase[p:p + 2] in OUTCOMES_TAGGED_OTHERWISE and not _is_word(phrase[p + 1:p + 3])), None)
    if verb is None or verb < 2 or phrase[verb - 2:verb] not in jieba_two_char_nouns() \
            or not (_is_predicate_verb(phrase, verb) or phrase[verb:verb + 2] in OUTCOMES_TAGGED_OTHERWISE) \
            or _COMPOUND_HEAD_AFTER_VERB.match(phrase, verb + 2) \
            or (opening := _PREDICATE_PREPOSITION.match(phrase)) and (len(opening[0]) == 2 or not _is_word(phrase[:2])):
        return phrase  # (499万人|因旱供水受到影响: a predicate opens the phrase)
    noun = phrase[:verb]
    if (prep := _PREDICATE_PREPOSITION.search(noun, 2)) and not _is_word(noun[prep.start() - 1:prep.start() + 1]):
        noun = noun[:prep.start()]
    return _without_adverbs(noun)


# ---------------------------------------------------------------- facts
# What may follow the keyword at the end of a subject: measure nouns of the thing the keyword names.
_HEAD_TAIL = re.compile(r"(?:的)?(?:余额|总额|规模|数量|总量|占比|比重|比例|增速|增幅|增长|金额|存量|增量|总数|总值|产能|"
                        r"总规模|成交额|交易|资产|收入|货值|普及率|覆盖率|受理量|申请量|授权量|拥有量|预算|支出|全长|总长|长度|里程|额度|增长率|增长速度|同比增速|预期|经费|容量|数|量|额|值){0,2}")


# The change verb right before a number: 增长12% is a change; 提高到2.5% (…到/至/为) is the new level.
_CHANGE_BEFORE = re.compile(rf"(?:{_alt(CHANGE_VERBS)})(?:了)?(?:平均|分别|均|约|近)?(?P<to>到|至|为)?(?:了)?$")
# Nouns of change: 增速为8.1% is a change even with 为.
_CHANGE_NOUN_BEFORE = re.compile(r"(?:增速|增幅|涨幅|降幅|增长率|增长速度|提速)(?:均|分别|平均)?(?:为|是|达|达到)?$")
# The next value of a list (分别增长20.3%和19.9%) is of the same kind as the one before.
_LIST_JOIN = re.compile(r"^[和、及与,，]$")
# The things listed as examples right before a number (引进中国科学院等|13家平台): what they are says what is counted.
_EXAMPLES_BEFORE = re.compile(r"([^，,。；;：:]{1,24})等$")
_SHARE_CUES = re.compile(r"占|比重|比例|份额|率|强度|的$")
_RATE_WORDS = re.compile(r"(?:利率|税率|汇率|费率|利息)")
_SHARE_OF = re.compile(r"占(?P<of>[^,，、；;。的]{1,12}?)(?:的)?(?:比重|比例|份额|总量|总额|总数)?$")


# What may stand between two values of one thing: a joiner and an adverb of aggregation (，日均 / 、 / ，其中有).
_SAME_THING_BETWEEN = re.compile(r"[，,、；;和及与或\s]*(?:其中|日均|年均|月均|平均|合计|共计|累计|共|各|分别|均|有|达|为|是)*")


def _same_measure(facts: list, unit: str, kind: str, between: str, after: str) -> bool:
    """The fact before in the sentence is a level in the same unit, only a joiner or an adverb stands between the
    two and no verb of its own follows this number: a value naming no thing is more of the same thing
    (人员流动量超8.42亿人次，日均2.8亿人次), while 36人死亡、209人受伤 counts another thing, told by its verb, and
    长约40米，宽约8米 another measure, told by its noun."""
    verbs = jieba_verbs()[0]
    own_verb = after[:2] in verbs or after[1:3] in verbs and after[0] in "已均都也将"
    if facts and facts[-1].subject and facts[-1].subject not in verbs:
        between = between.removeprefix(facts[-1].subject)  # named after the value before (677.9万人次出入境，日均…): its thing
    return (bool(facts) and kind == "level" and facts[-1].kind == "level" and facts[-1].unit == unit and not own_verb
            and _SAME_THING_BETWEEN.fullmatch(between) is not None)


# 其中 right before a number that names nothing takes a part of the whole counted before it, in the same unit, whatever the
# part then does (3000多家企业参展，其中超过1000家是首次亮相; 投放贷款430亿元，其中130亿元用于疫情防控).
_PART_OPENING = re.compile(r"[^，,；;。]*[，,]其中[，,]?(?:有|约|仅|就)?")


def _part_of_previous(facts: list, unit: str, between: str) -> bool:
    """The number opens a part of the previous fact's whole (…，其中|…) in its unit."""
    return bool(facts) and facts[-1].unit == unit and facts[-1].kind == "level" and _PART_OPENING.fullmatch(between) is not None


def _continues_previous(facts: list, between: str, kind: str, m: re.Match[str]) -> bool:
    """Only a comma and a time, then a number with its own verb (59家，累计达到432家; 年均增长8.1%，2021年达4.88万亿元):
    the same subject's next value."""
    time = PERIOD_RE.match(between, 1)
    rest = between[time.end():] if time and between[:1] in "，," else between
    rest = _STRETCH_OR_ADVERB.sub("", rest)  # 研发经费投入1.1万亿元，连续三年|超过万亿元; …，首次|突破百万亿元
    return bool(facts) and kind == "count" and rest in ("，", ",", "") and between[:1] in "，," and bool(m["stack"] or m["pre"])


# A clause that is only a time and a verb of the value before the number (，2012年为|10754亿元, ，2020年有望超过|4000亿元,
# ，今年一季度突破|6%): the next value of the thing the value before it in the sentence, in the same unit, was of.
_TIME_THEN_VALUE = re.compile(r"[，,（(]\s*")
_HOPED = re.compile(r"(?:有望|预计|将|可望|还|也|则|仅|只)*")


def _time_continues_previous(facts: list, unit: str, between: str) -> bool:
    """Only a comma or a bracket, a time and a verb of the value between the fact before (in the same unit) and this number."""
    opening = _TIME_THEN_VALUE.match(between)
    time = opening and (PERIOD_RE.match(between, opening.end()) or _MONTH_TIME.match(between, opening.end()))
    return bool(facts and time and time.end() > time.start()) and facts[-1].unit == unit \
        and _PREDICATE_ONLY.fullmatch(_HOPED.sub("", between[time.end():], count=1)) is not None


def _joined_value(facts: list, unit: str, between: str, before: str) -> bool:
    """A value joined to the one before by 和, 与, 及 or 、 alone, in the same unit, is a value of the same measure (利用率达到
    96.6%和|98%, 接种率仅为1.9%和|1.8%): a list of values takes the thing of its first, unless its own is named; not after
    things listed before 分别 or 依次, each value being of another of them (东北虎、东北豹数量分别…增长到70只、|80只)."""
    return (bool(facts) and facts[-1].unit == unit and re.fullmatch(r"[和、及与]", between) is not None
            and not re.search("[、和与及][^，,；;]*(?:分别|依次)", before[_clause_start(before, len(before)):]))


# A stretch of years or an adverb of the verb between a value and the next one of the same thing.
_STRETCH_OR_ADVERB = re.compile(r"(?<=[，,])(?:连续(?:\d+|[一二两三四五六七八九十几多]+)个?(?:月|年|季度|周|天)|首次|再次|又|已经|已|均|都|也)+$")


_YEAR_OF = re.compile(r"(?:\d{4}年(?:底|末)?|(?:现如今|如今|现在|目前|当前|今年|去年|上年|明年|前年))的?$")  # 增长到2021年|, 增加到现如今的|


# A share told as A占B(的)N% or A不到B的N% is A's; B is what it is a share of (share_of), not what is counted.
# A占B比重 names the ratio itself (数字经济规模占GDP比重): that phrase stays the subject.
_SHARE_PART = re.compile(r"(?:(?:占到|占了|约占|仅占|只占|占)(?P<any>[^，,；;。、占]{1,16})|"
                         r"(?:不到|不足|超过|相当于|完成了?)(?P<of>[^，,；;。、占]{1,14}的|[^，,；;。、占的]{0,10}(?:任务|目标|计划))|"  # 完成年度计划的|72%, 完成年度目标任务|79%
                         # a value told as a share of a whole after a verb of the value (降雨量仅为往年平均降雨量的|17%, 融化面积已达整个表层的
                         # |约97%, 招生规模不低于高等职业教育招生规模的|10%): what stands before the verb
                         r"(?:已达到|已达|达到了?|达|仅为|约为|为|是|不低于|不高于|低于|高于)(?P<whole>[^，,；;。、占的由从\d]{2,14}的)|"
                         r"在(?P<within>[^，,；;。、在]{1,12})中(?:所占)?的?(?:比重|比例|份额|占比)[^，,；;。、\d]{0,4})$")  # A在GDP中的比重
_NAMED_RATIO = re.compile("比重|比例|份额|比率")


def _thing_of_clause_before(text: str, prev_end: int, start: int) -> str | None:
    """The thing the clause right before the number's clause names before its verb (固定资产投资一季度稳步回升，|同比增长6.3%;
    我国中西部地区进出口快速增长，|增速高出全国4.8个百分点), when no earlier fact of the sentence stands in that clause."""
    clause = _clause_start(text, start)
    if clause == 0 or (opens := _clause_start(text, clause - 1)) < prev_end:
        return None
    return _subject_before(text[opens:clause - 1])


def _share_part(text: str, prev_end: int, start: int) -> str | None:
    """The part a share of the clause ending at `start` is of: its subject (服务贸易占对外贸易总额的比重, 第三产业增加值在GDP中的
    比重), '' when the clause names none before 占, None when the clause does not tell a share this way."""
    clause_start = max(prev_end, _clause_start(text, start))
    m = _SHARE_PART.search(text, clause_start, start)
    if not m or (_NAMED_RATIO.search(m["any"] or "") and "的" not in m["any"]):
        return None  # A占B比重 names the ratio, which stays the subject; in A占B的比重 the break at 的 would leave 比重 alone
    if m.start() == clause_start == prev_end > _clause_start(text, start):
        clause_start = _clause_start(text, start)  # 山区26县|占全省面积的44.5%: the count before 占 is part of the whole's name
    return _subject_before(text[clause_start:m.start()]) or ""


# A topic chain: a clause naming no thing before its number (现已增加到|8000多只, 维持高位，达|2.95万亿元) continues the clause
# before it, whose subject is the noun phrase opening it, up to its predicate (西藏黑颈鹤种群数量|持续增加). Chinese leaves the
# subject of a chain's later clauses out.
# 其中 opening a clause before its count: the count is a part of what was counted before.
_AMONG_THEM = re.compile(r"(?:其中|这其中|当中)(?:有|就有|还有|共有)?(?:约|近|超过)?")
# A part told by what it is (其中有12款是核心零部件新品, 其中82.5%是非洲裔, 其中18人是避难申请者): the class after 是 or 为,
# up to the clause's end, names what is counted when nothing before the number does.
_CLASS_AFTER_COPULA = re.compile(r"(?:都|也|均|全|全部)?(?:是|为)(?P<cls>[^，,。;；、:：!?！？的\d]{2,12})(?=[，,。;；!?！？]|$)")
# What may end the clause after a number that continues the chain: the clause's end or the change after a level.
_CHAIN_VALUE_END = re.compile(r"(?:以上|以下|左右|之多)?(?:[,，。;；]|$|同比|环比|比上年|较上年|比去年|较去年)")
# A clause that only tells where its news comes from (美国总统奥巴马宣布，记者从…获悉，数据显示，): its subject is no topic.
# A clause before its number that is only a predicate: adverbs, a change and its frame, the verbs of TRAIL (现已增加到, 达, 同比增长).
_PREDICATE_ONLY = re.compile(rf"(?:{_alt(CHANGE_FRAMES + CHANGE_VERBS + TRAIL + ('现已', '现在', '目前', '已经', '其中', '首次', '年均', '每亩', '每年', '共有', '还有'))}"
                             r"|[了到至为达是将再又还也都均仍])*")
# A clause naming a group the next clause's count is part of (世界500强企业中，35家…; 70个大中城市当中，有24个…).
_GROUP_CLAUSE = re.compile(r"^(?P<group>[^，,；;]{2,16}?)(?<![河水湖海空手家心])(?:当中|之中|中)$")  # not 河中, 手中: a place
# Where an amount starts in a clause: not a digit of a name (PM2.5, 5G) nor of a date (3月, 10日).
_AMOUNT_START = re.compile(r"(?<![A-Za-z.\d])\d+(?:\.\d+)?(?![\d.]*[月日年号])")
_NO_TOPIC = re.compile(r"^(?:他们|她们|我们|你们|它们|大家|这里|那里|这|那)|[年月日天时]$")  # a pronoun, or a time ending it (新加坡单日)
_NO_TOPIC_OPENING = re.compile(r"根据|按照|依据|按|从|自|受|对|在|由于|由|经过|随着|据|截至|为了|为|第")
_SOURCE_CLAUSE = re.compile(r"(?:宣布|表示|获悉|了解到|显示|称|指出|介绍|说|透露|报道|公布|发布|统计)了?$")


def _topic_of_clause_before(text: str, prev_end: int, start: int, end: int) -> str | None:
    """The noun phrase opening the clause before the one holding the mention text[start:end], up to that clause's predicate
    (an adverb, a verb of jieba's or a verb of change), when the mention's clause names nothing before the number and ends
    with it (…，现已增加到|8000多只。): None when the clause before opens on no noun phrase or only tells a source."""
    here = _clause_start(text, start)
    if here <= prev_end + 1 or text[here - 1] not in ",，":
        return None
    left = text[here:start]
    if times := PERIOD_RE.match(left):
        left = left[times.end():]
    clause = text[max(prev_end, _clause_start(text, here - 1)):here - 1]
    if (group := _GROUP_CLAUSE.search(clause)) and _PREDICATE_ONLY.fullmatch(left) and (whose := _subject_before(group["group"])):
        return whose  # 如今世界500强企业中，|35家都在这里落户: the group the part is of
    if not _CHAIN_VALUE_END.match(text, end) or not _PREDICATE_ONLY.fullmatch(left):
        return None  # 安全人员还在行动中解救了附近建筑中的|47人: the clause names its own thing
    if (digit := _AMOUNT_START.search(clause)) and _CHANGE_ONLY.fullmatch(left) and not _SOURCE_CLAUSE.search(clause) \
            and (amount := _subject_before(clause[:digit.start()])) and not _names_no_thing(amount):
        return amount  # 手持订单量12790万载重吨，同比增长|23.4%: the change of an amount in a unit of no fact
    if _SOURCE_CLAUSE.search(clause) or re.search(r"\d", clause):
        return None  # (企业创新指数达到198.02，同比增长|27.73%: a number of its own, not a fact, names the chain's thing)
    if times := PERIOD_RE.match(clause):
        clause = clause[times.end():]
    if _NO_TOPIC_OPENING.match(clause) or clause[:1] in jieba_adverbs() or clause[:2] in jieba_verbs()[0] | jieba_adverbs():
        return None  # 根据关税减让方案, 受…影响, 再进行…: the clause opens on a preposition, an adverb or a verb, not its topic
    for p in range(2, len(clause) - 1):
        if _is_word(clause[p - 1:p + 1]) or any(clause[p:p + n] in jieba_verbs()[1] for n in (3, 4)):
            continue  # the character before and this one make a word, or a longer word starts here (外国|直接投资)
        if (_is_adverb(clause[p:p + 2]) or clause[p] in jieba_adverbs() or _is_predicate_verb(clause, p)
                or _CHANGE_ONLY.match(clause, p)):
            topic = _subject_before(clause[:p])  # (搬迁的贫困户|来自…: the noun after 的)
            if topic is None or _names_no_thing(topic) or not (head := _trimmed(clause[:p])).endswith(topic) \
                    or len(head) > _SUBJECT_MAX or _NO_TOPIC.search(topic) \
                    or "的" in clause[p:p + 4]:
                return None  # (现场|交付的…样品: the verb is in a phrase before 的, no predicate)
            return topic
    return None


# Verbs that set a number to a new level without being a change of their own (预期从1%下调至|0.8%, 由4辆增至|8辆 is one).
SET_TO_VERBS = ("下调", "上调", "调低", "调高", "调降", "调升", "调整", "下修", "上修", "修正", "变", "改", "升", "缩短", "延长", "扩展",
                "突破", "削减", "扩充", "缩减", "压缩")  # 审批总环节从127个压缩到|35个
_SET_TO = re.compile(rf"(?:{_alt(SET_TO_VERBS)})(?:为|至|到)了?$")
# A subject that is only a verb setting a new level (大幅下调至|2.2%, 削减到|130家, 后来扩充至|41个) names nothing: what was
# set is before it.
_SET_ONLY = re.compile(rf"(?:后来|最终|随后|又|再|已|已经|将)?(?:{_alt(CHANGE_FRAMES)})*(?:{_alt(SET_TO_VERBS)})了?(?:为|至|到)")
_SETS_A_NEW_LEVEL = re.compile(rf"(?:大幅|小幅)?(?:{_alt(SET_TO_VERBS + CHANGE_VERBS)})了?(?:为|至|到)")  # 由6.9吨|提升到了7.4吨


def _rises_to(text: str, start: int) -> bool:
    """The number is the new level of a change (增长到2021年的26811元, 提高到了24%, 下调至1.5%)."""
    left = _BASE_OF_RISE.sub("", _YEAR_OF.sub("", text[max(0, start - 14):start]))
    change = _CHANGE_BEFORE.search(left)
    return bool(change and change["to"]) or _SET_TO.search(left) is not None


def fact_kind(text: str, start: int, unit: str, is_rank: bool) -> tuple[str, str | None]:
    """(kind, share_of): 'rank'; 'change' (增长12%, 提高0.5个百分点); 'share' (a % that is a part of a whole:
    占GDP比重2.4%, 研发投入强度2.4%, 开工率77%) with what it is a share of; else 'level'."""
    if is_rank:
        return "rank", None
    left = text[max(0, start - 8):start].rstrip(" *_")
    change = _CHANGE_BEFORE.search(left)
    if (change and not change["to"]) or _CHANGE_NOUN_BEFORE.search(left):
        return "change", None
    if unit == "百分点" and not change:
        return "change", None
    if unit == "%":
        clause = text[_clause_start(text, start):start]
        if _RATE_WORDS.search(clause):
            return "level", None
        of = _SHARE_OF.search(clause)
        return "share", (of["of"].strip() if of else ("GDP" if "强度" in clause else None))
    return "level", None


# The nouns a measure word counts (Chinese measure words select their nouns: 家 counts firms and bodies, 户 households, 所 schools
# and hospitals): a count naming nothing, in a sentence that names such a noun before it, counts that noun (天津市就实现了科技型中小企业
# 的“铺天盖地”，从12500家快速增长到73200家; 搬迁的贫困户来自…，共计3914户).
NOUNS_A_MEASURE_WORD_COUNTS = {
    "家": ("企业", "公司", "机构", "银行", "医院", "商户", "门店", "工厂", "单位", "学校", "酒店", "超市", "平台"),
    "户": ("户", "家庭", "农户", "住户"),
    "所": ("学校", "高校", "大学", "医院", "中学", "小学"),
    "辆": ("车",),
    "艘": ("船", "舰", "艇"),
    "架": ("飞机", "机"),
    "座": ("桥", "城市", "水库", "电站", "场馆"),
    "例": ("病例",),
    "项": ("项目", "措施", "举措", "成果", "专利", "标准", "政策", "事项"),
    "条": ("措施", "举措", "线路", "航线", "河流", "条目"),
    "起": ("案件", "事故", "事件", "案"),
    "件": ("案件", "议案", "建议", "提案", "文物", "作品"),
    "台": ("设备", "机组", "机"),
    "套": ("住房", "设备", "房"),
    "头": ("牛", "猪", "象"),
}


def _noun_the_measure_word_counts(text: str, start: int, unit: str) -> str | None:
    """The last noun of the sentence before `start` that the measure word `unit` counts, with what names it before (its noun
    phrase, read as a subject before a number is), or None."""
    heads = NOUNS_A_MEASURE_WORD_COUNTS.get(unit)
    if not heads:
        return None
    ends = [m.end() for m in re.finditer(_alt(heads), text[:start]) if not _NUMERAL_BEFORE.search(text, 0, m.start())
            and _ENDS_A_NOUN.match(text, m.end())]  # (棚户区: 户 inside a word)
    for end in reversed(ends):
        if (noun := _subject_before(text[:end])) and (noun := _AFTER_A_COUNT.sub("", noun)) and len(noun) >= 2 \
                and noun.endswith(heads) and not _names_no_thing(noun):
            return noun  # (发射了33架|无人机: the noun after the count, not the count's measure word itself: 将近6000|户)
    return None


_ENDS_A_NOUN = re.compile(r"(?![区型级类式])")  # not a head inside a longer noun (棚户区)
_NUMERAL_BEFORE = re.compile(r"[\d零一二两三四五六七八九十百千万亿多余几]$")  # 6000|户, 四|例: a measure word of a count, no noun
_AFTER_A_COUNT = re.compile(r"^.*[\d零一二两三四五六七八九十百千万亿][多余几]?[个家户名位项条座件种所只台辆艘架例起批](?=..)")  # 33架|无人机


# Where a case came from, naming a part of the count before it (新增无症状感染者1281例，其中境外输入|128例，本土|1153例): a
# class of the whole's cases, which its head noun completes (境外输入无症状感染者).
CASE_ORIGINS = ("境外输入", "本土", "输入", "本地")
_CASE_HEAD = re.compile(rf"^(?:{_alt(SERIES_WORDS)})?(?:单日|当日)?(?:新冠肺炎|新冠)?(?:{_alt(CASE_ORIGINS)})?(?P<head>.*(?:病例|感染者))$")
_NEW_OF_A_SERIES = re.compile(r"(?:当日|当天|单日)?新增了?$")


CASE_UNITS = frozenset({"例", "人", "名"})


def _case_series(subject: str | None, prev_subject: str | None, between: str, unit: str) -> str | None:
    """The series a count of cases (in `unit`) right after another's is of: a part named by its origin alone takes the
    whole's head noun (其中境外输入|128例 -> 境外输入无症状感染者), and a 新增 after a stock (现有疑似病例89例，当日新增|12例) is
    the new ones of that stock (新增疑似病例), not the stock itself; else `subject` as it is (and for any other unit)."""
    if unit not in CASE_UNITS or not prev_subject or not (whole := _CASE_HEAD.match(prev_subject)) or not whole["head"]:
        return subject
    if subject in CASE_ORIGINS:
        return subject + whole["head"]
    if subject == prev_subject and subject.startswith(("现有", "累计")) and _NEW_OF_A_SERIES.search(between):
        return "新增" + subject[2:]
    return subject


# A size told by a bare dimension word opening its clause (此次吊装的首节段拱肋，长22米，高17米，宽4.8米; 一片人工湿地，占地5000亩):
# the word is what is measured, of the thing named before it. The analyst's label is the measure's noun (长度, 占地面积);
# after a size already named with its owner (桥长16米，宽2.6米) the owner is the same and the form is kept (桥宽).
DIMENSION_NOUNS = {"全长": "全长", "总长": "总长", "长": "长度", "宽": "宽度", "高": "高度", "深": "深度", "厚": "厚度",
                   "直径": "直径", "半径": "半径", "占地": "占地面积"}
# Not 高达, 高于, 高出, 深入, 长达 (a bound or a comparison, not the size: 总用钢量高达4.5万吨), nor 长大, 高速 (words).
_BARE_DIMENSION = re.compile(rf"(?P<dim>{_alt(sorted(DIMENSION_NOUNS, key=len, reverse=True))})(?![达于出入大速])"
                             r"(?:约为|约|为|达到|近|超过|不到)?")
_SIZE_UNITS = frozenset({"米", "公里", "千米", "厘米", "毫米", "英里", "英尺", "海里", "平方米", "平方公里", "平方千米", "亩", "万亩",
                         "公顷", "平米"})
_OWNED_DIMENSION = re.compile(rf"(?P<owner>.+?)(?:{_alt(sorted(DIMENSION_NOUNS, key=len, reverse=True))}|长度|宽度|高度|深度|厚度|占地面积)$")


# The clause before names the owner of the size only when it is a noun phrase: a count or a measure word opening it goes
# (一片人工湿地), a place, a copula or a number says something else (青奥村位于…沿岸, 直径10厘米).
_NAMED_BEFORE_A_SIZE = re.compile(r"^(?:这|那|该)?[一两二三四五六七八九十几数]?[个条座片块处栋根艘架台道]")
_NOT_AN_OWNER = re.compile(r"\d|位于|地处|是|在|之间|相同|大小")


def _bare_dimension(text: str, prev_end: int, start: int, unit: str, prev_subject: str | None) -> str | None:
    """The subject of a size told by a bare dimension word opening the clause before the value (长22米, 占地约14万平方米):
    the owner's name and the measure (首节段拱肋长度, 桥宽), or the measure alone when no owner is named right before."""
    clause = _clause_start(text, start)
    segment = text[max(prev_end, clause):start].lstrip("，,、；; ")
    if unit not in _SIZE_UNITS or not (dim := _BARE_DIMENSION.fullmatch(segment)):
        return None
    word, noun = dim["dim"], DIMENSION_NOUNS[dim["dim"]]
    if clause and prev_subject and (owned := _OWNED_DIMENSION.fullmatch(prev_subject)) and prev_end > _clause_start(text, clause - 1):
        # 桥长16米，|宽2.6米: the owner of the size just told, in that size's form (长 -> 宽, 长度 -> 宽度)
        return owned["owner"] + (word if prev_subject.endswith(("长", "宽", "高", "深", "厚")) and len(word) == 1 else noun)
    if clause and prev_end <= _clause_start(text, clause - 1):
        named = _NAMED_BEFORE_A_SIZE.sub("", text[_clause_start(text, clause - 1):clause - 1].rpartition("的")[2])
        if not _NOT_AN_OWNER.search(named) and _predicate_start(named) is None and (owner := _subject_before(named)) \
                and len(owner) + len(noun) <= _SUBJECT_MAX:
            return owner + noun  # 此次吊装的首节段拱肋，|长22米: the thing the clause before names, and nothing else
    return noun


# A value reached from the one before it (国产电影年产量从不到100部达到了|2012年的754部, 种植规模从原来的250亩发展到|现在的700多亩,
# 从原来的17%下调至|现行的13%): the same thing's new level, whatever the verb reaching it.
_FROM_VALUE_BEFORE = re.compile(r"(?:从|由)[^,，;；。:：从由]{0,8}$")
_TIME_OF_A_LEVEL = r"(?:(?:19|20)\d\d年(?:底|末|年底)?|现在|现行|目前|如今|现如今|当前|今年|去年|上年|本世纪初)"
_REACHED_FROM = re.compile(rf"[^，,。；;:：\d从由]{{0,6}}?(?:到|至)了?{_TIME_OF_A_LEVEL}?的?")
# A clause opening on the value a change starts from, with nothing before 从 (电影票房居世界第二，|从2003年的11亿元增长到…): the
# chain's topic, the thing of the value in the clause before.
_FROM_BASE_ONLY = re.compile(rf"(?:从|由)(?:{_TIME_OF_A_LEVEL}|原来|原先|过去|以前|此前)的")


def _reached_from_previous(text: str, prev_start: int, prev_end: int, start: int) -> bool:
    """The value at `start` is the level reached from the value text[prev_start:prev_end] that 从 or 由 introduced."""
    return _FROM_VALUE_BEFORE.search(text, 0, prev_start) is not None and _REACHED_FROM.fullmatch(text, prev_end, start) is not None


def _opens_on_its_base(text: str, prev_end: int, start: int, prev_subject: str | None) -> bool:
    """The value at `start` opens its clause as the base of a change (…，从2003年的|11亿元增长到…), and the clause right before,
    holding the value before, opens on that value's subject (电影票房居世界第二): the topic the chain goes on with."""
    clause = _clause_start(text, start)
    if not clause or not prev_subject or _FROM_BASE_ONLY.fullmatch(text, clause, start) is None:
        return False
    opens = _clause_start(text, clause - 1)
    return opens < prev_end <= clause and text.startswith(prev_subject, opens)
