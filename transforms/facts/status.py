"""The status of a value: actual, target (力争, 目标, 到2025年…达到), forecast (预计, 有望) or plan (计划, 拟), from
the cues of its clause and of the clause that governs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.facts.indicators import PEOPLE_UNITS
from transforms.facts.model import _CLAUSE_BREAK, _clause_start
from transforms.facts.numbers import MASKS
from transforms.facts.periods import _COMPARISON_BEFORE, AWAY, FIVE_YEAR_PLANS, LENGTHS, is_dimension
from transforms.facts.subjects import _SETS_A_NEW_LEVEL
from transforms.facts.tables import _unit_kinds
from transforms.lexicons import (
    jieba_verbal_nouns,
    jieba_verbs,
)

# What a project will do once built is its planned capacity (项目建成后，每年可提供工业蒸汽480万吨); built in a past year
# (2014年建成后，每年可向浙江输送…) it is what it does.
UPON_COMPLETION = r"(?<!\d年)(?:建成|投产|达产|投用|完工|竣工|投运)后"
# 要 + a verb of building, raising or cutting states what is to be done (今年宁夏要建立100个…示范村, 未来五年要新增5000万个就业岗位,
# 新兴产业产值要增长12%): a target like 要达到. Not inside a word (主要, 需要, 只要, 重要), nor after 就 or 都 (合肥平均每天就要
# 诞生5家: what happens).
# What a document proposes is a goal (《报告》提出今年国内生产总值增长5.5%左右; 《规划》提出，全省…达到…): a report, plan,
# programme or opinion that 提出, governing the clauses after it; not right before a count of what it proposes (《决定》提出的300多项
# 改革举措, 提出了3条建议: they are counted); 提出的 naming what it proposed governs no later clause (《政府工作报告》提出的重点工作的
# 完成情况，涉及8个方面、35项政策措施: a report on them), though it still makes its own clause's number a goal (完成《规划》提出的
# 宽带网络覆盖90%以上贫困村的目标).
DOCUMENT_PROPOSES = r"(?:(?<=》)|报告|规划|方案|意见|纲要|目标)(?:中|里)?(?:明确|首次|还|进一步)?提出(?!了?的?[\d一二三四五六七八九十两])"
# What a meeting decides (会议决定，再取消52项…许可事项; 会议同时决定，今明两年在…13个粮食主产省选择200个左右县; 会议确定了…重点：
# 一是…) is a measure to be taken: plan, governing the clauses after it; not what it decided earlier (会议决定的, 会议确定的)
MEETING_DECIDES = r"会议(?:同时|还|并|研究)?(?:决定|确定)(?!的|了的)"
AIM_IS = r"目标[是为](?=[，,：:]|用|在|到|通过|实现|达到|让|使|每年|今年|明年|力争|争取|确保)"
SHALL_DO = (r"(?<![主重需只首纪摘险紧简必想就都])要(?:新建|新增加|新增|建设|建成|建立|建|增加|增长|提高到|提高|提升|培育|引进|开工|"
            r"关停|淘汰|压减|减少|降低|发布|打造)")
# A cue word that is part of a noun is no cue: 预测 naming the work or tools of forecasting (对渠道水温和冰情开展预测预报，今年新增加的
# 18套…设备实现实时监测; 人工智能负荷预测系统通过30多种人工智能算法; 预测预警能力) is done now (but 预测模型显示，未来4周… tells
# what a model expects); 令计划 is a man's name (证实令计划受贿共计折合人民币7708.5383万元), not a plan.
_FORECASTING_NOUN = "(?!预报|预警|系统|能力|软件|平台|技术)"
_NAMED_PLAN = "(?<!令)"
# 愿 (is willing to) before a verb of giving, in its clause, pledges what is given (中方愿在未来3年再向东盟提供15亿美元发展援助; 中方愿
# 在未来5年为成员国培训2000名执法人员; 中方未来5年愿邀请5万名美国青少年来华交流学习; 中方愿在非洲实施30个…项目): plan. Not
# inside a word (志愿, 意愿, 自愿, 祝愿 …), nor before other verbs (中方愿同…以两国建交45周年为契机, 愿优先支持尼方破解…三个…瓶颈).
_PLEDGES = r"(?<![志意心自遗祝夙宁情甘许如请发不未没])愿(?![景望])意?(?=[^，,；;。]{0,20}?(?:提供|培训|援助|实施|捐赠|邀请|资助|追加|设立))"
# What a number is, from the words before it in its clause: the cue nearest the number wins. (status, pattern)
# A deadline ahead: 年底前, 今年末前, 6月底前, 12月底前 (not 2015年底前, a date looked back on).
_DEADLINE = r"(?:(?<!\d)年|\d{1,2}月)(?:底|末)前"
# A cue word inside a longer noun is no cue. 设计 after a field of design (服装设计, 工业设计, 建筑设计) or before the noun it
# modifies (设计加工企业, 设计大赛, 设计作品, 设计中心) names a trade, a contest or a work, not a design to be carried out
# (一家服装设计加工企业吸纳就业200多人: actual); 免疫规划 is the immunisation programme (国家免疫规划疫苗接种率维持在90%以上: actual).
# (two-character fields only: they make one fixed-width lookbehind)
_DESIGN_FIELDS = "|".join("服装 时装 工业 产品 建筑 室内 外观 平面 广告 视觉 景观 园林 艺术 创意 包装 芯片 工艺 品牌 家居 珠宝".split())
_DESIGN_HEADS = "加工|企业|公司|行业|产业|大赛|竞赛|比赛|作品|专业|中心|人才|服务|领域|能力|水平|奖|周|展"
STATUS_CUES: tuple[tuple[str, str], ...] = (
    # 可达, 可实现 (can reach) tell a capacity or a ceiling, not an expectation (该导弹射程可达2000公里, 列车试验速度可达每小时400公里,
    # 补贴数额最高可达300元): what the thing is; a plan or an expectation governing them says otherwise (全面投产后，年发电量可达…,
    # 预计今年…可实现销售收入约4500亿元)
    # 将有 + a number is what is expected to be there (今天将有150多艘滞留船只得到疏散); 将有力, 将有效 are adverbs
    # 可能 (may) before the number is what a source expects (not a kind of case listed: 确诊、疑似和可能感染病例共计4784例) (…关税可能在2025年至2028年间给德国经济造成高达2900亿欧元的损失, 美国经济
    # 增长可能降低到1.4%); not 不可能, 可能性, 可能影响…的 describing a kind of thing (可能影响未成年人身心健康的网络信息的4种类型),
    # nor what may have happened (运输机可能运送了65名…)
    ("forecast", rf"预计|(?<![于超出到比])预期(?!指数|寿命)|预测{_FORECASTING_NOUN}|估计|有望|可望|或将|(?<![不和、与及或])可能(?!性|影响|[^，,；;。]*了)|将达|将超|将突破|将增至|将增长|将提高|将实现|将带动|将处于|将保持|将维持|将回升|将下降|将减少|将增加|将扩大|将降至|将有(?![力效序利])"),
    # a deadline ahead (今年底前实现…58项事项异地办理, 6月底前下达90%以上, 年内…降低100美元以上) sets a target; a dated one
    # (2015年底前已办理退休手续) looks back, and a span (未来10年内, 运行期25年内, 两学年内) is no deadline
    # 目标 as a noun is no target: what a value is compared with (好于年度目标0.6个百分点, 比目标高, 比预期目标超出28.7万人, 超年度目标任务近126万人), what a share is of (占年度目标任务的78.2%, 完成全年目标任务的58%, 完成年度目标任务79%), a heading of a list
    # (目标任务等六个方面) or an item of one (提出7个方面发展目标和21项主要指标), what was split up (目标被分解成84项任务), what is struck (向…极端组织目标发射了4枚巡航导弹, 等目标实施了六次集群打击)
    # (争取到 is won: 为广州一家保温杯企业争取到将近400万元的出口退税)
    # a policy rate's target range (联邦基金利率目标区间) names the rate a central bank sets, no goal: what it is set to is decided
    # (将联邦基金利率目标区间上调25个基点到4.5%至4.75%之间: actual, like 将利率维持在4.50%)
    # 目标是, 目标为 opening what is aimed at (…计划的总体目标是用10年时间，…遴选一万名左右; 他们现在的目标是，…每年让10万以上的
    # 贫困人口走上致富路) govern the clauses after them; not before a thing named (此次行动的目标是以色列一座情报中心)
    ("target", rf"力争|争取(?![到了])|{AIM_IS}|(?<!于)(?<!比)(?<!较)(?<!于年度)(?<!于全年)(?<!于预期)(?<!利率)(?<!比预期)(?<!超)(?<!超年度)(?<!超全年)目标(?!(?:任务)?(?:的|等|和|、)|任务[\d.]+%|被|发射|发动|实施|进行|打击|包括)|确保(?!了)|要达到|要实现|要突破|要超过|要控制|要保持|{SHALL_DO}|{DOCUMENT_PROPOSES}|控制在|不低于|不少于|{_DEADLINE}|(?:今年|本年|当年)年?内|(?<![\u4e00-\u9fff\d])年内"),
    # (确保了被护船舶…100%安全 is done: no target; 业务活动预期指数 and 人均预期寿命 (life expectancy) name indicators, 代拟了 and 准备了 are done, 计划、预算 and
    # 两大规划中 are nouns)
    # 规划, 设计, 准备 as nouns or done are no plan: 规划单位, 占规划总数的2.3%, 规划实施了, 编制了30多个重点规划、100多项行动方案 (but 规划了两条城际线路 plans them), 设计了四千多张图纸, 自主设计建造的
    # 500米口径…望远镜, 存款准备金率由现行8%…; a design speed is what a line or a bridge is built for (大桥全长1639米，
    # 设计时速80公里), told like its length, and 设计工具, 外观设计申请量, 完成设计总量的95% are nouns
    # 计划 naming a programme (国家重点研发计划核心装备, 援助计划) or the plan whose part is done (完成年度计划投资1215.77亿元
    # is what was done; 今年计划完成投资4300多亿元 plans it) plans nothing, nor does the state plan a congress reviews
    # (国民经济和社会发展计划执行情况, 计划报告和计划草案: documents, 关于…的6个决议草案 counts them)
    ("plan", rf"{_NAMED_PLAN}(?<!研发)(?<!援助)(?<!发展)(?<!完成)(?<!完成年度)(?<!完成全年)计划(?!的|数|内|任务|目标|总投资|、|单列|生育|署|执行情况|草案|报告)|(?<![虚模比草代])拟(?!了)|(?<!免疫)规划(?!的|、|单位|院|局|部门|师|馆|总数|中(?!的)|[\u4e00-\u9fff]{{1,2}}了)|谋划|将投资|将建设|将新建|将建成|将开工|将于|将举办|将安排|将发行|将新增|将上演|将开行|{MEETING_DECIDES}|(?<!前期)(?<!项目)(?<!赛前)(?<!战前)准备(?!金|了|工作|基金|特别基金|阶段|期|会)|打算"
             rf"|{_PLEDGES}|(?<!自主)(?<!{_DESIGN_FIELDS})设计(?!了|建造|制造|研发|生产|的|师|院|单位|方案|理念|(?:最高)?时速|速度|工具|申请|总量|组织|产品|{_DESIGN_HEADS})|{UPON_COMPLETION}"),
    ("actual", r"已经|已|累计|共有|现有|完成|实现了|达到了|建成了|截至|实际|共设|设有"),
)
_STATUS_RE = re.compile("|".join(f"(?P<{status}>{pattern})" for status, pattern in STATUS_CUES))
# (a named plan after the number is none: 教育部等五部门近日启动“人工智能+教育”行动计划)
# After the number 计划 plans only as a verb with its time, place or action (3个项目计划于年底开工, 60%的企业计划2021年扩大
# 在华业务) or as the plan to do it (释放5000名塔利班在押人员的计划); otherwise it names a plan the counted things are in
# (4.3万余名大学生志愿服务西部计划志愿者, 82个区域公用品牌纳入…培育计划, 22个省份已完成年度…改造计划, 教育部等八部门
# 启动…强师计划) or that they have (67.74%的企业有创新研发计划), or who planned (两名嫌疑人曾计划前往).
# 有望, 可望 after the number say it is expected (超90%的县市有望实现…); 预计 there is said by what the number counts or of
# what it sizes, itself there now (约70%的经济学家预计美国经济2023年可能出现衰退, 派出的3艘战舰预计于24日抵达, 全长105公里的
# 朝凌高铁预计年内开通运营): no cue of the number.
_FUTURE_AFTER = re.compile(r"(?P<forecast>有望|可望|将(?:建立|建成|实现|达到|超过|突破))"
                           rf"|(?P<plan>(?:{_NAMED_PLAN}(?<!行动)(?<!工作)(?<!专项)(?<![曾有])计划)(?=于|在|将|到|从|再|用|投资|建设|新建|开工|实施|今年|明年|年内|\d)|的计划|(?<![虚模比草代])拟(?!了))")
# A sentence opening with a future horizon (到2025年，… / “十四五”期间，…) sets targets for what follows; 截至2018年,
# 截止到2018年 look back to a date, they are no horizon.
_HORIZON_OPENING = re.compile(r"^(?:[^，。；]{0,6})?(?<![截止])(?:到|至)\d{4}年(?:底|末)?"
                              r"|^[^，。；]{0,4}[“\"]?(?P<plan>十[四五六]五)[”\"]?(?P<span>期间|时期|末)")
# … and so does a clause of its own, later in the sentence, that is only a horizon (印发《…实施方案》，到2027年，…普及率达到90%;
# 提出到2025年，…比重达1.5%以上); not a span of years (从2012年到2022年，).
_HORIZON_CLAUSE = re.compile(r"(?<=[,:，：])[^,:，：。；;\d]{0,6}?(?:(?<![截止])(?:到|至)(?P<year>\d{4})年(?:底|末)?"
                             r"|[“\"]?(?P<plan>十[四五六]五)[”\"]?(?P<span>期间|时期|末))(?=[,，])")  # 三是…，“十四五”期间，新建…


# Cues that govern the clauses after theirs: verbs of intent and expectation, not nouns (规划, 设计, 目标) or a
# clause's own bound (不低于).
_GOVERNING_CUE = re.compile(rf"预计|预期|预测|估计|有望|可望|力争|争取|确保|拟|计划|将.{{1,2}}|{UPON_COMPLETION}|{_DEADLINE}|.{{0,3}}年内|{MEETING_DECIDES}|目标[是为]"
                            rf"|{DOCUMENT_PROPOSES}")
# Verbs that say what a source expects (联合国估计，…; 农业部门预测，…; 报告预计，…): a comma after them opens what is
# expected, where after a noun (行动计划，…) it ends a plan named.
_EXPECTS_BEFORE_COMMA = re.compile(rf"预计|预测|估计|{UPON_COMPLETION}|{_DEADLINE}|.{{0,3}}年内|{DOCUMENT_PROPOSES}|{MEETING_DECIDES}|目标[是为]")  # and a deadline: 今年底前，…
# 将 + a verb, after an adverb: a forecast when the verb moves or states a level (将降低20%, 将导致损失16亿欧元), a
# plan for any other verb of jieba's (将制定1800项, 将持续推进40条). 将 before a noun marks an object (将利率维持在
# 4.50%: done), 将近 is 'nearly', 即将/必将 are other words.
# The adverbs are tried longest first (将共同出资 is 共同 + 出资, not 共 + 同出); 新 (newly) only before a verb of building or
# raising things (将新培育3000家, not 将新发展格局单独成篇, where 将 marks an object), and a time of recurrence only when no 的
# follows in the clause (今后五年，芜湖将每年拿出40个亿; not 恒力将每年销售收入的5%投入研发). When the verb after the adverb is
# none, the word right after 将 may be the verb (将共建: 共建).
WILL_ADVERBS = ("持续", "继续", "进一步", "全面", "加快", "尽快", "全力", "努力", "隆重", "重点", "着重", "着力", "稳步", "积极", "同比", "环比", "陆续", "依次", "先后", "大力", "逐步", "再", "还", "首次", "第一次", "同时", "共", "大幅",
                "明显", "显著", "有所", "基本", "连续", "分别", "正式", "同步", "共同", "一次性", "(?:每年|每月)(?![^，,；;。的]*的)",
                "新(?=培育|引进|建设|打造|布局|认定|设立|推出|改造|安排|投放|招引)")
_WILL = re.compile(r"(?<![即必终])将(?![近军来士领帅相])(?:会|要)?(?:"
                   + "|".join(sorted(WILL_ADVERBS, key=lambda a: -len(re.sub(r"\(.*\)", "", a)))) + ")?")
_WILL_BARE = re.compile(r"将(?:会|要)?")
# 将 then a preposition (将同阿方在…领域共建10家联合实验室, 将在未来几天内提供…, 将从2.4%回升至2.7%, 将通过多个电视频道…联动200多个国家和地区, 将用光伏板铺满3285个
# 足球场大小的沙丘, 生产效率将比传统网箱提升3倍以上): future too;
# the verb comes later in the clause
_WILL_COMPARED = re.compile("比(?![例重率值赛亚利])")  # 比 the preposition, not of 比例, 比赛, 比亚迪, 比利时
_WILL_PREPOSITION = re.compile("[从由在向为对与于给]|比(?![例重率值赛亚利])|同(?![比时样步意类等])|以(?![后前来上下及])|通过|依托|依靠|按照|围绕|用(?!于)")
_FORECAST_VERBS = frozenset("降低 提升 提高 增长 下降 减少 增加 扩大 缩小 达到 超过 突破 实现 带动 导致 增至 降至 回升 保持 维持 高达 多达 "
                            "处于 稳定 迎来 拉动 形成 节约 节省 损失 衰退 下滑 萎缩 回落 上涨 下跌 占到 占据 使 让 高于 低于 影响 "
                            "减到 减至 降到 升到 升至 增到 涨到 涨至 跌到 跌至 惠及 "
                            # what a thing brings about (将继续推高通货膨胀…0.9个百分点, 每年将减轻企业和个人负担400多亿元, 此举将造成约3500人
                            # 失业, 这将剥夺当地800名儿童…的权利), like 导致 and 带动; not 带来, which as often presents what is planned (艺术团将为
                            # 观众带来29台剧目)
                            "造成 推高 推升 拉高 拉低 压低 减轻 剥夺 拖累 削弱".split())
# An estimate before 将 makes it expected, like 预计 (据估算，2013年，西部地区GDP增速将高于东部地区1.6个百分点左右; 据估算，…将为
# 世界其他国家贡献700万个新增就业岗位); on its own an estimate may be of today (估算…雪豹种群数量或已超过1000只), so it is no cue.
_ESTIMATE = re.compile(r"估算|测算")
# … and so does a verb of expectation in an earlier clause of the statement (预计，“桦加沙”将以20公里左右的时速继续向偏西方向移动)
_EXPECTS_EARLIER = re.compile(r"预计|预测|估计")
# A verb of one character (建, 拨, 设, 派) right before the number after 将 (我国将建50个再生资源利用基地, 郑州将再建13条生态绿道, 中央财政
# 将拨20亿元专项资金, 将设五个协调中心) is one jieba's two-character words miss: plan, like 将建设.
_ONE_CHAR_VERB = re.compile(r"[建拨设派](?=[\d一二三四五六七八九十两百千万数近约])")
# 将使, 将让 + what follows: what it brings about is expected (该工程将使沿淮老区126万人受益, 光纤将让宽带网络走入90%以上的贫困村);
# not 将使用, a plan
_CAUSATIVE = re.compile(r"[使让](?!用)")
# (and verbs of administration jieba tags as nouns or adjectives: 部署, 清理, 整治, 暂停, 主办, or does not list: 调减, 调增, 压减,
# 关停, 续建, 核减, 裁员, 增派: 2016年我国将调减1000万亩玉米种植面积, 全国还将关停小火电机组200万千瓦)
_PLAN_VERBS = frozenset("建设 培育 新建 开工 新开 建成 启动 投产 投用 设立 开通 上线 推出 出台 部署 清理 整治 暂停 主办 利用 "
                        "调减 调增 压减 关停 续建 核减 裁员 增派".split())


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    status: str
    governing: bool  # carries to the clauses after its own (_carried_cue)


def _clause_end(text: str, start: int, hi: int) -> int:
    """Where the clause holding `start` ends, at `hi` at the latest."""
    found = _CLAUSE_BREAK.search(text, start, hi)
    return found.start() if found else hi


# 将 right after 已 (已将, 已经将) marks the object of a verb done (我国已将…27种农产品纳入…数据库, 黑龙江已经将…资金10亿元…预拨各地):
# no future, whatever verb or number follows (将超长期特别国债 is no 将超)
_ALREADY_BEFORE = ("已", "已经")  # (业已 ends in 已)


# 设计 before a measure of the thing (设计年输气量, 年设计输送原油, 设计载重量, 设计荷载, 设计使用年限, 设计年发电量, 设计供水人口)
# tells what the thing is built for, its specification, told like its length: no plan, as the gold reads a design speed (设计时速
# 350公里: actual). It stays a plan where the sentence tells the thing is yet being built or to be (基地日前开始建设，设计年出栏生猪
# 100万头; 预计2016年建成通气，设计年输量300亿立方米).
_DESIGN_SPEC = re.compile(r"(?:年|日|每年|每日|最大|最高|总)?(?:输|供|发电|产能|产量|吞吐|通过能力|处理|载|荷载|重量|高度|升空|长|宽|深|"
                          r"寿命|使用|容量|库容|装机|行车|航速|射程|标准|出栏|能力)")
_DESIGN_YET_TO_BE = re.compile(r"(?:将|预计|计划|拟|规划|力争|争取|有望)[^，,；;。]{0,10}?(?:建成|投产|投运|投用|启用|通车|通航|通气|通水|开通|并网|运行|竣工|落成|交付|开工)")


def _design_spec(text: str, cue: _Cue) -> bool:
    """Whether a plan cue 设计 states the specification of a thing built (_DESIGN_SPEC) and so is no cue."""
    return (text.startswith("设计", cue.start) and bool(_DESIGN_SPEC.match(text, cue.end))
            and not _BEING_BUILT.search(text) and not _DESIGN_YET_TO_BE.search(text))


# 将 before a part of a thing, the number right after its 的, that is then put somewhere (将销售收入的5%投入研发, 将收益的70%作为奖励,
# 将…具有复苏可行性的111条河湖纳入…行动) marks the object of a disposal, like 将 + a time of recurrence: no future of its own
# (but 将把…的20%用于: will, then 把 marking the object).
_WILL_DISPOSES = re.compile(r"[^，,；;。将了把]{1,16}的(?:[\d.,]+|[一二三四五六七八九十两]+)[^，,；;。的]{0,10}?"
                            r"(?:投入|用于|投向|纳入|作为|返还|奖励|分配|留给|交给|上缴|划转|划归)")


# 规划 right before a count of its items, maybe after 纲要 and a verb of setting them (“十四五”规划102项重大工程, “十四五”交通规划17项
# 主要指标, “十三五”规划纲要确定的165项重大工程项目, “十二五”规划提出的24个主要指标) names the plan whose items are counted: the
# list is there, whatever is planned in it (规划装机容量180万千瓦, 规划建设20个 keep their cue).
# 规划 as a verb (统筹规划25个区县的困难群众, 同时规划600余项…重大工业项目) plans them: a noun is told by a five-year plan's name
# before it or by 纲要 or a verb of setting after it.
_PLAN_ITEMS = re.compile(r"[》”\"]?(?P<link>(?:纲要|《纲要》)?[》”\"]?(?:(?:中|里)?(?:确定|提出|部署|明确|设定)的?|(?<=[纲要》”\"])(?:中|里)?的?)?)"
                         r"(?:[\d]+|[一二三四五六七八九十两百]+)余?(?:项|个|大类|条|方面|类)")
_FIVE_YEAR_NAME = re.compile(r"十[一二三四五六]五")


def _plan_items(text: str, cue: _Cue) -> bool:
    """The cue 规划 at `cue` names the plan whose items are counted right after it (_PLAN_ITEMS)."""
    items = _PLAN_ITEMS.match(text, cue.end)
    return bool(items and (items["link"] or _FIVE_YEAR_NAME.search(text, max(0, cue.start - 12), cue.start)))


# 将 right before what is then put as, into or in a place of something (将对口支援西藏工作摆在重要位置, 将扶持其低成本创业列入全省10件
# 民生实事之一, 将奖励和表彰两种褒扬形式作为整体, 美国国家安全局将包括中国在内五个国家列为最高级别的监视目标) marks its object, like
# 把: no future. An adverb after 将 keeps it one (将再选取30条国道省道作为…示范路, 将继续沿用《难忘今宵》作为片尾曲).
_PUT_AS = re.compile(r"作为|列为|视为|列入|纳入|摆在|放在")
_WILL_ADVERB_BEFORE = re.compile(r"[并还也亦都均又仍]$")  # 并将…纳入: and will


def _puts_as(text: str, start: int, end: int, hi: int) -> bool:
    """The 将 matched at text[start:end] by _WILL marks the object of _PUT_AS: no adverb after it, no preposition (将围绕这六个
    方面作为发力点) and no 把 (将坚持把粮食生产作为…) after it, no adverb of 'will' before it (并将…纳入), and an object between
    it and the verb (两个新造字将纳入国家规范用字: will)."""
    preposition = _WILL_PREPOSITION.match(text, end) and not text.startswith("对口", end)  # 对口支援 (paired aid) is a verb
    if end != _WILL_BARE.match(text, start).end() or preposition or _WILL_ADVERB_BEFORE.search(text, 0, start):
        return False
    put = _PUT_AS.search(text, end, min(hi, _clause_end(text, end, len(text))))  # before the number: 将选取30个县作为试点 is a plan
    return bool(put) and put.start() >= end + 2 and "把" not in text[end:put.start()]  # 新造字将纳入国家规范用字: will


# A plan, goal or expectation a value is compared with is no cue of the value (军队进驻的3家定点医院…展开近3000张床位，比原计划增加
# 400多张; 上半年M2同比增长14.7%，增速比全年预期目标高1.7个百分点; 超过“十三五”目标13.4个百分点): what was done, measured against it. (用于规划 is a use.)
_COMPARABLE_CUES = frozenset({"计划", "规划", "预期", "目标"})
_COMPARED_WITH = re.compile(r"(?:比|较|(?<!用)于|超过?)(?:全年|年初|年度|原定?|此前|之前|[“\"]?十[一二三四五六]五[”\"]?)?(?:预期)?$")


def _expected(text: str, cues: list[_Cue], at: int) -> bool:
    """A 将 at `at` tells what is expected: a forecast cue before it (预计…将吸引), an estimate (据估算，…将), or a verb of
    expectation earlier in its statement (预计，台风将以20公里的时速移动)."""
    return bool(any(c.status == "forecast" and c.start < at for c in cues) or _ESTIMATE.search(text, 0, at)
                or _EXPECTS_EARLIER.search(text, text.rfind("；", 0, at) + 1, at))


def _status_cues(text: str, lo: int, hi: int) -> list[_Cue]:
    """The status cues of text[lo:hi] in order: the words of STATUS_CUES and 将 + a verb (_WILL)."""
    titles = [m.span() for m in re.finditer(MASKS["book_title"], text)]  # 《长征国家文化公园建设保护规划》 names a plan
    cues = [_Cue(m.start(), m.end(), m.lastgroup, bool(_GOVERNING_CUE.fullmatch(text, m.start(), m.end()))
                 and not (m.group().endswith("提出") and text.startswith("的", m.end())))  # 《报告》提出的重点工作: a noun phrase
            for m in _STATUS_RE.finditer(text, lo, hi) if not any(s <= m.start() < e for s, e in titles)
            and not (text.startswith("将", m.start()) and text.endswith(_ALREADY_BEFORE, 0, m.start()))]
    if "设计" in text[lo:hi]:
        cues = [c for c in cues if not _design_spec(text, c)]
    cues = [c for c in cues if not (text.startswith("规划", c.start) and _plan_items(text, c))]
    cues = [c for c in cues if not (text[c.start:c.end] in _COMPARABLE_CUES and _COMPARED_WITH.search(text, max(0, c.start - 8), c.start))]
    # a deadline after a word of expectation is expected, not aimed at (预计今年底前，全国铁路完成固定资产投资6500亿元)
    cues = [_Cue(c.start, c.end, "forecast", c.governing) if text[c.end - 1] == "前" and any(b.status == "forecast" for b in cues[:i])
            else c for i, c in enumerate(cues)]
    # … and so is a plan told with 将 (将建成, 将新增, 将于), as 将 + any verb is below (预计到2020年底，全国将建成8亿亩…高标准农田;
    # 测算，…有消费能力的人群将新增1亿人)
    cues = [_Cue(c.start, c.end, "forecast", c.governing) if c.status == "plan" and text.startswith("将", c.start) and _expected(text, cues, c.start)
            else c for c in cues]
    taken, verbs, verbal_nouns = {c.start for c in cues}, jieba_verbs()[0], jieba_verbal_nouns()

    def is_verb(word: str) -> bool:
        return word in _FORECAST_VERBS or word in _PLAN_VERBS or word in verbs or word in verbal_nouns  # 将设置…5个链条

    for m in _WILL.finditer(text, lo, hi):
        if any(s <= m.start() < e for s, e in titles) or text.endswith(_ALREADY_BEFORE, 0, m.start()):
            continue  # 《将改革进行到底》等七部大型政论专题片: a title; 已将: an object
        if _WILL_DISPOSES.match(text, m.end()):
            continue  # 坚持将销售收入的5%投入研发: the part put in is the object of 将, in its clause and after
        if _puts_as(text, m.start(), m.end(), hi):
            continue  # 中央企业将对口支援西藏工作摆在重要位置: 将 marks what is put as or into something, no future of its own
        verb = text[m.end()] if _CAUSATIVE.match(text, m.end()) else text[m.end():m.end() + 2]
        if not is_verb(verb) and is_verb(text[(bare := _WILL_BARE.match(text, m.start()).end()):bare + 2]):
            verb = text[bare:bare + 2]
        ahead = False
        # 将比 + a base then a change (将比去年增加8.6%, 将比改造前提升14.3%) tells a level to come: expected, whatever verb the
        # base holds
        compared = _WILL_COMPARED.match(text, m.end()) is not None
        if preposition := _WILL_PREPOSITION.match(text, m.end()):  # the verb is the first one after it, if any comes before the number
            verb = "" if compared else next((text[p:p + 2] for p in range(preposition.end(), hi - 1) if is_verb(text[p:p + 2])), "")
            # 将再为10个县减贫摘帽: the verb comes after the number, the clause is still about the future; 将从2.4%回升: the
            # level it starts from is today's
            ahead = not verb and text[m.end()] not in "从由"
        ahead = ahead or bool(_ONE_CHAR_VERB.match(text, m.end()))  # 中央财政将拨20亿元专项资金
        if (m.start() in taken or not (is_verb(verb) or ahead) or text.startswith("的", m.end() + 2)
                or "了" in text[m.end():_clause_end(text, m.end(), hi)]):
            # 将搭载的…5颗卫星顺利送入预定轨道: 将 marks the object, the verb after it describes that object; so it does when
            # the verb is done (今年将加工型马铃薯的种植面积增加到了10万亩)
            continue
        cues.append(_Cue(m.start(), m.end() + 2, "forecast" if verb in _FORECAST_VERBS or compared or _expected(text, cues, m.start()) else "plan", True))
    return sorted(cues, key=lambda c: c.start)


# Verbs of doing that are cues only on their own: after a plan, target or forecast they say what is to be done (预计完成,
# 力争完成) or what is to add up (预计全社会跨区域人员流动量累计5.9亿人次, 黑龙江将累计建成高标准农田1.1亿亩以上).
_DONE_VERBS = frozenset({"完成", "累计"})
# … but a task, goal or plan that is the subject of 完成 was done (原计划10月底前淘汰1.5万台燃煤小锅炉的任务提前完成，直接减少煤炭
# 消耗450万吨; 目标任务已全面完成): the clauses after it tell what came of it
_TASK_DONE = re.compile(r"(?:任务|的目标|的计划)(?:已经|已|都|均|全部|提前|全面|超额|顺利|基本)*$")  # (计划完成 plans it)


def _done_verb_to_do(text: str, cue: _Cue) -> bool:
    """`cue` is 完成 or 累计 saying what is to be done under an earlier cue, not a task reported done."""
    return text[cue.start:cue.end] in _DONE_VERBS and not _TASK_DONE.search(text, max(0, cue.start - 12), cue.start)
_SINCE_THEN = re.compile(r"以来|(?<=[\d多十几近])年来")
_NOUN_AFTER_CUE = re.compile(r"[，,。、；;”」》)）\s]|执行|草案|完成")  # 行动计划，… / 计划执行情况: a plan named, not one made
# 为确保北粮南运，… is a purpose, not a target; a clause that opens with its own count (54个城市开通…) or with a
# contrast (而服务企业超60万家) has its own subject and verb, not the earlier clause's. A network's speed is no count (千兆光纤网络,
# 百兆宽带: 《行动计划》提出到2023年底建成100个千兆城市，千兆光纤网络具备覆盖4亿户家庭的能力 is still aimed at).
_PURPOSE_BEFORE = re.compile(r"为了?$")
_OWN_COUNT_OPENING = re.compile(r"\s*(?:[\d０-９]|[一二三四五六七八九十两百千万](?!兆(?!瓦))|而|但|然而)")
_PERFECTIVE = re.compile(r"了")  # 共吸引了3447部: done, whatever the clause before intends
# … and so is a clause that says so after its number (…推广实施，涉及的1300多个车站已经完成了升级改造; 航空运力预计下降3%，全球规模
# 最大的20家航空公司中至少19家削减了5月份的航班: its verb is done); not 为了, 除了, 了解
_DONE_AFTER = re.compile(r"已|(?<!为)(?<!除)了(?!解)")
# (and a clause that opens with a count taken, 据国家公务员局初步统计今天进入考场的考生为110万左右: what was measured)
_NOW_OPENING = re.compile(r"近日|日前|近期|目前|如今|现在|当前|今天|据[^，,；;。]{0,12}统计")
# A clause that says it looks back (去年, 以来, 此前) is not governed by an earlier clause's 将 or 计划.
_PAST_MARK = re.compile(r"(?P<base>去年|上年|前年)|以来|(?<=[\d多十几近])年来|过去|此前|曾经?|(?P<year>(?:19|20)\d{2})年")


# A clause opening with an agent, a department, a body or a company (广东海事部门, 中国残联, 省政府), then a verb, and holding no
# number of its own tells what the agent does (…，广东海事部门强化对…高速客船的安全保障，实现…安全检查100%全覆盖; …，中国残联联动
# 教育、人社等多部门，推出…举措，并启动…行动，首场招聘会提供岗位6580个): a report of a measure, which ends an expectation told
# before it (预计). A clause where the agent does a counted thing (铁路部门发送旅客…) is still what is expected.
_AGENT_OPENING = re.compile(r"[^，,；;：:。\d]{0,10}?(?:部门|局|厅|委|政府|残联|公司|集团|银行|协会)(?=[\u4e00-\u9fff]{2})")


def _agent_acts(text: str, at: int) -> bool:
    """The clause at `at` opens with an agent and a verb and holds no number."""
    if not (agent := _AGENT_OPENING.match(text, at)) or text[agent.end():agent.end() + 2] not in jieba_verbs()[0]:
        return False
    return not any(ch.isdigit() for ch in text[at:_clause_end(text, at, len(text))])


def _carried_cue(text: str, clause_start: int, start: int, published_year: int | None) -> str | None:
    """The status an earlier clause of the sentence gives a clause that has no cue of its own: its nearest
    cue when that is a plan, target or forecast (今年将安排资金1200亿元，推进310项…; 预计今年…，占比达到39.8%),
    unless a clause between ends the sentence's first statement (；：), a past mark (以来, 去年) comes between
    the cue and the number, or the number's clause opens with a count of its own or a contrast, or is done (了)."""
    head = text[:clause_start]
    if re.search(r"[;:；：]", head):
        head = head[max(m.end() for m in re.finditer(r"[;:；：]", head)):]
        offset = clause_start - len(head)
    else:
        offset = 0
    cues = _status_cues(text, offset, clause_start)
    if len(cues) >= 2 and _done_verb_to_do(text, cues[-1]) and cues[-2].status != "actual":
        cues = cues[:-1]  # 预计…累计5.9亿人次，日均1.98亿人次: the sum is expected, and so is the daily mean
    if not cues or cues[-1].status == "actual" or not cues[-1].governing:
        return None
    cue = cues[-1]
    clause_end = _CLAUSE_BREAK.search(text, start)
    if any(_NOW_OPENING.match(text, b.end()) for b in _CLAUSE_BREAK.finditer(text, cue.end, clause_start)):
        return None  # 确保…平稳进行,近日,中组部…派出督查组: a clause opening with the story's time starts a new statement
    if cue.status == "forecast" and any(_agent_acts(text, b.end()) for b in _CLAUSE_BREAK.finditer(text, cue.end, clause_start)):
        return None  # 水运客运量预计约为116万人次，广东海事部门强化…安全保障，实现…100%全覆盖: what an agent does, not the expectation
    if (_PURPOSE_BEFORE.search(text, 0, cue.start) or _OWN_COUNT_OPENING.match(text, clause_start)
            or _DONE_AFTER.search(text, start, clause_end.start() if clause_end else len(text))
            or (_NOUN_AFTER_CUE.match(text, cue.end) and not _EXPECTS_BEFORE_COMMA.fullmatch(text, cue.start, cue.end))
            or _PERFECTIVE.search(text, clause_start, start)
            or _DONE_BETWEEN.search(text, cue.end + 1, clause_start)):  # 电站建成后，…签订了…合同，按合同，…由两部分组成
        return None
    for past in _PAST_MARK.finditer(text, cue.end, start):
        if past["year"] and _COMPARISON_BEFORE.search(text, 0, past.start()):
            continue  # 预计发送旅客1.06亿人次，与2019年同比增长0.8%: a base of comparison, not a look back
        if past["base"] and cue.status == "forecast" and past.start() >= clause_start and _COMPARISON_BEFORE.search(text, 0, past.start()):
            # 预计…超2.1亿人次，比去年…增长6.2%: an expected change on last year, told in the number's own clause (a 比去年 of
            # a clause before, or after a plan, 企业计划…，这一比例比去年上升, is what was measured)
            continue
        if past["year"] is None or published_year is None or int(past["year"]) < published_year:
            return None
    return cue.status


# A number inside 在…(的)基础上 is the base a plan or a goal builds on (今年将在去年减负5000多亿元的基础上，再减轻企业税负3500亿元左右;
# 将在原有39条巡护路线的基础上，引入卫星遥感; 一要在现有35个跨境电商综合试验区基础上，再增加一批试点城市; 人均预期寿命将在“十三五”
# 77.3岁的基础上再提高1岁): what there is or was, actual, whatever cue governs the clause. The number after 基础上 is the change.
_ON_A_BASE = re.compile(r"[^，,；;。：:]{0,25}?的?基础上")
_BUILDS_ON = re.compile(r"在[^，,；;。：:在]*$")


def _on_a_base(text: str, clause_start: int, start: int, end: int) -> bool:
    """The number text[start:end] is inside 在…基础上, and the base holds no cue of its own (在确保全年减轻…税费负担1.1万亿元以上
    的基础上, 在省级财政保费补贴不低于25%的基础上: a goal, a bound)."""
    if not _ON_A_BASE.match(text, end) or not (base := _BUILDS_ON.search(text, clause_start, start)):
        return False
    return not any(c.status != "actual" for c in _status_cues(text, base.start(), end))


# A thing being built, told after its size or cost (一个70万千瓦“光热+光伏”项目加紧建设, 全长845公里的中泰铁路正式开工建设,
# 总投资12亿元的…项目正在加紧建设): its size and cost are planned. A count of things being built (9条特高压工程正在全面建设,
# 720个重大项目集中开工建设) is what exists now.
_BEING_BUILT = re.compile(r"(?:正在|正|加紧|加快|抓紧|全面|开工|开始)(?:建设|施工|建造)|开建|(?<!已)在建")
_BUILT_QUANTITIES = frozenset({"money", "measure"})


# The total investment of projects told as they start being built (今天（11月26日），福建集中开工重大项目234个，总投资1881亿元;
# 长江流域全覆盖水监控系统建设项目今天开工，项目总投资5.97亿元; 今年西部大开发新开工20项重点工程，总投资规模3265亿元) is what
# they are to cost, planned, as the gold reads it (贵州省…项目举行集中开工仪式，101个项目，总投资606亿元: plan). Not when the
# statement tells what was done or looks back (截至11月中旬，已开工730多个重点项目; 今年以来，甘肃省新开工…; 于2011年9月开工建设,
# told later): the projects' spending is then under way or done.
_TOTAL_INVESTMENT = re.compile(r"(?:总投资|投资总额)(?:规模)?(?:约|近|达|超过|超|逾)?$")
_SO_FAR = re.compile(r"上半年|[一二三四]季度|前[一二三两四五六七八九十\d]+个?(?:季度|月)|\d{1,2}(?:至|-|—|－)\d{1,2}月")
_STARTS_BUILDING = re.compile(r"(?<![已经])(?:开工|开建|动工|奠基|开始建设|(?<!已)在建)")


def _starts_building(text: str, start: int, unit: str | None, published_year: int | None) -> bool:
    """The money at `start` is the total investment of projects its statement says start being built now."""
    if _unit_kinds().get(unit or "") != "money" or not _TOTAL_INVESTMENT.search(text, max(0, start - 8), start):
        return False
    statement = max(text.rfind("；", 0, start), text.rfind(";", 0, start)) + 1
    if not _STARTS_BUILDING.search(text, statement, start) or any(c.status == "actual" for c in _status_cues(text, statement, start)):
        return False
    if _SO_FAR.search(text, statement, start):
        return False  # 上半年，全省新开工项目1200个，总投资3000亿元: a tally of what has started
    return not any(p["year"] is None or published_year is None or int(p["year"]) < published_year
                   for p in _PAST_MARK.finditer(text, statement, start) if not (p["base"] and text.endswith(("比", "较"), 0, p.start())))


# A decision that sets a thing, marked by 将, to a new level from a date or as an item of a meeting's list (会议决定，从7月1日
# 起，将服装鞋帽…进口关税平均税率由15.9%降至7.1%; 三是将失业保险费率由现行…3%统一降至2%): a plan announced. Told without
# a date or a list (英国央行22日宣布，将基准利率从1.75%上调至2.25%) it is what was done.
_DECIDED_SET = re.compile(r"(?<![即必终已])将(?![近军来士领帅相使比])[^，,；;。]{2,40}?(?:提高|提升|扩大|下调|上调|降低|降|减|增加|调整|调高|调低|"
                          r"压减|缩短|延长|放宽|削减)(?:至|到|为)?$")
_DECISION = re.compile(r"会议(?:决定|确定)|[一二三四五六七八九十]是|[一二三四五]要|(?:日|月|年|号|时|点)起")


# The start of a change to a new level: 从|由, maybe with 现在的, 现行, 目前的 (the level now).
# A past year may name the level it starts from (将…军人数量从2015年的2000人增加到15000人).
_BASE_BEFORE = re.compile(r"(?<!自)(?:从|由)(?:现在|目前|当前|现行|原来|原有|(?P<year>(?:19|20)\d{2})年(?:底|末)?|去年|上年)?的?(?:每年|每天|年均|日均)?$")  # 从当前的每年|8000万人次
# … unless what changes is an expectation or a goal (增长预期由1.2%上调至2.7%: the old forecast is a forecast too)
_REVISED = re.compile(r"(?:预期|预测|预计|展望|目标)(?:值|区间|水平)?$")  # right before the base (远期目标是森林覆盖率由现在的11% is today's)


# A verb done (投掷了, 发放了) between a cue and its number makes the number what was done, whatever the cue before it (…目标投掷了
# 153吨炸弹); not 为了 (in order to), 除了, 了解, nor the cue's own 了, which the cue says how to read (规划了17栋厂房, 谋划了七个
# 方面、105项重大工程 plan them)
_DONE_BETWEEN = re.compile(r"(?<!为)(?<!除)了(?!解)")


# A rate told in the object of 将, before the verb that changes it (将…适用的增值税6%、5%、4%、3%四档征收率合并为一档, 将13%的税率
# 降至9%), is the level now, like the base of 从…提高到: actual, whatever the decision is. Not one after the verb (将…比例提高至47.5%).
_WILL_OBJECT = re.compile(r"(?<![即必终已])将(?![近军来士领帅相使比])")
_CHANGES_A_RATE = re.compile(r"[^，,；;。]*?(?:合并|统一|调整|提高|提升|降低|下调|上调|调低|调高|降|减)(?:为|至|到)")
_FORECAST_OR_GOAL = re.compile(r"预期|预测|预计|展望|目标")
_CHANGES_BEFORE = re.compile(r"合并|统一|调整|提高|提升|降低|下调|上调|调低|调高|降至|降到|减至|增至|增加|减少")  # (not 增值税)


# A length right before 外 is how far away a place is (230公里外的符拉迪沃斯托克).


# A value told right before the goal it is (实现双边贸易额1600亿美元的目标, 提前完成了全年1100万人的就业目标, 符合年初7%左右的预期
# 目标, 确定了GDP增长7.5%左右、…CPI涨幅3.5%左右等主要目标, 超额完成2000万套棚改目标任务) is that goal, reached or not: target.
# Only after a verb of setting or reaching a goal in its clause; a count of goals or of things struck (5个具体目标, 摧毁了32个
# 指挥所等军事目标) is none.
_REACHES_A_GOAL = re.compile(r"实现|完成|达到|达成|确定|符合|趋近|接近|提出|承诺|设定|制定|定下")
_GOAL_AFTER = re.compile(r"[^，,。；;：:]{0,30}?目标(?!区间)")
_GOAL_COUNTS = frozenset({"个", "项", "处", "类", "方面"})


# 确保 right before a count whose things are then kept in a state (确保4.5万亩小麦安全越冬, 确保6400多万亩秋粮抢收顺利) ensures the
# state of what is there: the count is actual, not aimed at. A count followed by a change (确保300万人脱贫, 确保今年新开工300个)
# or a bound (确保粮食产量保持在1.3万亿斤以上) stays a target. So are roads kept open and measures carried out (确保全区52条干线
# 公路、186条通乡达园道路、324条“绿色通道”通畅; 确保将二十条优化措施落实到位): the count may follow 将 or 把, a whole place
# (全区, 全省) or the earlier items of its list.
_OBJECT_OPENING = re.compile(r"(?:将|把)?(?:全部|所有|这|全[国省市区县乡镇村])?(?:[^，,；;。]*、)?")
_KEPT_STATE = re.compile(r"安全|顺利|平稳|正常|通畅|畅通|到位")


# What a plan of the clause (计划, 拟, 规划) comes to, told with 将 + a verb of level (计划执行航班将达到每天111班, 伊朗计划购买飞机的总量将达到
# 500架), is planned, not expected; not what a project will bring once built (建成后将惠及沿线800多万群众: expected)
_PLAN_COMES_TO = re.compile(r"将(?:达|超|突破|增至|增加到|提高到)")


# A number before 将 + a verb in its clause is what is to be done or to come (活动期间，十多部总台原创影视精品将在塞尔维亚国家
# 广播电视台播出; 2018年，全国2800多个湖泊将第一次迎来自己的湖长; 300公里“田园绿道”和全长9630公里的社区级绿道，将串联起…):
# plan, or forecast for a verb of level or effect (_FORECAST_VERBS, as for 将 before the number). Not when the number counts
# who will act, people or departments there now (工业和信息化部等五部门将于6月中旬…启动, 这10名预备航天员将进入…训练, 国家发展
# 改革委等26家部委组成的…工作组将联合组织), nor when it is the size of a thing (这款近9米长的柔性太阳翼将用于…), nor when the verb
# changes it: then the number is the level now (从明年起，每年24万个的小汽车购车摇号指标将缩水近4成).
_AGENT_UNITS = PEOPLE_UNITS | {"部门", "艘"}  # (这三艘护卫舰将在黑海停留三个星期: ships sail, as people act)
_AGENT_AFTER = re.compile(r"委|[^，,；;。将]{0,2}?(?:部门|部委|单位|机构)")  # 委 of 五部|委 (部委 is no unit of units.csv)
_CHANGE_VERBS = re.compile(r"降低|提升|提高|增长|下降|减少|增加|扩大|缩小|缩水|缩减|上涨|下跌|回落|萎缩|下滑|翻番|上升|削减|压缩")


def _will_after(text: str, start: int, end: int, hi: int, unit: str | None) -> str | None:
    """plan or forecast when 将 + a verb follows the number text[start:end] before `hi` (_status_cues), else None."""
    if unit in _AGENT_UNITS or _AGENT_AFTER.match(text, end) or is_dimension(text, start, end, unit):
        return None
    will = next((c for c in _status_cues(text, end, hi) if text.startswith("将", c.start)), None)
    if will is None or _CHANGE_VERBS.search(text, will.start, will.end + 2) or text.startswith("将比", will.start):  # 5亩种子地将比去年增收
        return None
    return will.status


# A capacity told after 按 (按照) and before 规划 in its clause is what a thing is planned for (芜湖宣州机场…按年旅客吞吐量175万人次、年货邮
# 吞吐量1.8万吨规划; 按年旅客吞吐量5000万人次规划设计): plan. Not 按时 or 按期.
_PLANNED_TO = re.compile(r"按(?:照)?(?![时期])")


def fact_status(text: str, start: int, end: int | None = None, published_year: int | None = None, *, unit: str | None = None) -> str:
    """actual, target, forecast or plan: the cue nearest before the number in its clause (力争, 预计, 计划,
    已 …), else one right after it in the clause (50%的县将建立, 超90%的县市有望; the size or cost of a thing being built,
    `unit` money or a physical measure: 70万千瓦…项目加紧建设), else a sentence opening with a
    future horizon (到2025年，) makes it a target, else the cue an earlier clause of the sentence carries
    (_carried_cue), else actual."""
    if end is not None and unit in LENGTHS and AWAY.match(text, end):
        return "actual"  # 将…送入3000公里外的海南, 准备向十多公里外的幼教点出发: how far a place is, whatever is to go there
    if (end is not None and (base := _BASE_BEFORE.search(text, 0, start)) and _SETS_A_NEW_LEVEL.match(text, end)
            and not _REVISED.search(text, _clause_start(text, start), base.start())  # 增长预期由1.2%上调至2.7%
            and not (base["year"] and published_year and int(base["year"]) > published_year)):
        return "actual"  # 将…由现行8%提高至10%, 从现在的500多座增加到1000座以上: the level it starts from is today's
    clause_start = _clause_start(text, start)
    if end is not None and _on_a_base(text, clause_start, start, end):
        return "actual"  # 今年将在去年减负5000多亿元的基础上，再减轻企业税负3500亿元左右: the base is what was done
    if (end is not None and unit == "%" and text.find("将", clause_start, start) >= 0 and _CHANGES_A_RATE.match(text, end)
            and (will := list(_WILL_OBJECT.finditer(text, clause_start, start)))
            and not _CHANGES_BEFORE.search(text, will[-1].end(), start)
            and not _FORECAST_OR_GOAL.search(text, will[-1].end(), start)):  # 将…增长率从此前预测的0.3%下调至…: a forecast revised
        return "actual"  # 将…增值税6%、5%、4%、3%四档征收率合并为一档: the rates now
    if (end is not None and unit not in _GOAL_COUNTS and "目标" in text[end:end + 32] and _GOAL_AFTER.match(text, end)
            and _REACHES_A_GOAL.search(text, clause_start, start)):
        return "target"  # 提前完成了全年1100万人的就业目标: the value of the goal
    cues = _status_cues(text, clause_start, end or start)  # the mention's own 不低于 counts
    if (len(cues) >= 2 and _done_verb_to_do(text, cues[-1]) and cues[-2].status != "actual"
            and not _SINCE_THEN.search(text, cues[-2].end, cues[-1].start)):
        return cues[-2].status  # 预计完成1650万人次, 力争完成: what is to be done, not done (西部计划实施20多年来，累计…: done)
    if len(cues) == 1 and text[cues[0].start:cues[0].end] in _DONE_VERBS and (carried := _carried_cue(text, clause_start, cues[0].start, published_year)):
        return carried  # 预计今年底前，全国铁路完成固定资产投资6500亿元: the 完成 an earlier clause expects
    if (len(cues) == 1 and text[cues[0].start:cues[0].end] in _DONE_VERBS and "了" not in text[cues[0].end:start]
            and _future_horizon(text, cues[0].start, published_year)):
        return "target"  # 到2030年，海上风电累计并网规模达到1亿千瓦: what is to add up by a horizon ahead is aimed at
    if cues:
        if (end is not None and text.startswith("确保", cues[-1].start) and _OBJECT_OPENING.fullmatch(text, cues[-1].end, start)
                and _KEPT_STATE.search(text, end, _clause_end(text, end, len(text)))):
            return "actual"  # 确保4.5万亩小麦安全越冬: the wheat there is, kept safe
        if cues[-1].status != "actual" and _DONE_BETWEEN.search(text, cues[-1].end + 1, start):  # (谋划了七个方面: the cue's own 了)
            return "actual"  # 以军向哈马斯目标投掷了153吨炸弹: a verb done between the cue and the number
        if (cues[-1].status == "forecast" and _PLAN_COMES_TO.match(text, cues[-1].start)
                and any(c.status == "plan" and not text.endswith("后", 0, c.end) for c in cues[:-1])
                and not _policy_goal(text, cues[-1], published_year)):
            return "plan"  # 东航在大兴机场计划执行航班将达到每天111班: what a plan of the clause comes to is planned, not expected
        return "target" if _policy_goal(text, cues[-1], published_year) else cues[-1].status
    if end is not None:
        after = _CLAUSE_BREAK.search(text, end)
        later = _FUTURE_AFTER.search(text, end, after.start() if after else len(text))
        if later:
            if (later.lastgroup == "forecast" and text.startswith("将", later.start()) and _future_horizon(text, start, published_year)
                    and not _EXPECTATION.search(text, 0, start)):
                return "target"  # 到2020年，98%的行政村将实现光纤通达: a goal, as 将 before the number under a horizon (_policy_goal)
            return later.lastgroup
        if (will := _will_after(text, start, end, after.start() if after else len(text), unit)) and not _future_horizon(text, start, published_year):
            return will  # 十多部…影视精品将在塞尔维亚国家广播电视台播出: what is to be shown (under a horizon ahead: a goal, below)
        if _unit_kinds().get(unit or "") in _BUILT_QUANTITIES and _BEING_BUILT.search(text, end, after.start() if after else len(text)):
            return "plan"
        if _starts_building(text, start, unit, published_year):
            return "plan"  # 福建集中开工重大项目234个，总投资1881亿元: what the projects that only start are to cost
        if "规划" in text[end:after.start() if after else len(text)] and _PLANNED_TO.search(text, clause_start, start):
            return "plan"  # 机场…按年旅客吞吐量175万人次、年货邮吞吐量1.8万吨规划: the capacity it is planned for
        if _DECIDED_SET.search(text, clause_start, start) and _DECISION.search(text, 0, start):
            return "plan"
    if _future_horizon(text, start, published_year):
        return "target"
    carried = _carried_cue(text, clause_start, start, published_year)
    if carried is None and published_year is not None and text.find("前", 0, start) >= 0:
        statement = max(text.rfind("；", 0, start), text.rfind(";", 0, start)) + 1
        if any(int(d["year"]) >= published_year for d in _DATED_DEADLINE.finditer(text, statement, start)):
            return "target"  # 方案要求，2015年底前再淘汰落后炼铁产能1500万吨，…水泥1亿吨 (told in 2014)
    return carried or "actual"


# A deadline dated in a year not yet ended (2015年底前, 2026年6月底前: _DEADLINE takes the undated ones) sets targets for the
# clauses after it in its statement; one passed looks back (2015年底前已办理退休手续, told in 2020). Not 1600年前 (ago) nor
# 2016年前的 (before then): the end of a year or a month.
_DATED_DEADLINE = re.compile(r"(?<!\d)(?P<year>20\d{2})年(?:\d{1,2}月)?(?:底|末)前")


# A paragraph whose first sentence opens with a horizon ahead (到2025年，… / “十五五”时期，…) sets targets for the numbers of its
# later sentences that have no time of their own, as it does for its own (_future_horizon): …。全省高新技术企业突破5万家. The
# projects and works it lists are planned (部署“三北”六期等12项重大工程, 实施保障和改善民生工程30个). A clause with a cue of its
# own (共有, 已, 累计), that says it is done (了) or that looks back (2020年, 去年, 以来) keeps its status.
def _status_under_frame(text: str, start: int, status: str, period: str | None, *, carried: bool, indicator: str,
                        published_year: int | None) -> str:
    """`status`, or target (plan for projects) when it is actual for want of a cue and the number's time is a horizon
    ahead carried from the paragraph's opening sentence."""
    clause = _clause_start(text, start)
    if status != "actual" or not carried or not period or _status_cues(text, clause, start) or "了" in text[clause:start]:
        return status
    if any(c.status == "actual" for c in _status_cues(text, 0, clause)):
        return status  # …。此外，我国共有42个非遗项目列入…名录，居世界第一: what an earlier clause says is there now
    frame = f"{period}，"
    if not (_HORIZON_OPENING.match(frame) and _future_horizon(frame, len(frame), published_year)):
        return status
    if any((past["year"] is None or published_year is None or int(past["year"]) < published_year)
           and not _COMPARISON_BEFORE.search(text, 0, past.start())  # 比2015年下降10%以上: a base, no look back
           for past in _PAST_MARK.finditer(text, 0, start)):
        return status  # …。软件业务收入从2020年的8.16万亿元逐步增长到…，年平均增速达13.8%: a look back under the horizon
    return "plan" if indicator == "projects" else "target"


def _future_horizon(text: str, start: int, published_year: int | None) -> bool:
    """The sentence opens, before `start`, with a horizon not yet passed (到2025年，…; “十四五”期间，…), or a clause of its
    own before `start` is one (…实施方案》，到2027年，…). A five-year plan's
    period (期间, 时期) told in or after its last year is looked back on: “十四五”期间，我国先后出台…政策措施70余项 in 2025."""
    opening = _HORIZON_OPENING.match(text)
    if not opening or opening.end() > start:
        clause = _HORIZON_CLAUSE.search(text, 0, start)  # 预计到2020年，… is expected, not aimed at
        if clause is None or _EXPECTATION.search(text, 0, start):
            return False
        if clause["plan"]:
            last = FIVE_YEAR_PLANS[clause["plan"]]
            return published_year is None or (last >= published_year if clause["span"] == "末" else last > published_year)
        return published_year is None or int(clause["year"]) >= published_year
    if _EXPECTATION.search(opening.group()):
        return False  # 预计到2025年，该项目总装机规模达到3000万千瓦: a horizon a source expects to reach, not one aimed at
    if opening["plan"] and published_year is not None:
        last = FIVE_YEAR_PLANS[opening["plan"]]
        return last >= published_year if opening["span"] == "末" else last > published_year
    year = re.search(r"\d{4}", opening.group())
    return year is None or published_year is None or int(year.group()) >= published_year


# Words that say a number is expected, not aimed at (预计到2026年…将达到1271.4EFLOPS).
# (and an estimate: 根据当地测算，到2025年，这个数字将达到56%)
_EXPECTATION = re.compile(r"预计|预测|预期(?!寿命)|估计|有望|可望|或将|测算|估算")  # 人均预期寿命 (life expectancy) names an indicator


def _policy_goal(text: str, cue: _Cue, published_year: int | None) -> bool:
    """A 将 of a sentence that opens with a future horizon states a goal, not an expectation (提出到2028年，…
    物联网核心产业规模将突破3.5万亿元), unless a word of expectation says otherwise."""
    return (cue.status == "forecast" and text.startswith("将", cue.start) and _future_horizon(text, cue.start, published_year)
            and not _EXPECTATION.search(text, 0, cue.end))


# A list of goals a report opens with a colon (2022年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上，…；
# 居民消费价格涨幅3%左右；粮食产量保持在1.3万亿斤以上。) tells each goal without a cue, and each item ends its own sentence
# at ；: the numbers after the colon, in that sentence and in the ；-ended sentences of the paragraph after it, are targets
# unless a cue of their own or a look back (去年, 2021年) says otherwise.
GOAL_LIST = re.compile(r"目标(?:任务)?[是为]?[：:]")


def ends_an_item(text: str) -> bool:
    """The sentence ends at a semicolon: the list it is an item of goes on in the next one."""
    return text.rstrip().endswith((";", "；"))


def status_in_goal_list(text: str, start: int, status: str, published_year: int | None) -> str:
    """`status`, or target when it is actual for want of a cue of the item's own and the item does not look back."""
    item = max(text.rfind(c, 0, start) for c in "：:；;") + 1
    if status != "actual" or _status_cues(text, item, start):
        return status
    if any(p["year"] is None or published_year is None or int(p["year"]) < published_year for p in _PAST_MARK.finditer(text, item, start)):
        return status
    return "target"


# A meeting's decisions are told as items in the sentences after it (会议确定了2016年深化医改重点：一是…。二是在全国70%左右的地市
# 开展分级诊疗试点。; 会议指出，…。一是再取消…17项行政许可等事项，其中6项提请修法后取消。; 同时，将中小银行拨备覆盖率监管要求阶段性
# 下调20个百分点): in a paragraph where a meeting decides, sets out or points the way (MEETING_SAYS), a sentence opening with an item
# marker (一是, 二是 …, 同时，将) tells a measure to be taken, and its numbers without a cue of their own are plans, unless they look
# back (去年, 以来, 已), are the level a change starts from (由100个扩大到200个) or a rate now (将…6%、5%…四档征收率合并为一档).
MEETING_SAYS = re.compile(r"会议(?:同时|还|并|研究)?(?:决定|确定|部署|指出|要求|强调)")
DECIDED_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]是|同时[，,]将|并将)")


def status_of_decided_item(text: str, start: int, end: int, status: str, published_year: int | None, unit: str | None) -> str:
    """`status`, or plan when it is actual for want of a cue and the number is no base, rate now or look back."""
    if status != "actual" or _status_cues(text, 0, start) or text.find("了", 0, start) >= 0:
        return status
    if _BASE_BEFORE.search(text, 0, start) and _SETS_A_NEW_LEVEL.match(text, end):
        return status  # 一是将…试点城市，由100个扩大到200个: the level now
    if _on_a_base(text, _clause_start(text, start), start, end):
        return status  # 三是中央财政在按现行税制负担50%退税资金基础上，再安排…: the base built on
    if unit == "%" and (will := list(_WILL_OBJECT.finditer(text, 0, start))) and _CHANGES_A_RATE.match(text, end) \
            and not _CHANGES_BEFORE.search(text, will[-1].end(), start):
        return status  # 将…6%、5%…四档征收率合并为一档: the rates now
    if any(p["year"] is None or published_year is None or int(p["year"]) < published_year for p in _PAST_MARK.finditer(text, 0, start)):
        return status
    return "plan"

