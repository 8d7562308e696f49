"""Subjects of facts (transforms.facts): the counted or measured noun phrase, and what is no part of it.

Sentences are from corpus stories outside the fact gold (found with benchmarks.fact_diff), shortened where the rest
of the sentence does not matter.
"""
from __future__ import annotations

import pytest

from transforms.facts import Fact, Sentence, extract_facts


def in_sentence(text: str, mention: str) -> Fact:
    """The fact whose mention is `mention`, with `text` taken as one sentence."""
    return next(f for f in extract_facts(Sentence(text, 0, len(text))) if f.mention == mention)


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb ending the phrase after the number is what the counted thing does
    ("法兰克福机场120个航班停飞，部分铁路车次延误严重。", "120个", "航班"),
    ("5个飞行乘组15名航天员接续在轨驻留、轮换。", "15名", "航天员"),
    ("在海南三亚，12个游艇码头恢复开放。", "12个", "游艇码头"),
    ("两座40米口径射电望远镜落成启用。", "40米", "口径射电望远镜"),
    ("今天将有150多艘滞留船只得到疏散。", "150多艘", "滞留船只"),
    ("665个模范集体、812个模范个人受到表彰。", "812个", "模范个人"),
    # with its adverbs, its complement and the verb it is joined to
    ("这87起枪击事件共造成至少47人死亡。", "87起", "枪击事件"),
    ("有4艘伊朗船只高速逼近，最近距离约为800米。", "4艘", "伊朗船只"),  # 只 of 船只 is no adverb
    ("300多万名第一书记和驻村工作队员下沉到一个个贫困村。", "300多万名", "第一书记和驻村工作队员"),
    ("30日，美国近4000架次国内和国际航班取消或延误。", "近4000架次", "国内和国际航班"),
    # and the prepositional phrase before it
    ("田华等8位电影艺术家给习近平总书记写信。", "8位", "电影艺术家"),
    ("据初步统计，有3万户房屋因地震倒塌损坏。", "3万户", "房屋"),
    # a predicate opening inside the phrase: an adverb then a verb, a verb then its object's determiner, 有
    ("全国各地15支医疗队1418名医护人员即刻增援各医疗机构。", "1418名", "医护人员"),
    ("100个大数据产业项目共吸引投资约830亿元。", "100个", "大数据产业项目"),
    ("决定将三个法律草案修改稿提请各代表团审议。", "三个", "法律草案修改稿"),
    ("西藏还将实现乡乡有综合文化站、39个县民间艺术团有排练场的目标。", "39个", "县民间艺术团"),
    ("两个高考考点的1600多名考生无法按时进入考点。", "1600多名", "考生"),
    ("会上，41个外资项目现场签约，总额近350亿元。", "41个", "外资项目"),
    # a one-character noun before its predicate
    ("虽然两个村仅仅相距4公里，但公路被山洪冲得面目全非。", "两个", "村"),
])
def test_what_the_counted_thing_does_is_no_part_of_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # words jieba tags as verbs that head nouns stay
    ("来自26个国家的32个城市及5个国际组织的代表齐聚成都。", "5个", "国际组织"),
    ("今年，西藏将陆续推出38项民生举措。", "38项", "民生举措"),
    ("浙江持续在全省推广39项基层首创经验做法。", "39项", "基层首创经验做法"),
    # a count of events counts an action
    ("过去一周，俄军使用高精度武器和无人机进行了28次集群打击。", "28次", "集群打击"),
    ("声明指责“救国阵线”自去年11月以来，在叙利亚制造了将近600起恐怖袭击。", "将近600起", "恐怖袭击"),
    # a phrase that is a comparison frame names nothing: the subject is before the number
    ("这与日本此前承诺的到2020年二氧化碳排放量比1990年减少25%的目标相比，大幅倒退。", "25%", "二氧化碳排放量"),
    # an idiom is the predicate as a whole
    ("由橘色和白色组成的20栋公寓楼错落有致。", "20栋", "公寓楼"),
])
def test_nouns_that_look_like_predicates_stay(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count of people followed only by what befell them or what they did counts them by it
    ("地震已造成12人死亡，40人受伤，不少建筑物损毁。", "12人", "死亡人数"),
    ("地震已造成12人死亡，40人受伤，不少建筑物损毁。", "40人", "受伤人数"),
    ("截至目前，以军的空袭已造成黎巴嫩1497人死亡。", "1497人", "死亡人数"),
    ("乌克兰方面称，洪水导致17人死亡，31人失踪。", "31人", "失踪人数"),
    ("当地今年征兵189人，有1700多人报名，其中既有从外地打工归来的。", "1700多人", "报名人数"),
    # not when a noun follows
    ("来自40余个国家及地区的150余位代表参会。", "150余位", "代表"),
])
def test_a_count_of_people_named_by_what_befell_them(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # after 人 a verb that also heads nouns (参加) is the verb; its short object or result joins it, and a joined verb does not
    ("英国救护车工作人员11日掀起新一轮罢工，预计有约2.5万人参加。", "约2.5万人", "参加人数"),
    ("国内外知名企业代表等700多人参加论坛。", "700多人", "参加论坛人数"),
    ("目前，约有1400人参与地面灭火工作，此外还有直升机从空中进行灭火。", "1400人", "参与地面灭火工作人数"),
    ("共有1500多家企业在线上招聘，超过9000人应聘成功。", "超过9000人", "应聘成功人数"),
    ("已经有3000多人正式签订就业合同，1000多人入伍和继续深造。", "1000多人", "入伍人数"),
    # not when people are named right before the count, or the group they are part of
    ("获救的26名遇险渔民20人已回到广东台山，6人仍在三亚接受救治。", "20人", "渔民"),
    ("而新任部长中有两人来自穆兄会，另有一人被认为与穆兄会关系密切。", "两人", "新任部长"),
])
def test_a_count_of_people_named_by_what_they_did_to_what(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # an amount restated in another currency after 、 is of the same thing
    ("经济损失可能高达14亿欧元、约合人民币110亿元。", "110亿元", "经济损失"),
    # also after an amount in a currency that makes no fact, or one whose thing is told after it
    ("这次强烈地震和海啸导致至少1649人死亡，经济损失预计将超过10万亿印尼盾、约合45亿元人民币。", "45亿元人民币", "经济损失"),
    ("英国巴克莱银行同意支付7000万美元罚款，约合4亿6000万元人民币，以了结美国监管者的指控。", "4亿6000万元人民币", "罚款"),
])
def test_an_amount_restated_after_a_dunhao_is_of_the_same_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 的 and 等 inside a word or a grade of award are no break before the number
    ("国家自然科学奖49项，其中一等奖1项、二等奖48项；", "48项", "二等奖"),
    ("先后荣立一等功1次、二等功4次、三等功11次。", "11次", "三等功"),
    ("受理案件数量上升至3080.5万件，结案标的额38.4万亿元。", "38.4万亿元", "结案标的额"),
    ("内河航道通航里程12.8万公里，其中高等级航道超过1.6万公里。", "超过1.6万公里", "高等级航道"),
    # while 项目的, 级别的 and 等 before a number are
    ("没收其万福生科发行上市项目的业务收入2555万元。", "2555万元", "业务收入"),
    ("我国有国际重要湿地49处，不同级别的湿地自然保护区600多个。", "600多个", "湿地自然保护区"),
    ("钟某峰、郑某冰、葛某高等10人，已被公安机关刑事拘留。", "10人", None),
])
def test_de_and_deng_inside_a_word_do_not_cut_the_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "subjects"), [
    # 分别 after a list of things: the i-th value is the i-th thing's, with the head they share
    ("2023年全国学前教育、义务教育、高中阶段教育、高等教育经费总投入分别为5382亿元、28427亿元、10154亿元、17640亿元，"
     "比上年分别增长4.7%、6.0%、6.2%、7.6%。",
     ["学前教育经费总投入", "义务教育经费总投入", "高中阶段教育经费总投入", "高等教育经费总投入"] * 2),
    ("高技术产业、装备制造业和战略性新兴产业的增加值上半年分别达到11.6%、9.2%和8.7%。",
     ["高技术产业增加值", "装备制造业增加值", "战略性新兴产业增加值"]),
    ("制造业投资增长15.6%，卫生、教育投资分别增长23.8%、17.2%。", ["制造业投资", "卫生投资", "教育投资"]),
    ("中央企业的营业收入、净利润、劳动生产率年均分别增长5.6%、8.9%、7.8%。", ["营业收入", "净利润", "劳动生产率"]),
    ("电动汽车、锂电池、风力发电机组等绿色低碳产品出口分别增长68.1%、43.2%和40.7%。", ["电动汽车出口", "锂电池出口", "风力发电机组出口"]),
    ("我国对东盟、欧盟、美国分别进出口6.52万亿元、5.65万亿元、5.05万亿元。", ["对东盟进出口", "欧盟进出口", "美国进出口"]),
    # things that each name their own measure do not share the last one's head (投资 is only 固定资产投资's)
    ("工业增加值、服务业生产指数、社会消费品零售总额、固定资产投资分别同比增长5.9%、5.6%、4%和4.1%。",
     ["工业增加值", "服务业生产指数", "社会消费品零售总额", "固定资产投资"]),
    ("制造业、服务业投资分别增长15.6%、3%。", ["制造业投资", "服务业投资"]),
    # a run whose clause lists nothing is of the values before it
    ("全国共发生生产安全事故2174起、死亡1425人，同比分别减少715起、317人，分别下降24.7%和18.2%。",
     ["生产安全事故", "死亡人数", "生产安全事故", "死亡人数", "生产安全事故", "死亡人数"]),
    # a list that cannot be split stays whole
    ("前三季度民营和中小工业企业增加值分别增长8%和9%。", ["民营和中小工业企业增加值"] * 2),
])
def test_a_list_told_with_fenbie_gives_each_value_its_thing(text, subjects):
    assert [f.subject for f in extract_facts(Sentence(text, 0, len(text)))] == subjects


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a share told as A占B的比重 or A在B中的比重 is A's; X的比重 is X's ratio
    ("服务业实际利用外资占比超过85%，服务贸易占对外贸易总额的比重达28%。", "达28%", "服务贸易"),
    ("第三产业增加值在GDP中的比重也达到46.6%，高出第二产业0.6个百分点。", "达到46.6%", "第三产业增加值"),
    ("第三产业增加值在GDP中的比重也达到46.6%，高出第二产业0.6个百分点。", "0.6个百分点", "第三产业增加值"),
    ("与此同时，第二产业增加值的比重下降到39%，第一产业增加值的比重下降到7.1%。", "39%", "第二产业增加值比重"),
    ("前三季度服务业增加值占GDP的比重是52.8%，比去年同期提高1.6个百分点。", "1.6个百分点", "服务业增加值"),
    # 服务 opening a trade or a sale is no verb
    ("1—7月份，服务零售额同比增长5.2%。", "5.2%", "服务零售额"),
    # A占B比重 names the ratio itself
    ("全省数字经济规模占GDP比重达到41.5%。", "达到41.5%", "数字经济规模占GDP比重"),
])
def test_a_share_is_of_what_stands_before_zhan_or_zai(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a contribution told as X对Y的贡献率 is named whole: whose contribution to what
    ("今年上半年，最终消费对经济增长的贡献率为78.5%。", "78.5%", "最终消费对经济增长的贡献率"),
    ("内需对经济增长的贡献率达到84.7%，同比提高近30个百分点。", "达到84.7%", "内需对经济增长的贡献率"),
    ("相当于再造一个长三角，我国对世界经济增长的贡献率一直保持在30%左右。", "30%左右", "我国对世界经济增长的贡献率"),
])
def test_a_contribution_names_whose_and_to_what(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a value told as a share of a whole after a verb of the value (为, 达, 不低于 … B的N%) is of what stands before the verb
    ("匈牙利国家气象局日前表示，今年6月的降雨量仅为往年平均降雨量的17%。", "17%", "降雨量"),
    ("截至7月12号，格陵兰岛冰盖表层的融化面积已达整个表层的约97%。", "约97%", "融化面积"),
    ("职业本科教育招生规模不低于高等职业教育招生规模的10%，职业教育吸引力显著提高。", "10%", "职业本科教育招生规模"),
    ("今年欧元区通货膨胀率将达6.1%，远高于此前预测的3.5%。", "3.5%", "欧元区通货膨胀率"),
])
def test_a_share_after_a_verb_of_the_value_is_of_what_stands_before_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb adjusting a rate by the number ends the subject, as a change does; 目标区间 is one noun
    ("欧洲央行12日决定将三大关键利率分别下调25个基点。", "25个基点", "三大关键利率"),
    ("美国联邦储备委员会22日宣布将联邦基金利率目标区间上调25个基点到4.75%—5%之间。", "25个基点", "联邦基金利率目标区间"),
])
def test_a_verb_adjusting_a_rate_is_no_part_of_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a rise told as 从/由 a base's value to a new level: both values are of the thing before 从/由
    ("德国工业联合会将德国2022年经济增长预期从约3.5%下调至1.5%。", "约3.5%", "经济增长预期"),
    ("德国工业联合会将德国2022年经济增长预期从约3.5%下调至1.5%。", "1.5%", "经济增长预期"),
    ("中国四次降低关税，关税总水平从上一年的9.8%降至7.5%；", "9.8%", "关税总水平"),
    ("即外汇存款准备金率由现行8%下调至6%。", "6%", "即外汇存款准备金率"),
    ("改革后除国务院办公厅外，国务院组成部门由原有的40个减少到29个。", "29个", "国务院组成部门"),
    # a time between two values of one thing does not start another
    ("党的十八大以来，福建地区生产总值年均增长8.1%，2021年达4.88万亿元；", "达4.88万亿元", "福建地区生产总值"),
])
def test_the_values_of_a_rise_and_after_a_time_are_of_the_same_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a stretch of time or a verb of change alone names no thing: the value is of the thing before it
    ("4月份，规模以上工业企业利润同比增长1.06倍，两年平均增长22.3%。", "22.3%", "规模以上工业企业利润"),
    ("当天的大火造成的受伤人数已升至59人，大火仍未被扑灭。", "59人", "受伤人数"),
    ("人民币在全球支付中的份额高居第四，占比由前月的2.14%升至2.7%。", "2.7%", "人民币在全球支付中份额"),
    # nor is a verb that sets the new level after the base value
    ("十年间，我国实际使用外资从7000多亿元突破到1.15万亿元。", "7000多亿元", "实际使用外资"),
    # 人口 after a count of people is the counted noun, not its measure; 稳定 before a verb is its adverb
    ("已带动20个乡镇10000余名贫困人口稳定增收。", "10000余名", "贫困人口"),
])
def test_a_time_or_a_change_alone_names_no_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # where the counted thing goes from, and when it starts, is no part of it
    ("以前要把2万吨铁矿石从舟山运到安徽马鞍山，要先乘海船再转江船。", "2万吨", "铁矿石"),
    ("民政部等11个部门自今年6月起联合开展打击整治非法社会组织专项行动。", "11个", "部门"),
    # what is provided follows 提供
    ("全部投产后，金湾绿能港每年可提供气态天然气100亿立方米。", "100亿立方米", "气态天然气"),
    ("已举办招聘会200多场，7000多家用人单位提供岗位12万余个。", "12万余个", "岗位"),
])
def test_where_from_and_since_when_are_no_part_of_the_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 将 of a noun (将领, 将士) is no future, and a time adverb after the counted noun ends it
    ("卡齐米等3名高级将领当天在以色列空袭中身亡。", "3名", "高级将领"),
    ("董振堂率领的三千多名将士，被敌军包围在了甘肃高台。", "三千多名", "将士"),
    ("吕根岛的七名市长当天向联邦政府和地方政府致联名信。", "七名", "市长"),
])
def test_jiang_of_a_noun_and_time_adverbs_after_the_noun(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a phrase before 的 that describes the counted thing rather than naming it: the thing follows the 的
    ("美国海军驱逐舰向4艘快速接近的伊朗快艇进行警告射击。", "4艘", "伊朗快艇"),
    ("今年春节，各地举办超3000项数万场次的文旅惠民活动。", "超3000项", "文旅惠民活动"),
    ("在农牧民的家门口建起了30个面积超过一万平米的就业工场。", "30个", "就业工场"),
    ("今天，9位不同界别的全国政协委员走上通道。", "9位", "全国政协委员"),
    # a clause with a subject of its own names it, and why people died is no part of them
    ("由16个国家媒体机构组成的传播联盟今天成立。", "16个", "国家媒体机构"),
    ("已有至少3人因恶劣天气引发的各类事故死亡。", "至少3人", None),
])
def test_what_describes_the_thing_before_de_is_not_the_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb that handles the counted thing, wherever it stands before the number: who handles it is no part of it
    ("2014年，广西接待东盟旅游者111万人次，占全区接待境外旅游者的一半。", "111万人次", "东盟旅游者"),
    ("交通运输部先后调拨铲冰除雪装备约50台套、除雪物资100多吨。", "约50台", "铲冰除雪装备"),
    ("2009年以来，威宁县整合社会各界帮扶资金61.7亿元。", "61.7亿元", "社会各界帮扶资金"),
    ("针对本届进博会，上海落实通关便利化措施18条。", "18条", "通关便利化措施"),  # 落实: an adjective to jieba
    ("主产区各类粮食企业累计收购小麦4624万吨。", "4624万吨", "小麦"),  # 收购: an investment keyword, no part of wheat
    ("天津市第五中心医院接诊了入院伤员205人。", "205人", "入院伤员"),
])
def test_who_handles_the_counted_thing_is_no_part_of_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a generic head (人员, 进度) names nothing without the verb before it, which is then no verb to strip
    ("抓获“九月直播”涉黄平台投资者、管理人员、家族长、主播等涉案人员51名。", "51名", "涉案人员"),
    ("全国已收获小麦面积2.47亿亩，收获进度81.2%。", "81.2%", "收获进度"),
    ("前三季度，全国城镇新增就业人员898万人，完成全年目标任务的99.8%。", "898万人", "就业人员"),
])
def test_a_generic_head_keeps_the_verb_naming_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # what ends the phrase before the number without being the thing: the group a part is taken from (X中), an adverb of
    # the verb, 升至
    ("轻工9个重点行业中5个实现投资增长。", "5个", "重点行业"),
    ("59位进入决赛的教师中有10位来自台湾。", "10位", "教师"),
    ("这一年，狼窝沙的植树成活率终于达到了80%。", "80%", "植树成活率"),
    ("此外，广东全省登记在册企业率先突破900万户。", "突破900万户", "广东全省登记在册企业"),  # 率先, 相继, 双双: adverbs too
    ("2025年，我国汽车产销量双双超过3400万辆。", "超过3400万辆", "汽车产销量"),
    ("今年，安徽新兴产业产值要增长12%。", "12%", "安徽新兴产业产值"),  # 要 (shall) goes with the verb; not 需要, 主要
    # the next value of the same thing after a stretch of years or an adverb (连续三年, 首次)
    ("全年研发经费投入1.1万亿元，连续三年超过万亿元。", "超过万亿元", "全年研发经费投入"),
    # a rise whose start is told at length (从2021年刚入驻海南时的) or ends in 今年, 去年 (增长到今年的)
    ("这家粮油加工企业产值从2021年刚入驻海南时的10亿元，增长到今年的70亿元。", "70亿元", "这家粮油加工企业产值"),
    ("新津县医院的门诊量从三年前的19万人次增长到去年的62万人次。", "62万人次", "门诊量"),
    ("2025年中国科幻产业总营收达1261亿元，同比增长15.7%，连续三年突破1000亿元。", "突破1000亿元", "科幻产业总营收"),
    ("受间歇大雾影响，琼州海峡两岸待渡车辆一度达12000余台。", "达12000余台", "琼州海峡两岸待渡车辆"),
    ("广州站站前广场面积还不足0.1平方公里。", "不足0.1平方公里", "广州站站前广场面积"),
    ("鲜菜、鲜果供应充足，价格分别比上月下降2.3%和4.5%；", "2.3%", "价格"),
    ("欧元区3月能源价格同比上涨4.9%，通胀率升至2.5%，远高于2月的1.9%。", "2.5%", "通胀率"),
    # not 回升至, a change of its own
    ("物流业主营业务利润指数回升至51.6%，显示出物流企业效益继续有所好转。", "51.6%", "物流业主营业务利润指数"),
])
def test_what_ends_the_phrase_before_the_number_is_no_part_of_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb that takes an object and heads no noun ends the phrase after the number: what follows is what the thing does
    ("首批7家央企总部迁出北京，有关高校和医院的疏解工作稳步实施。", "7家", "央企总部"),
    ("交通运输部介绍，16个省份出台物流保通保畅的具体举措。", "16个", "省份"),
    ("在安徽霍邱，288万亩中稻开始大面积收获。", "288万亩", "中稻"),
    ("法国政府宣布从10日起将里尔、里昂等4座城市列入“最高警戒地区”。", "4座", "城市"),
    ("歌会开幕，16所高校学生组成大学生方阵，以拉歌的方式进行歌曲互动。", "16所", "高校学生"),
    ("目前，我国的外商投资项目95%以上实行备案制。", "95%以上", "外商投资项目"),
    # not 组成 of a noun
    ("阐述了打击极端组织战略的四个组成部分。", "四个", "组成部分"),
])
def test_a_verb_taking_an_object_ends_the_thing_after_the_number(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a word of STOP_AFTER opening a noun does not stop it (被困矿工, 在建项目, 建设者), and 被困 after a count of people is
    # what befell them
    ("经过88个小时的全力营救，13名被困矿工全部获救。", "13名", "被困矿工"),
    ("珠江三角洲水资源配置工程、南昌地铁28个在建项目先后顺利复工。", "28个", "在建项目"),
    ("当地农机部门投入1600多台联合收割机，确保晚稻机收率稳定在98%以上。", "1600多台", "联合收割机"),
    ("“五一”期间，12000多名铁路建设者坚守岗位，昼夜奋战在这条重要干线上。", "12000多名", "铁路建设者"),
    ("川煤集团杉木树煤矿发生透水事故，造成5人遇难、13人被困。", "13人", "被困人数"),
    ("截至今天已有22人出院。", "22人", "出院人数"),
])
def test_stop_words_opening_a_noun_and_what_befell_people(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 实际 and 名义 frame a change, and 激增, 锐减 … are changes whole: neither names a thing
    ("上半年，脱贫县农民人均可支配收入达7947元，实际增长6.8%，比全国农村快0.2个百分点。", "6.8%", "县农民人均可支配收入"),
    ("在8月26日至9月9日的两周时间内美国儿童新冠确诊病例激增近50万例。", "近50万例", "两周时间内美国儿童新冠确诊病例"),
    # 萎缩 is an economy's fall, as 衰退 is
    ("受新冠肺炎疫情影响，预计今年全球经济将萎缩4.3%，但中国经济仍将保持正增长。", "4.3%", "全球经济"),
    ("今年第二季度，欧元区17国国内生产总值环比萎缩0.2%。", "0.2%", "欧元区17国国内生产总值"),
])
def test_words_of_a_change_name_no_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a bare measure (数量, 人数, 利润 …) after 的 or after the verb is of the thing before it: X的Y with X its owner
    ("在西双版纳，野生亚洲象的数量现在有250头左右。", "250头左右", "野生亚洲象数量"),
    ("此前奥巴马曾宣布，到今年年底，驻阿美军的人数将减到5500人。", "5500人", "驻阿美军人数"),
    ("今年前7个月全国规模以上工业企业实现利润26785亿元，同比下降2.7%。", "26785亿元", "规模以上工业企业利润"),
    ("今年1-9月份，长沙制造业完成增加值2273亿元，同比增长7.8%。", "2273亿元", "长沙制造业增加值"),
    # not a time before the verb
    ("7月当月实现利润3668亿元，同比下降5.4%。", "3668亿元", "利润"),
])
def test_a_bare_measure_is_of_the_thing_before_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # more verbs handling the counted thing; 投入 stays out (研发经费投入强度 is a noun)
    ("建立覆盖全学段的学生资助政策体系，累计资助贫困学生3.91亿人次。", "3.91亿人次", "贫困学生"),
    ("发放就业补贴66亿多元，帮助6万多家重点企业解决用工需求40多万人次。", "40多万人次", "用工需求"),
    ("2024年，我国研发经费投入强度达到2.68%，比上年提高0.1个百分点。", "达到2.68%", "研发经费投入强度"),
])
def test_more_verbs_handling_the_counted_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # more verbs that take an object, and adverbs of the predicate, end the phrase after the number
    ("已有400多家贫困县医院成为二级甲等医院。", "400多家", "贫困县医院"),  # not 成|为
    ("以军当天对黎巴嫩南部120多个黎真主党武装目标发动大规模空袭。", "120多个", "黎真主党武装目标"),
    ("13个省市先后举办“外贸优品中华行”系列活动。", "13个", "省市"),
    ("当地还出动六架救援直升机运送伤员。", "六架", "救援直升机"),
])
def test_more_verbs_and_adverbs_end_the_thing_after_the_number(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # what the counted thing does after it, opened by a verb ending in 为, a causative 让, 于 and a date, a modal (要) or an adverb
    # before a verb with 了 (就): no part of it
    ("四个冬捕作业点作为“观鱼区”，游客不但可以观看大网如何出水。", "四个", "冬捕作业点"),
    ("此外，有34%的《华盛顿邮报》受访者认为有时对政府采取暴力行为是正当的。", "34%", "华盛顿邮报受访者"),
    ("1000个紧密型县域医共体让百姓看病更方便；", "1000个", "紧密型县域医共体"),
    ("1000所优质高中让孩子们拥有更优质均衡的教育保障", "1000所", "优质高中"),  # 高中 is no 高 in 中
    ("另外，有603名候选人自动当选，412名候选人于19日竞逐364个席位。", "412名", "候选人"),
    ("急需2.8亿斤饲草以及40多万头牲畜要出栏的消息后，引来很多热心人。", "40多万头", "牲畜"),
    ("上传到社交媒体的一段视频显示，3名气象人员就遭遇了大雪封门的情况。", "3名", "气象人员"),
    # after a noun naming people, a predicate ending in its verb, or opening with an idiom, is what they did
    ("来自辽宁、上海、广东的医疗队集结2000多名医护人员千里驰援。", "2000多名", "医护人员"),
    ("另外，有603名候选人自动当选，412名候选人于19日竞逐364个席位。", "603名", "候选人"),
    ("12名委员作大会发言。", "12名", "委员"),
    ("吴奇洵和另外两名驻村女干部争分夺秒指挥抢险救灾。", "两名", "驻村女干部"),
])
def test_what_follows_the_counted_noun_as_its_predicate_is_no_part_of_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 一共 and 保持着 before the number, and 一直 before them, are no part of the thing
    ("标本一共有5万多件，都是武陵山区特有的珍贵物种。", "5万多件", "标本"),
    ("近年来，山东新材料产业产值一直保持着20%以上的增速。", "20%以上", "山东新材料产业产值"),
])
def test_yigong_and_baochizhe_before_the_number(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count of people after what befell them or what was done to them counts them by it, as 28人死亡 does after
    ("伊朗情报机构和警方当天实施突袭行动，逮捕两人。", "两人", "逮捕人数"),
    ("截至目前，全省累计接种超过600万人，18岁以上人群接种率达80%。", "超过600万人", "接种人数"),
    ("会议应到178人，出席174人，出席人数符合法定人数。", "174人", "出席人数"),
    ("一季度跨省异地就医直接结算5128.01万人次。", "5128.01万人次", "跨省异地就医直接结算人次"),
    # and 遇难者 is a noun, not the stop 遇难
    ("截至今天上午，已经确认了17名遇难者的身份。", "17名", "遇难者"),
])
def test_a_count_of_people_after_what_befell_them(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 被困 opens a noun only where it opens the phrase (13名被困矿工), after a noun it is what befell it
    ("目前，有8名船员被困。", "8名", "船员"),
    # a verb of HANDLING_VERBS does not name away generic people, nor is it one inside 公务接待
    ("广东全省已紧急转移安置人员82500多人。", "82500多人", "紧急转移安置人员"),
    ("公务接待经费支出190.33万元，比上年同期下降42.8%。", "190.33万元", "公务接待经费支出"),
    # a rank in 位 is no count of people
    ("世界排名也从十年前的24位跃升到了第6位。", "24位", "世界排名"),
    # the verb before 的人数 tells who are counted
    ("注射过药品的人数可能达到1.3万人。", "达到1.3万人", "注射过药品人数"),
])
def test_guards_on_verbs_people_and_ranks(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # the first verb handling the thing opens it (发放|粮棉油收购贷款), a rank is no count of people, 组成人员 is a noun
    ("2017年累计发放粮棉油收购贷款3062亿元。", "3062亿元", "粮棉油收购贷款"),
    ("数字经济增速连续七年排名全国第一。", "排名全国第一", "数字经济增速"),
    ("向全国人大常委会第四任香港特别行政区基本法委员会12名组成人员颁发任命书。", "12名", "组成人员"),
])
def test_the_first_handling_verb_ranks_and_zucheng_renyuan(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a clause between the number and 的 that says what the thing does or is like: the thing follows the 的
    ("目前，上海已培育出30个有影响力的工业互联网平台。", "30个", "工业互联网平台"),
    ("100多位像艾买提一样的民间艺人得到了表演的舞台。", "100多位", "民间艺人"),
    ("接下来要再带您再去认识二位身手不凡的劳动者。", "二位", "劳动者"),
    ("此外，两架由我国自主研制的新一代隐身战斗机歼-20在航展中震撼亮相。", "两架", "新一代隐身战斗机歼"),
    # not what people counted did (享受…的欢乐), nor nouns joined by 和 (支援省市和军队有关部门的负责同志)
    ("目前，成都市共有13处冰场、20处雪场，每年近100万人次享受冰雪上的欢乐。", "近100万人次", None),
    ("来自6个支援省市和军队有关部门的负责同志，以及在汉医疗队、受援医院代表介绍了工作。", "6个", "支援省市和军队有关部门"),
])
def test_a_clause_before_de_describes_the_thing_after_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 日夜, 连夜, 昼夜 before the verb of what people counted do are its adverbs
    ("重庆医疗队接管了两个重症病区80张床位，146名医护人员日夜坚守。", "146名", "医护人员"),
])
def test_day_and_night_before_what_people_do(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count of people forming a body (N人组成的X) counts its members
    ("由417人组成的中国体育代表团将参加田径、游泳、足球等15个大项上的角逐。", "417人", "中国体育代表团成员"),
    ("通过由247人组成的大会主席团名单。", "247人", "大会主席团成员"),
    # not a count of things that form it (由500架无人机组成的)
    ("在江苏盐城，由500架无人机组成的“迎国庆”天幕秀，吸引了众多市民。", "500架", "无人机"),
])
def test_people_forming_a_body_are_its_members(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # an adjective, a reduplication or a superlative between the number and 的 describes the thing after the 的
    ("此前，这里分布着一百多家大大小小的水泥厂、采石场。", "一百多家", "水泥厂"),
    ("此次图片展共展出近400张珍贵的历史照片。", "近400张", "历史照片"),
    ("位于北京的中国科技馆，推出了30多种最新的高科技科普展品。", "30多种", "高科技科普展品"),
    # not a noun jieba tags as a state (湿地)
    ("在辽宁沈阳康平县，近7000公顷湿地的良好生态为数万只候鸟提供了栖息觅食场所。", "近7000公顷", "湿地"),
])
def test_an_adjective_before_de_describes_the_thing_after_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 比 of a ratio noun (比率, 比例, 比重) opens no comparison: the ratio is what the value measures
    ("今年前三季度，我国社会物流总费用与GDP的比率为14.0%，比去年同期下降0.1个百分点。", "14.0%", "社会物流总费用与GDP比率"),
    ("放开后，零关税商品税目达到约6600个，比例由21%提高至74%。", "74%", "比例"),
    ("煤炭消费占能源消费总量的比重比2020年下降3.7个百分点。", "3.7个百分点", "比重"),
    # the ratio alone when its owner and it together are too long to be one subject
    ("中央财政衔接推进乡村振兴补助资金用于产业发展的比重保持在60%以上。", "60%以上", "比重"),
    # a value followed by 的 and a ratio noun is that ratio's, whatever is done at it
    ("领导小组将按照20%的比例对脱贫摘帽县开展抽查。", "20%", "比例"),
])
def test_a_ratio_noun_opening_with_bi_is_no_comparison(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a noun naming people ends in one of PEOPLE_SUFFIXES (员, 者, 人, 士, 分子 …): what they do after it is no part of them
    ("当地时间24号傍晚，6名武装分子侵入喀布尔市，先针对国际移民组织驻地发动袭击。", "6名", "武装分子"),
    ("4名犯罪嫌疑人对犯罪事实供认不讳。", "4名", "犯罪嫌疑人"),
    ("留下第6班马宝玉等5名战士担负后卫阻击。", "5名", "战士"),
    ("超2671万名消费者申请手机、平板、智能手表3类数码产品购新补贴。", "超2671万名", "消费者"),
    ("两名宇航员只能于明年2月乘坐飞船返回地球。", "两名", "宇航员"),
])
def test_a_noun_naming_people_ends_before_what_they_do(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # what people do that jieba tags as a noun, a place or a time (参赛, 齐聚, 下山, 分列, 康复), and their state (状态良好)
    ("本届比赛共有来自40个国家的1900多名运动员参赛。", "1900多名", "运动员"),
    ("来自各地的600多名代表齐聚杭州，共商发展大计。", "600多名", "代表"),
    ("同时带动3000多名家长下山务工。", "3000多名", "家长"),
    ("机场上，16名礼兵分列两侧。", "16名", "礼兵"),
    ("该院最后15名患者康复出院。", "15名", "患者"),
    ("目前，3名航天员状态良好。", "3名", "航天员"),
])
def test_what_people_do_that_jieba_tags_otherwise_is_no_part_of_them(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a clause naming nothing before its number, ending with it, continues the clause before: its opening noun phrase
    ("得益于保护力度不断加强，西藏黑颈鹤种群数量持续增加，现已增加到8000多只。", "8000多只", "西藏黑颈鹤种群数量"),
    ("交通固定资产投资规模维持高位，达2.95万亿元。", "达2.95万亿元", "交通固定资产投资规模"),
    ("今年高校毕业生人数再创新高，达820万人，促进就业任务更为繁重。", "达820万人", "高校毕业生人数"),
    # not a clause opening on a preposition, nor one telling where the news comes from
    ("根据关税减让方案，中方实现零关税的产品最终将达到税目数的97%。", "97%", "产品"),  # its own clause's, a share of 税目数
])
def test_a_clause_naming_nothing_continues_the_topic_before_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a modal verb, an adverb joining the clause to the one before, or a distributive ends the subject before the verb
    ("一些商家号称口罩的效果能达到99.97%。", "达到99.97%", "效果"),
    ("韩国单日新增确诊病例则首次超过千例。", "超过千例", "新增确诊病例"),
    ("战乱导致的伊拉克平民死亡人数或超20.9万人。", "超20.9万人", "伊拉克平民死亡人数"),
    ("残疾人和老年人还能免费开通，月租费才15元。", "15元", "月租费"),
    ("从2013年到2021年，城镇新增就业人数每年都保持在1100万人以上。", "1100万人以上", "就业人数"),
    # and the base of a change before the modal
    ("到2027年我国工业设备投资规模较2023年要增长25%以上。", "25%以上", "工业设备投资规模"),
    # not the end of a word (产能, 原则, 人才)
    ("全县粮食产能达到15亿斤。", "达到15亿斤", "粮食产能"),
    # a conjunction opening the clause is no part of its subject, nor one opening the phrase after a number
    ("打印平板显示屏，不仅生产效率提高了4倍，而且成本降低了75%。", "75%", "成本"),
    ("在人口500人以上或就餐人数10人以上的自然村建设老年食堂。", "500人以上", "人口"),
])
def test_a_modal_or_a_joining_adverb_ends_the_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count of people whose clause is only a predicate (a place or time, the passive, a cause, then a verb) counts them by it
    ("当地警方表示，目前约有100人在火灾中失踪，救援人员正在紧急搜救。", "100人", "失踪人数"),
    ("包括两名记者在内的10人被警方逮捕。", "10人", "逮捕人数"),
    ("过去3个多月内，其中138人因中暑死亡。", "138人", "死亡人数"),
    # not when a noun opens the clause (被困矿工, 被告人)
    ("经过88个小时的全力营救，13名被困矿工全部获救。", "13名", "被困矿工"),
])
def test_a_count_of_people_before_a_predicate_alone(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count opening its clause names the clause's subject: the noun ends where its predicate starts
    ("今年前4个月，已有3000余家外资企业追加投资。", "3000余家", "外资企业"),
    ("当地海上和空中交通暂停，超过2万所学校受到影响。", "超过2万所", "学校"),
    ("沙特4所大学开设中文专业，8所中小学开设中文选修课。", "8所", "中小学"),
    ("上周，已有170个国家和地区出现德尔塔变异株感染者。", "170个", "国家和地区"),
    # not a compound noun whose modifier holds a verb, nor a count in object position
    ("截至目前，全国共有183家非银行支付机构。", "183家", "非银行支付机构"),
    ("4月27日，全国200家大型农副产品批发市场，粮油、牛肉、水果价格与前一日基本持平。", "200家", "大型农副产品批发市场"),
])
def test_a_count_opening_its_clause_names_its_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a clause naming a group (X中, X当中) before a count naming nothing: the count is a part of that group
    ("如今世界500强企业中，35家都在这里落户。", "35家", "世界500强企业"),
    ("90种主要轻工产品中，35种实现产量增长。", "35种", "主要轻工产品"),
    ("全区22个县市区中，有14个属于陕甘宁革命老区。", "14个", "县市区"),
    # not a place (跳入河中)
    ("随后有一中年人施救跳入河中，两人却被湍急的河水冲走。", "两人", None),
])
def test_a_count_after_a_group_is_a_part_of_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count's phrase too long for one noun is of its first noun joined by 和 or 与
    ("颁奖典礼上，10位“最美乡村教师”和清华大学研究生支教团获得表彰。", "10位", "最美乡村教师"),
    ("吸引200多家国内外知名企业和众多国际知名投资机构参展。", "200多家", "国内外知名企业"),
    # the names after a dash are its members, not the counted noun
    ("被朝鲜释放的最后两名美国公民——马修·米勒和肯尼斯·裴回国。", "两名", "美国公民"),
    # a one-character verb with its aspect (迈着) is what the people counted do
    ("主席台上，3名礼兵迈着正步护送国旗。", "3名", "礼兵"),
])
def test_what_follows_the_counted_noun_after_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb of LEAD heading a noun with 率, 面 or 者 is no verb to strip (覆盖率, 推广面积)
    ("我国基本养老保险的覆盖率将由现在的82%提高到90%。", "82%", "覆盖率"),
    ("目前累计推广面积6000多万亩，增产约30亿斤。", "6000多万亩", "推广面积"),
    # the thing a place has is after its 有, standing as a word of its own
    ("目前集美学村有各类院校23所。", "23所", "各类院校"),
    ("仅湄潭县就有茶园62万亩。", "62万亩", "茶园"),
    ("截至2023年底，全国新能源汽车保有量超2000万辆。", "超2000万辆", "新能源汽车保有量"),
    # a mention opening inside a verb (稳|居, 多|达, 逼|近): its first character is no part of the subject
    ("新能源装机规模稳居全球首位。", "居全球首位", "新能源装机规模"),
    ("安宁鲜桃品种多达80种，年产量300万公斤。", "达80种", "安宁鲜桃品种"),
    # 国内 opening the name of a measure (GDP, domestic trips) is no scope to strip
    ("初步核算，一季度国内生产总值334193亿元，按不变价格计算，同比增长5.0%。", "334193亿元", "国内生产总值"),
    ("国内出游总花费6770.02亿元，同比增长7.0%。", "6770.02亿元", "国内出游总花费"),
    # 指标 before a name is the class the name is in (反映货币供应量的指标|广义货币(M2)余额)
    ("8月末，反映货币供应量的指标广义货币(M2)余额164.52万亿元，同比增长8.9%。", "164.52万亿元", "广义货币余额"),
])
def test_words_around_the_subject_before_the_number(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb setting a new level alone (大幅下调至, 削减到, 缩减至) names nothing: what was set stands before it
    ("德国政府27日将今年经济增长预期从3.6%大幅下调至2.2%。", "2.2%", "经济增长预期"),
    ("整合后，办矿主体由2200多家削减到130家。", "130家", "办矿主体"),
    ("新版清单将事项数量由117项缩减至106项。", "106项", "事项数量"),
    # a weight before 的 is the size of what follows (约2.3吨重的物资)
    ("飞船携带了约2.3吨重的物资。", "约2.3吨", "物资"),
])
def test_a_verb_setting_a_level_and_a_weight_before_de(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a value joined to the one before by 和 or 、 alone, in the same unit, is of the same measure
    ("风电和光伏发电的利用率达到96.6%和98%。", "98%", "利用率"),
    ("住院费用支付比例提高到70%以上和75%左右。", "75%左右", "住院费用支付比例"),
    ("住院费用支付比例分别提高到70%以上和75%左右。", "75%左右", "住院费用支付比例"),
    # not after things listed before 分别, each value being of another of them
    ("东北虎、东北豹数量分别从试点之初的27只、42只增长到70只、80只左右。", "80只左右", None),
])
def test_a_value_joined_to_the_one_before_is_of_the_same_measure(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a time alone names nothing: the thing counted is the one before
    ("全国新设外商投资企业4818户，单月同比增长44.0%。", "44.0%", "新设外商投资企业"),
    # a conversion of the value before names nothing either: the value is the one before restated, of its thing
    ("向每位巴士司机发放约577英镑的补贴，约合5700元人民币。", "5700元人民币", "补贴"),
    # a verb of LEAD opening the subject (助力, 拉动, 促进) is no part of it
    ("享受优惠的税款比去年同期增长65%，助力外资股息再投资同比增长35%。", "35%", "外资股息再投资"),
    # names joined by 暨, too long together: the last of them, not a cut inside a word
    ("推出纪念中国人民抗日战争胜利暨世界反法西斯战争胜利重点选题120种。", "120种", "世界反法西斯战争胜利重点选题"),
])
def test_times_conversions_and_long_names_before_the_number(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a preposition, a determiner or a time of sequence opening the subject is no part of it
    ("该机场是4C级民用运输机场，按年旅客吞吐量175万人次、年货邮吞吐量1.8万吨规划。", "175万人次", "年旅客吞吐量"),
    ("随后在团队持股32.9%的基础上，又实施了骨干员工持股。", "32.9%", "团队持股"),
    ("2019年这个数字仅为5.4%。", "5.4%", "数字"),
    # not in a word (按期, 共产党) nor a set expression (一个中国)
    ("按期办结率达到99%。", "达到99%", "按期办结率"),
    ("截至2019年底，中国共产党党员总数为9191.4万名。", "9191.4万名", "共产党党员总数"),
    # the 了 of a verb cut off, a currency after the value's noun, a base N年前
    ("江苏先后出台了十多项新政策，向民企发布了总投资7500亿元的350个项目。", "7500亿元", "总投资"),
    ("这些是生产车身零部件的冲压模具，价值人民币1700万，而在我身后……", "1700万", "价值"),
    ("新庄村存栏数比三年前翻了两番，收入比10年前翻了近20倍。", "近20倍", "收入"),
])
def test_openings_and_endings_of_the_subject_before_the_number(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a place of LEAD right before a rank is what is ranked, not a scope to strip
    ("在教育投资和研发支出转化为创新成果的能力方面，中国位列第三。", "位列第三", "中国"),
    ("总干事表示，10年前中国位列第34名，如今即将进入前十。", "位列第34名", "中国"),
    # and a rank continues the topic of the clause before it, as other values do
    ("任县委书记时，洱源县财政收入增速在大理州排倒数第一，如今位居第二。", "位居第二", "洱源县财政收入"),
])
def test_a_place_before_a_rank_is_what_is_ranked(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count after a verb whose object does what follows (派出, 迎来) names that object, without its verb
    ("在重灾区开设4个野战医院，派出50多支医疗小分队深入边远山村。", "50多支", "医疗小分队"),
    ("河南三门峡黄河湿地今年陆续迎来近6000只大天鹅栖息过冬。", "近6000只", "大天鹅"),
    # and after a causative verb (造成, 导致): its object does what follows
    ("多处出现严重的山洪、泥石流，造成近400条道路中断，当地电力和交通部门紧急抢修。", "近400条", "道路"),
])
def test_a_count_after_a_pivot_verb_names_the_pivot(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count opening its clause: a verb ending the phrase or after its noun is what the counted things do or undergo, even
    # where jieba tags it otherwise (停航 is not in its dictionary, 启动 is a verbal noun there)
    ("今天，福建省内的旅客列车全部停运，500多趟航班取消，73条客运航线停航，全省目前共转移群众24万多人。", "73条", "客运航线"),
    ("今天（6月13日），在广东茂名、广西桂林等地，5座抽水蓄能电站启动建设。", "5座", "抽水蓄能电站"),
    ("全省已有155处大中型灌区启动春灌，灌溉麦田3300多万亩。", "155处", "大中型灌区"),
    ("辽宁省计划每年重点培养1万户个体工商户转型升级为企业，1000户左右小微企业升级为规模以上工业企业。", "1000户左右", "小微企业"),
])
def test_a_verb_after_the_noun_of_a_clause_a_count_opens_is_its_predicate(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a share whose clause names nothing before 占, with no value before it, is of the ratio named after it
    ("航天精工的产品已应用在火箭上，占据国内航空航天市场70%的份额。", "70%", "份额"),
])
def test_a_share_naming_nothing_before_zhan_keeps_the_ratio_after_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a measure word right before a value describing the thing after its 的 names what is measured of that thing
    ("在鞍山市，一座占地36万平方米的大型钢铁物流园区正在建设。", "36万平方米", "大型钢铁物流园区占地"),
    ("全长404公里的苏北运河是全国最繁忙的内河航道之一。", "404公里", "苏北运河全长"),
    ("海拔3079米的金顶景区是峨眉山的第二高峰。", "3079米", "金顶景区海拔"),
])
def test_a_measure_before_a_value_describing_the_thing_after_de(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count after 其中 naming nothing is a part of what was counted before
    ("据媒体报道，警方随后逮捕了16名示威者，其中13人被指控犯有暴力骚乱罪。", "13人", "示威者"),
    ("上饶城区现有大小里弄小巷约1158条，其中有682条属于老旧里弄。", "682条", "大小里弄小巷"),
])
def test_a_count_after_qizhong_is_a_part_of_the_thing_before(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb and 者 or 员 make a noun naming who does it, no verb opening its object (奋斗者号)
    ("任务中，“奋斗者”号下潜作业16次。", "16次", "奋斗者号下潜作业"),
])
def test_a_verb_and_zhe_name_who_does_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a phrase of place or time with 在 ending the subject before the number is where or when, not the thing
    ("到北京时间昨晚9时，“奋斗者”号在本阶段海试中共完成8次超过万米的下潜。", "8次", "奋斗者号"),
    ("中国是派出维和人员最多的国家，维和摊款在联合国所有会员国中位居第二。", "位居第二", "维和摊款"),
    # but the whole a share is taken within stays with its ratio (在…中的份额: test_a_time_or_a_change_alone_names_no_thing)
])
def test_a_place_phrase_with_zai_ending_the_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a change after an amount in a unit of no fact (载重吨, 点, 微克/立方米) is of the thing before that amount
    ("手持订单量12790万载重吨，同比增长23.4%。", "23.4%", "订单量"),
    ("全国重点城市PM2.5平均浓度为43微克/立方米，同比下降6.5%。", "6.5%", "重点城市PM2.5平均浓度"),
    ("据测算，2021年中国创新指数达到264.6，比上年增长8.0%。", "8.0%", "创新指数"),
])
def test_a_change_after_an_amount_of_no_fact(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a year, or a clause before 的 led by an adverb, a preposition or a time, opens the phrase before the counted noun
    ("另外，10家已完成公开发行等程序的企业直接在北交所上市。", "10家", "企业"),
    ("今天，20只2021年新生大熊猫宝宝在基地亮相。", "20只", "新生大熊猫宝宝"),
    ("50名当年的幸存美军老兵也重回珍珠港参加纪念活动。", "50名", "幸存美军老兵"),
    # not a place of what befell people (在…的…中), which their verb counts them by
    ("市长说，共有约40人在昨天的激战中死亡。", "约40人", "死亡人数"),
])
def test_what_opens_the_phrase_before_the_counted_noun(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # the new level of a rise told with 压缩, 扩充 … or after a relative year (去年的) is of the thing of its base
    ("他们依法把审批总环节从127个压缩到35个。", "35个", "总环节"),
    ("新津县医院的门诊量从三年前的19万人次增长到去年的62万人次。", "62万人次", "门诊量"),
])
def test_the_new_level_of_a_rise_keeps_its_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a value of a comparison (比上年同期多, 比去年少) naming nothing is of the thing of the value before
    ("8月社会融资规模增量为3.58万亿元，比上年同期多1.39万亿元。", "1.39万亿元", "社会融资规模增量"),
    ("新发个人住房贷款利率为3.71%，比上年同期低46个基点。", "46个基点", "新发个人住房贷款利率"),
])
def test_a_value_of_a_comparison_is_of_the_thing_before(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # after a noun naming people, a one-character verb of going or of means opens what they do (干部|下基层, 专家|到县医院)
    ("全市选派300名干部下基层驻村帮扶。", "300名", "干部"),
    ("两年来已有5000多名青年入乡创业。", "5000多名", "青年"),
    ("2000多名农民靠种茶走上致富路。", "2000多名", "农民"),
    ("省医院下派20多位专家到县医院坐诊。", "20多位", "专家"),
    # and a verbal noun ending the phrase is what they do (8名边防官兵|生活在这里)
    ("8名边防官兵生活在这里。", "8名", "边防官兵"),
    # 长 ends a noun naming people (市长, 院长), unless it ends a verb of jieba's (增长)
    ("德国七名市长联名致信政府。", "七名", "市长"),
    # not a character opening a word with the next (出口 names a thing)
    ("这家企业有200名员工。", "200名", "员工"),
])
def test_where_people_go_or_what_they_live_by_is_no_part_of_them(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a phrase too long for a subject keeps its tail from a preposition saying whom the thing is of or done to, or from
    # where no word is cut in half (not 央财政…, 品交易所…)
    ("中央财政对边疆民族地区各项转移支付达到2000亿元。", "达到2000亿元", "对边疆民族地区各项转移支付"),
    ("纽约商品交易所原油期货价格盘中一度跌破20美元。", "20美元", "交易所原油期货价格盘中一度跌破"),
    # one short enough is whole (城市平均浓度, not 平均浓度)
    ("争取2018年PM2.5未达标的地级及以上城市平均浓度同比下降2%。", "2%", "城市平均浓度"),
])
def test_a_subject_too_long_is_cut_between_words(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a month or a day opening the phrase is the figure's time, not part of the thing (1—5月份, 7月份, 2月5日起, 2022年末)
    ("今年1—5月份全国实物商品网上零售额同比增长11.5%。", "11.5%", "实物商品网上零售额"),
    ("7月份全国居民消费价格指数CPI同比上涨2.7%。", "2.7%", "居民消费价格指数CPI"),
    ("央行决定，自2015年2月5日起下调金融机构存款准备金率0.5个百分点。", "0.5个百分点", "金融机构存款准备金率"),
    ("2022年末我国普惠金融领域贷款余额32.14万亿元。", "32.14万亿元", "普惠金融领域贷款余额"),
    # between the thing and its verb, the thing is before it, with the times told together (今年9月)
    ("监管证件11月1日前由86种减至48种。", "48种", "证件"),
    ("青海湖水体面积今年9月达到4402.55平方公里。", "达到4402.55平方公里", "青海湖水体面积"),
    ("王家坝水文站7月17日22时48分水位涨至27.50米。", "27.50米", "水位"),
    # a price per unit of weight is the value's (平均价格在1月8号达到每公斤|4.25元)
    ("蔬菜的平均价格在1月8号达到每公斤4.25元。", "4.25元", "平均价格"),
])
def test_a_month_or_a_day_is_no_part_of_the_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # after an existential 有, with what the clause is about and its adverbs before it, the counted noun is the subject of
    # the verb that follows it (美洲已经有|26个国家和地区|出现…, 另有|10个国家|处于…)
    ("目前美洲已经有26个国家和地区出现本地传播病例。", "26个", "国家和地区"),
    ("另有10个国家处于高风险中。", "10个", "国家"),
    ("五峰共有5000户农民种植红花玉兰。", "5000户", "农民"),
    ("美国海军有40艘军舰出现感染病例。", "40艘", "军舰"),
])
def test_after_an_existential_you_the_counted_noun_has_its_own_verb(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 其 (its) opening the phrase is no part of the thing, but 其他 and 其余 are determiners of it
    ("其他地区征收率由3%降至1%。", "1%", "其他地区征收率"),
    ("其余企业利润增长5%。", "5%", "其余企业利润"),
])
def test_qita_and_qiyu_keep_their_qi(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # two values side by side (77.9万户308.9万人, 154笔4.65亿元, 42台12兆瓦) count or measure one thing: the one naming
    # nothing takes the other's
    ("去年底，全省建档立卡贫困户7.9万户30.9万人。", "30.9万人", "建档立卡贫困户"),
    ("一季度为当地中小企业发放贷款154笔4.65亿元。", "4.65亿元", "贷款"),
    ("42台12兆瓦风电机组矗立在海上。", "42台", "风电机组"),
    ("该营完成了巡逻、救援等7类20余项任务。", "7类", "任务"),
])
def test_values_side_by_side_are_of_one_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # what befell people counts them, even where jieba's words cross the verb (高温天|气死|亡)
    ("印度南部至少有37人因高温天气死亡。", "37人", "死亡人数"),
    ("事故造成3人死亡、5人受伤。", "5人", "受伤人数"),
])
def test_a_mishap_verb_names_the_people_it_befell(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a preposition right after the number opens what the counted thing does, and names nothing (两人|对…, 100多人|给…)
    ("我们两人对双边关系稳定发展充满信心。", "两人", "我们"),
    ("一共有100多人给她捐来了钱物。", "100多人", None),
    # not a clause before 的 describing the noun after it, nor a word (对外)
    ("当地政府引进了550头从新西兰进口的优质母牛。", "550头", "优质母牛"),
    ("300家对外贸易企业参展。", "300家", "对外贸易企业"),
])
def test_a_preposition_after_the_number_names_no_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a noun opening with the 同, 与 or 比 of a comparison base (同志, 与会, 比赛) is a thing, not a base naming nothing
    ("李明等18名同志被推选为优秀青年。", "18名", "同志"),
    ("来自各国的代表等共600余人与会。", "600余人", "与会人数"),
    ("全运会共设32个比赛项目。", "32个", "比赛项目"),
    # while a base alone still names nothing
    ("营收500亿元，比上年增长12%。", "12%", "营收"),
])
def test_a_noun_opening_with_a_base_word_is_a_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 共, an adverb of the total between the doer and its verb, is cut after like 累计: the thing is the verb's object
    ("去年全国海关共侦办走私犯罪案件2633起。", "2633起", "侦办走私犯罪案件"),
    ("假期期间，全国邮政快递业共处理包裹72亿件。", "72亿件", "处理包裹"),
    ("该市共投入资金36亿元，推进棚户区改造。", "36亿元", "投入资金"),
    # not 共 inside a word (公共, 共建)
    ("全市公共图书馆藏书达到500万册。", "达到500万册", "公共图书馆藏书"),
])
def test_gong_of_the_total_opens_the_verb(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a joiner or a preposition ending the subject opens what follows it, and is no part of the thing
    ("看望了15户困难群众和孤寡老人。", "15户", "困难群众"),
    ("选手李明以2米27的成绩夺得银牌。", "2米", "李明"),
    ("超过37万套住房和几乎全部学校受损。", "超过37万套", "住房"),
    # unless it ends a word (总和)
    ("全年收入总和达到500亿元。", "达到500亿元", "全年收入总和"),
])
def test_a_joiner_or_preposition_ends_no_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # any base a change is measured from (比去年国庆假期, 较节前, 比多年平均值) is no part of what changed
    ("银联卡跨行交易金额比去年国庆假期增长41%。", "41%", "银联卡跨行交易金额"),
    ("游客日均消费笔数较节前提高43.7%。", "43.7%", "游客日均消费笔数"),
    ("全省水资源量比多年平均值增加了82亿立方米。", "82亿立方米", "水资源量"),
    # not 比 in a word (对比, 赞比亚)
    ("两国对比试验数量达到30组。", "达到30组", "两国对比试验数量"),
    ("赞比亚铜产量达到80万吨。", "达到80万吨", "赞比亚铜产量"),
])
def test_any_base_of_a_change_ends_no_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 年均 and 保持 before the number are the verb's adverb and verb, whole (not 就业年 left by 均)
    ("城镇新增就业年均1270多万人。", "1270多万人", "就业人数"),
    ("全市空气优良率保持了90%以上。", "90%以上", "空气优良率"),
])
def test_nianjun_and_baochi_end_no_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 之后, 之外, 之前 after the counted noun are a time or a place around it; 现在 is a time only where it ends no verb
    # (出现在, 体现在, 表现在: the verb and the 在 of its complement)
    ("经历了三次彩排之后，晚会整体效果更好。", "三次", "彩排"),
    ("当天，3名志愿者出现在救援现场。", "3名", "志愿者"),
    ("两个问题体现在收入上。", "两个", "问题"),
    ("10个国家现在仍在观望。", "10个", "国家"),
])
def test_times_around_the_counted_noun_and_xianzai_of_a_verb(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a clause opened by a verb of having, suffering or concerning (患有, 涉嫌, 面向, 针对) before 的 describes the thing after it
    ("全村有二十多名患有慢性病的老人得到照顾。", "二十多名", "老人"),
    ("警方抓获了12名涉嫌电信诈骗的犯罪嫌疑人。", "12名", "犯罪嫌疑人"),
    ("今年将新建5000套面向新市民的保障性租赁住房。", "5000套", "保障性租赁住房"),
    # and an adjective before 的 says what the people after it are like, whatever noun names them
    ("晚会上，还有三位重要的来宾出席。", "三位", "来宾"),
])
def test_having_and_qualities_before_de_describe_the_thing_after_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # the measure word 人 takes the first half of 人口, 人民, 人群: the count is of them, not of what follows
    ("中国有14亿多人口和4亿以上中等收入群体。", "14亿多人", "人口"),
    ("约1亿人口受影响。", "约1亿人", "人口"),
    ("满足14亿人民对美好生活的向往。", "14亿人", "人民"),
])
def test_the_unit_ren_cuts_renkou_and_renmin(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb of one character and 了 after a noun naming people: its last character (员, 者) is no part of the verb
    ("大约200名消防员花了几个小时才控制住火势。", "大约200名", "消防员"),
    ("6位共和党议员投了赞成票。", "6位", "共和党议员"),
])
def test_a_one_character_verb_after_people_leaves_their_noun_whole(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb of carrying out (开工, 举办, 收获) left alone after 已 or 累计 counts the topic before it, not itself
    ("在南宁，保障性租赁住房已开工9000多套。", "9000多套", "保障性租赁住房"),
    ("截至目前，全国夏粮已收获2.1亿亩。", "2.1亿亩", "夏粮"),
    ("本届博览会配套活动已举办60多场。", "60多场", "本届博览会配套活动"),
    # not after a place, who carried it out
    ("全省累计开工2.3万套。", "2.3万套", "开工"),
])
def test_a_verb_of_carrying_out_after_yi_counts_the_topic_before_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a rate after the value and 的 (以…的速度增长, 保持…的高增长): the value is the rate of the thing before 以 or 保持
    ("近年来，全省旅游收入每年以15%的速度增长。", "15%", "旅游收入"),
    ("风电装机目前正在以25%的年均增速向前推进。", "25%", "风电装机"),
    ("数据中心用电量保持年均30%以上的高增长，带动了电网投资。", "30%以上", "数据中心用电量"),
    # and 来 closing a stretch of time (近十年来) is no part of the thing after it
    ("近十年来全国医生总数以平均6%的增幅逐年增加。", "6%", "医生总数"),
])
def test_a_rate_after_the_value_is_of_the_thing_before_yi(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a modal after a time each or after 后 opens what the thing yields: the subject follows it
    ("风电场建成后，每年可发电3.2亿度。", "3.2亿度", "发电"),
    ("该站每年可节约标准煤10万吨。", "10万吨", "节约标准煤"),
    ("隧道每天可运输乘客约80万人次。", "约80万人次", "运输乘客"),
    # not 可 opening a word
    ("全市居民人均可支配收入达到5万元。", "达到5万元", "居民人均可支配收入"),
])
def test_a_modal_after_a_time_each_opens_the_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a superlative of the value before the verb (最高, 最大, 最低) and 按年 (year on year) are no part of the thing
    ("个人创业担保贷款最高由20万元提高至30万元。", "30万元", "个人创业担保贷款"),
    ("口岸单日出入境人数最高达到3000人。", "达到3000人", "口岸单日出入境人数"),
    ("香港三季度GDP按年增长1.5%。", "1.5%", "GDP"),
])
def test_a_superlative_or_anian_before_the_verb_ends_the_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # after a count of people a clause opened by a verb before 的 and a noun naming people says what they did
    ("警方已击毙5名袭击车站的武装分子。", "5名", "武装分子"),
    ("航空公司已接回800名滞留海岛的游客。", "800名", "游客"),
    # 众 ends a noun naming people (观众, 民众) before what they do
    ("比赛吸引了3万多名观众到现场观看。", "3万多名", "观众"),
    # not a clause naming people, whose people the count may be of
    ("10名中国公民的家属已经抵达。", "10名", "中国公民"),
])
def test_what_counted_people_did_before_de_and_zhong(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 即将 after the counted noun is an adverb of its verb (即将返青), not the noun's end (小麦即)
    ("全省500万亩小麦即将返青。", "500万亩", "小麦"),
])
def test_jijiang_ends_the_thing_after_the_number(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # nouns of law opening with 被 (被告人, 被拐儿童) are what is counted, not a passive opening a predicate
    ("法庭上，5名被告人做了最后陈述。", "5名", "被告人"),
    ("30名被拐儿童得到解救。", "30名", "被拐儿童"),
    ("8名被告人和其分别聘请的辩护人出庭。", "8名", "被告人"),
    # a second measure word in brackets after the unit (台（套）, 件（套）) is no part of the thing
    ("1万多台（套）农机装备将奔赴一线。", "1万多台", "农机装备"),
    ("展览展出了300余件（套）珍贵文物。", "300余件", "珍贵文物"),
])
def test_beigao_and_a_bracketed_measure_word_after_the_unit(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count right after a preposition (与, 对, 为) is its object: the clause's verb after the noun is no part of it
    ("浙江省日前与15家中央企业签署协议。", "15家", "中央企业"),
    ("我国已与40个国家和地区签署学历互认协议。", "40个", "国家和地区"),
    ("该平台为300多家科技型中小企业提供贷款。", "300多家", "科技型中小企业"),
])
def test_a_count_after_a_preposition_is_its_object(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a preposition inside the phrase after the number (从, 对, 给) opens what the counted thing does
    ("今天上午，三趟高铁列车从北京南、天津西分别出发。", "三趟", "高铁列车"),
    ("全球2000多家媒体对春晚进行直播和报道。", "2000多家", "媒体"),
    ("每年有80多万只角马从坦桑尼亚进入肯尼亚。", "80多万只", "角马"),
    ("中国市场以每秒30多万元的购买力给各国生产者带来了希望。", "30多万元", "购买力"),
    # not the 给 of a verb (投给, 卖给)
    ("十年里，两千多亿元资金投给了各种扶贫项目。", "两千多亿元", "资金"),
])
def test_a_preposition_in_the_phrase_after_the_number_opens_its_predicate(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a measure compared by a verb (超过, 高于, 大于) with a base after it: the base is no part of the thing
    ("前三季度，第三产业增速超过第二产业0.6个百分点。", "0.6个百分点", "第三产业增速"),
    ("服务出口增幅大于进口8.1个百分点。", "8.1个百分点", "服务出口增幅"),
    ("工业企业利润增幅高于收入6.7个百分点。", "6.7个百分点", "工业企业利润增幅"),
])
def test_a_base_after_a_verb_of_comparison_ends_the_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a 的 inside the base of a comparison (比此前的峰值) is no break: what is compared stands before 比
    ("这两个年龄段的住院率都比此前的峰值高出30%以上。", "30%以上", "住院率"),
    ("党员总数比上年增加3.7%，比党的十八大召开时增加15.9%。", "15.9%", "党员总数"),
])
def test_a_de_inside_a_comparison_base_is_no_break(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a measure word before a value and 的 measures the thing after the 的, wherever the measure word stands (海拔, 价值, 投资)
    ("在海拔4300多米的西藏阿里噶尔县，电网工程正式投运。", "4300多米", "西藏阿里噶尔县海拔"),
    ("每分钟就有价值约2000万元的实物商品通过快递售出。", "约2000万元", "实物商品价值"),
    ("星巴克投资1.3亿美元的咖啡创新产业基地落户昆山。", "1.3亿美元", "咖啡创新产业基地投资"),
    # and a line's number is part of its name (1号线), not the next value
    ("总长47.97公里的杭州地铁1号线今天正式开通。", "47.97公里", "杭州地铁1号线总长"),
])
def test_a_measure_before_a_value_and_de_measures_the_thing_after(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a clause that is only a time and a verb of the value (，2011年为…) gives the next value of the thing before, in its unit
    ("据统计，该市的报案数为3374件，2011年为3192件。", "3192件", "报案数"),
    ("产业总体产值2019年达到3450亿元，2020年有望超过4000亿元。", "超过4000亿元", "产业总体产值"),
])
def test_a_time_and_its_verb_alone_continue_the_value_before(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 时, 后 or 期间 ending the phrase after the number make it a time: the thing is before them
    ("有包庇、放纵犯罪嫌疑人等十一种情形时，应追究责任。", "十一种", "情形"),
    ("这是继三条“电力天路”后，又一项超高海拔工程。", "三条", "电力天路"),
    # and 自 ending the phrase before the number opens a time (中国GDP自2012年突破…)
    ("中国GDP自2012年突破50万亿元大关后，持续保持较快增长。", "突破50万亿元", "GDP"),
])
def test_a_time_after_the_counted_noun_and_zi_end_the_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a stretch of years back (十多年前, 多年前) is a time, before the thing or before the noun after the count
    ("村民十多年前人均年收入还不足400元。", "不足400元", "人均年收入"),
    ("5名多年前被拐卖到外地的儿童，今天回到了家。", "5名", "儿童"),
])
def test_years_ago_are_a_time_not_the_thing(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 为 after 转, 改, 变 is part of the verb naming the class the thing is now in, not a stop leaving 转 on the noun
    ("本土病例30例，含4例由无症状感染者转为确诊病例。", "4例", "由无症状感染者转为确诊病例"),
    ("医院已成功将11名重症患者转为轻症。", "11名", "重症患者"),
])
def test_zhuanwei_is_no_stop(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


def test_a_turn_alone_names_nothing():
    # 由上涨0.4%|转为下降0.2%: 转为 after the value is no thing of it
    assert in_sentence("从环比看，CPI由上月上涨0.4%转为下降0.2%。", "0.4%").subject != "转为"


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 由 or 从 and a time before a change is its base (CPI由上月|上涨0.4%), as 比上月 is
    ("从环比看，CPI由上月上涨0.4%转为下降0.2%。", "0.4%", "CPI"),
])
def test_you_and_a_time_before_a_change_is_its_base(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb of one character before 了 (有了, 报了名) leaves the noun's last character on the noun (行政村, 贫困户)
    ("现在，全乡3个行政村有了取水井。", "3个", "行政村"),
    ("全乡只有8户贫困户报了名。", "8户", "贫困户"),
    # 均 of 平均 or 人均 is no adverb ending the phrase
    ("30家保险公司平均偿付能力充足率为240%。", "30家", "保险公司"),
])
def test_a_one_character_verb_before_le_and_pingjun(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # an average or a per-head figure after the counted noun measures the counted things (平均, 人均)
    ("178家保险公司平均综合偿付能力充足率为246.3%。", "178家", "保险公司"),
    ("36个大中城市15种蔬菜平均零售价格总体稳定。", "15种", "蔬菜"),
])
def test_an_average_after_the_counted_noun_measures_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a verb of change inside the phrase after the number is what the counted thing does (农户|增收致富)
    ("带动了全市90%以上的农户增收致富。", "90%以上", "农户"),
    ("我国20多种珍稀鸟类种群数量增长明显。", "20多种", "珍稀鸟类种群数量"),
    # and 中高速增长 after the value is a rate of the thing before it
    ("经济实现年均5.2%的中高速增长。", "5.2%", "经济"),
])
def test_a_change_inside_the_phrase_after_the_number_ends_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a share of a task, a target or a plan told without 的 (完成年度目标任务79%) is of the thing before, as with 的
    ("在南宁，保障性租赁住房已开工9000多套，完成年度目标任务65%。", "65%", "保障性租赁住房"),
])
def test_a_share_of_a_task_without_de_is_of_the_thing_before(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


def test_a_change_with_only_its_frame_after_the_number_names_nothing():
    # 从12500家|快速增长到73200家: 快速 is the change's adverb, not a thing the count counts
    text = "五年时间，全市从12500家快速增长到73200家。"
    assert in_sentence(text, "12500家").subject != "快速"


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a count naming nothing counts the noun its measure word selects, named before it in the sentence (家: 企业, 艘: 船, 例: 病例)
    ("五年时间，全市实现了科技型中小企业的快速发展，从12500家快速增长到73200家。", "12500家", "科技型中小企业"),
    ("此次赴南沙捕鱼的渔船共32艘，还有8艘正从中沙海域赶来。", "8艘", "渔船"),
    ("俄军向基辅地区发射了33架无人机，乌防空部队击落了其中的26架。", "26架", "无人机"),
])
def test_a_count_naming_nothing_counts_the_noun_its_measure_word_selects(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # nouns opening with a mishap verb (死亡病例, 受伤人员, 失踪人员) are what is counted, not its predicate
    ("韩国又新增了四例确诊病例、三例死亡病例。", "三例", "死亡病例"),
    ("两名受伤人员正在医院接受治疗。", "两名", "受伤人员"),
])
def test_nouns_opening_with_a_mishap_verb_are_counted(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # the series of an epidemic's count: 新增, 现有, 累计 and the class of the case name it, as the reports' columns do
    ("截至9月26日24时，现有确诊病例2966例。", "2966例", "现有确诊病例"),
    ("法国9日报告过去24小时新增确诊病例12476例，为9月8日以来单日新增的新高。", "12476例", "新增确诊病例"),
    ("美国累计确诊病例超过4643万例，死亡病例超75.3万例。", "超过4643万例", "累计确诊病例"),
    ("美国累计确诊病例超过4643万例，死亡病例超75.3万例。", "超75.3万例", "死亡病例"),
    ("累计死亡病例3331例，当日无新增死亡病例。", "3331例", "累计死亡病例"),
    # a part named by its origin alone is of the whole's cases; a 新增 after a stock counts the new ones of it
    ("新增无症状感染者1281例，其中境外输入128例，本土1153例。", "128例", "境外输入无症状感染者"),
    ("新增无症状感染者1281例，其中境外输入128例，本土1153例。", "1153例", "本土无症状感染者"),
    ("现有疑似病例89例，当日新增12例，均为境外输入病例。", "12例", "新增疑似病例"),
])
def test_the_series_of_an_epidemics_count_is_part_of_its_name(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 项, 条, 件 select their nouns too (事项, 举措, 议案)
    ("初步确定出4899个整改事项，目前2644项已整改完成。", "2644项", "整改事项"),
    ("在这些议案中，有关立法方面的499件，有关监督方面的7件。", "7件", "议案"),
])
def test_more_measure_words_select_their_nouns(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # what befell people or was done to them, right before the noun naming them, opens that noun
    ("搜救工作取得进展，12名失踪船员的遗体已经找到。", "12名", "失踪船员"),
    ("101名被审计领导干部被移送处理。", "101名", "被审计领导干部"),
    # not a verb of mishap after a count with no noun (3人死亡)
    ("事故造成3人死亡、5人受伤。", "5人", "受伤人数"),
])
def test_what_befell_people_before_their_noun_opens_it(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # 位于, 处于 before the value are its verb, as 保持在 is
    ("4月份，库存周转次数指数位于52%左右的较高水平。", "52%左右", "库存周转次数指数"),
])
def test_weiyu_and_chuyu_end_the_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a bare dimension word opening its clause is the measure, of the thing the clause before names
    ("此次吊装的首节段拱肋，长22米，高17米，宽4.8米，单段重量156吨。", "22米", "首节段拱肋长度"),
    ("此次吊装的首节段拱肋，长22米，高17米，宽4.8米，单段重量156吨。", "4.8米", "首节段拱肋宽度"),
    ("这里是贵阳郊区的一片人工湿地，占地5000亩。", "5000亩", "人工湿地占地面积"),
    # after a size told with its owner, the same owner in the same form
    ("新扩建的谏壁一线船闸长370米，宽34米。", "34米", "谏壁一线船闸宽"),
    # a clause before that is no noun phrase names no owner; 高达 is a bound, not a height
    ("青奥村位于南京河西新城滨江沿岸，占地约14万平方米。", "约14万平方米", "占地面积"),
    ("长安大桥采用全焊接钢结构，总用钢量高达4.5万吨。", "高达4.5万吨", "总用钢量"),
])
def test_a_bare_dimension_word_names_the_size(text, mention, subject):
    assert in_sentence(text, mention).subject == subject


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a measure word that names the counted thing (部门, 市, 县) is the subject, whatever stands around it
    ("今年，农业农村部等7部门计划培育100名全国乡村工匠名师。", "7部门", "部门"),
    ("两部门取消部分钢铁产品出口退税", "两部门", "部门"),
    ("今天上午，66个重点外商投资项目通过视频连线在山东16市集中签约。", "16市", "市"),
    ("据了解，石家庄、邢台两市重点地区将开展第二轮核酸检测。", "两市", "市"),
    # 部委 read as the unit 部 and a 委 left over: the ministries and commissions
    ("近日，文化和旅游部等五部委印发红色旅游助推铸魂育人三年行动计划。", "五部", "部委"),
])
def test_a_unit_naming_the_thing_is_the_subject(text, mention, subject):
    assert in_sentence(text, mention).subject == subject
