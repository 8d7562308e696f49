"""What a number is: status, kind, ranges, negation, web formatting, units, periods. Sentences are the
issue's examples from real news and the seeds."""

import pytest

from transforms.facts import Sentence, extract_article_facts, extract_facts, split_sentences


def the_fact(text: str, mention: str, published_year: int | None = 2023):
    found = [f for f in extract_facts(Sentence(text, 0, len(text)), published_year=published_year) if f.mention == mention]
    assert len(found) == 1, [f.mention for f in extract_facts(Sentence(text, 0, len(text)))]
    return found[0]


# (sentence, mention, status)
STATUS = [
    ("其中用于支持中小企业的资金占比不低于50%", "不低于50%", "target"),  # the mention's own 不低于 is the cue
    ("十年来，海南空气质量优良天数始终保持在99%以上", "99%以上", "actual"),  # 保持在 states what held, not a goal
    ("发布会上，相关负责人介绍，2023年浙江将力争全省研发投入强度达3.1%", "达3.1%", "target"),
    ("提出到2026年，无锡高新区未来产业规模达到1000亿元", "达到1000亿元", "target"),
    ("预计到2026年中国智能算力规模将达到1271.4EFLOPS", "达到1271.4EFLOPS", "forecast"),
    ("全年计划投资120亿元，已完成投资60亿元。", "120亿元", "plan"),
    ("全年计划投资120亿元，已完成投资60亿元。", "60亿元", "actual"),
    ("城镇保障性安居工程基本建成206万套，完成年度计划的41.2%。", "41.2%", "actual"),  # 计划的 is the plan's share
    ("到2025年，全省高新技术企业数量突破5万家。", "突破5万家", "target"),
    ("全省已组建起创新联合体41家。", "41家", "actual"),
    # 完成 after a cue of intent or expectation is what is to be done (CCTV: 全国道路客运量预计完成1650万人次)
    ("今天，全国道路客运量预计完成1650万人次。", "1650万人次", "forecast"),
    ("力争在2020年上半年完成10万个5G基站的共建共享。", "10万个", "target"),
    ("全年计划完成投资500亿元。", "500亿元", "plan"),
    ("计划已完成投资200亿元。", "200亿元", "actual"),
    ("今年完成投资500亿元。", "500亿元", "actual"),
    # 将 then a preposition whose verb comes after the number: still the future, but not the level it starts from
    ("今年将再为10个县减贫摘帽。", "10个", "plan"),
    ("今后3年，我们将为阿拉伯国家再培训6000名各类人才。", "6000名", "plan"),
    # an earlier clause's verb of intent or expectation governs the clauses that continue its predicate
    ("今年该省将安排资金800亿元，推进200项技术改造重点项目。", "200项", "plan"),
    ("力争每年产出5项以上重大成果，突破8项以上关键技术。", "突破8项以上", "target"),
    ("预计今年上半年全省新兴产业销售收入超过1万亿元，高新技术产值占比达到40%。", "达到40%", "forecast"),
    # … but not a clause with a count of its own, a purpose (为确保), a plan named (行动计划，), a look back
    ("今年将新建污水管网300公里，54个城市开通运营轨道交通线路。", "54个", "actual"),
    ("为确保粮食运输，港口增加班轮，运量达到100万吨以上。", "达到100万吨以上", "actual"),
    ("全市发布创新行动计划，培育科技企业3000家。", "3000家", "actual"),
    ("该计划实施以来，学生参与学习超4亿人次。", "超4亿人次", "actual"),
    ("电影节将于25日闭幕，共吸引了2000部影片报名。", "2000部", "actual"),
    ("年通过能力将达到1000万标准箱，而服务企业超50万家。", "超50万家", "actual"),
    ("今年中央安排补助资金1650亿元。", "1650亿元", "actual"),  # 安排 alone is done, not planned
    # 将 + a verb: a forecast for a verb of level or change, a plan for any other; 将 + a noun marks an object
    ("高标准农田投入使用后，农机作业成本将降低20%。", "20%", "forecast"),
    ("今天夜间开始，钓鱼岛海域的海况会逐渐好转，明天早晨浪高将减到2米以下。", "2米以下", "forecast"),
    ("工业和信息化部今年将制定1800项以上行业标准。", "1800项以上", "plan"),
    # what a document proposes is a goal, in its clause and the clauses after it; not a count of what it proposes
    ("《报告》提出今年国内生产总值增长5.5%左右的预期目标。", "5.5%左右", "target"),
    ("《规划》提出，全省高新技术企业达到1万家，研发投入强度达到3%。", "达到3%", "target"),
    ("会议讨论通过了落实《政府工作报告》提出的今年高职扩招100万人任务的方案。", "100万人", "target"),
    ("大家表示，透过《决定》提出的300多项改革举措，进一步全面深化改革蓝图清晰呈现。", "300多项", "actual"),
    ("会上，代表们提出了3条建议。", "3条", "actual"),
    # 要 + a verb of building, raising or cutting is a target like 要达到; not what happens (就要), nor inside a word (需要)
    ("今年宁夏要建立100个闽宁协作示范村。", "100个", "target"),
    ("根据“十三五”规划，未来五年要新增5000万个就业岗位。", "5000万个", "target"),
    ("基础研究经费占研发经费投入比重首次明确要提高到8%以上。", "8%以上", "target"),
    ("如今，合肥平均每天就要诞生5家高新技术企业。", "5家", "actual"),
    ("正要开办幼儿园的孔女士过去需要跑五个部门递交审批材料。", "五个", "actual"),
    # adverbs between 将 and its verb: longest first (共同 + 出资), 新 before a verb of building or raising, a recurrence
    # (每年) with no 的 after it; 将 marking an object stays done
    ("双方将共同出资43亿元在舟山鼠浪湖矿石中转码头新建铁矿石堆场。", "43亿元", "plan"),
    ("今年工信部将新培育3000家左右专精特新“小巨人”企业。", "3000家左右", "plan"),
    ("今后五年，芜湖将每年拿出40个亿，支持创新的新产业。", "40个亿", "plan"),
    ("今年我国将继续科学开展大规模国土绿化行动，完成国土绿化任务1亿亩。", "1亿亩", "plan"),
    ("在这背后，是恒力将每年销售收入的5%投入研发。", "5%", "actual"),
    ("将新发展格局单独成篇，从畅通国内大循环等三个章节进行了论述。", "三个", "actual"),
    ("首届链博会将设置智能汽车、绿色农业、清洁能源等5个链条。", "5个", "plan"),  # 设置: a verbal noun of jieba's
    ("重点提升马铃薯产业的综合竞争力，今年将加工型马铃薯的种植面积增加到了10万亩。", "10万亩", "actual"),  # 将 + 了: done
    ("今年，江苏将持续推进太湖上游40条重点河道水质提升。", "40条", "plan"),
    ("预计本届博览会将吸引国内外客商近10万人。", "近10万人", "forecast"),  # 预计 … 将: expected
    ("据估算，2013年，西部地区GDP增速将高于东部地区1.6个百分点左右。", "1.6个百分点左右", "forecast"),  # … and so after an estimate
    ("据估算，中国对外直接投资存量将突破1.2万亿美元，将为世界其他国家贡献700万个新增就业岗位。", "700万个", "forecast"),
    # 将使/将让: what it brings about is expected; an adverb (连续, 分别) may stand between 将 and its verb
    ("工人们正在进行节制闸地基施工，该工程将使沿淮老区126万人受益；", "126万人", "forecast"),
    ("研究显示，美国关税政策将使美国家庭平均每年损失4400美元。", "4400美元", "forecast"),
    ("人民日报将连续刊发两篇“宣言”署名文章。", "两篇", "plan"),
    ("中国经济在2021年与2022年的增长率将分别达到8.5%和5.8%。", "达到8.5%", "forecast"),
    ("央行决定继续将三大关键利率维持在4.50%不变。", "4.50%", "actual"),  # 将 + noun: the rate was held
    ("今年全球经济增速将从2016年的2.4%回升至2.7%。", "2.7%", "forecast"),  # 将 + a preposition: the verb comes later
    ("今年全球经济增速将从2016年的2.4%回升至2.7%。", "2.4%", "actual"),  # … and none comes before the base
    ("国际足联宣布，将在未来几天内为成员协会提供总计1.5亿美元的救济金。", "总计1.5亿美元", "plan"),
    ("产品平均降价48%，虚拟现实设备产量增长40%。", "40%", "actual"),  # 拟 inside 虚拟
    ("为了锻炼手感，陈永伟和同事专门搭建了一个25米高的模拟平台。", "25米", "actual"),  # … and 模拟 after the number
    # 将 + 通过/按照 (a preposition of means): the verb comes later, the clause is about the future
    ("欧元集团同意将贷款延期10年，并将通过该机制再向希腊发放150亿欧元。", "150亿欧元", "plan"),
    ("本期节目将通过多种形式展现二十余项非遗技艺。", "二十余项", "plan"),
    ("60多部总台原创纪录片、专题片将以英、西、法、阿、俄五种语言，通过全球百家媒体陆续展映。", "五种", "plan"),  # 将以: by means of
    ("上千名施工人员加快建设万亩光伏治沙项目，他们将用光伏板铺满3285个足球场大小的沙丘。", "3285个", "plan"),  # 将用: by means of
    ("2013年—2017年，广东省财政将通过整合资金存量、新增财政预算等手段，统筹安排资金6720亿元。", "6720亿元", "plan"),
    ("6月份，上海将按照重点投资国别地区和重点行业领域，集中召开20场政企沟通圆桌会议。", "20场", "plan"),
    # what a project does once built is planned, unless it was built in a past year
    ("项目建成后，每年可提供工业蒸汽480万吨。", "480万吨", "plan"),
    ("建成后，可满足60万辆车的装机需求。", "60万辆", "plan"),
    ("全长1679.9公里，2014年建成后，每年可向浙江输送清洁水电约400亿千瓦时。", "约400亿千瓦时", "actual"),
    # a deadline ahead sets a target; a dated one looks back, and a span of years is no deadline
    ("年底前使城市家庭医生签约服务覆盖率扩大到15%以上。", "15%以上", "target"),
    ("明年底前实现工业产品生产许可证、就医结算备案等74项事项异地办理。", "74项", "target"),
    # 准备 as a noun is no plan: 前期准备, 准备工作, 项目准备特别基金 (constructed from CCTV wording); as a verb it plans
    ("亚行设立项目准备特别基金3亿美元。", "3亿美元", "actual"),
    ("前期准备工作投入资金5000万元。", "5000万元", "actual"),
    ("我们准备再投入5000万元。", "5000万元", "plan"),
    ("12月底前，全市完成老旧小区改造5000户。", "5000户", "target"),  # a two-digit month governs what follows, as 6月底前
    ("6月底前，全市完成老旧小区改造5000户。", "5000户", "target"),
    ("年内全国中小学宽带接入率达到97%，普遍具备百兆接入能力。", "达到97%", "target"),
    ("为2015年底前已办理退休手续的企业和机关事业单位退休人员提高基本养老金水平，总体提高6.5%左右。", "6.5%左右", "actual"),
    ("该法案计划在未来10年内减税4万亿美元。", "4万亿美元", "plan"),
    # 完成 in a clause governed by an earlier clause's expectation, plan or deadline is what is to be done; 将高达 is expected
    ("预计今年底前，全国铁路完成固定资产投资6500亿元。", "6500亿元", "forecast"),
    ("北京今年还将打造花园式示范街区10处、城市画廊20条，完成20个无界公园建设等。", "20个", "plan"),
    ("他们每月要产生30万吨这样的废渣，环保税额将高达750万元。", "高达750万元", "forecast"),
    # … and so is 累计 after them: what is to add up, and the clauses that continue it
    ("“十四五”期间，黑龙江将累计建成高标准农田1.1亿亩以上。", "1.1亿亩以上", "plan"),
    ("元旦假期期间，预计全社会跨区域人员流动量累计5.9亿人次，日均1.98亿人次，同比增长19.5%。", "1.98亿人次", "forecast"),
    ("到本月底，上海将全面完成中心城区成片二级旧里改造工作，累计惠及15万余户居民。", "15万余户", "plan"),
    ("西部计划实施20多年来，累计招募派遣超过50万名大学生志愿者投身支教。", "超过50万名", "actual"),
    # a cue done (确保了, 规划实施了) is no cue, nor 将 marking an object that a verb and 的 describe (将搭载的…卫星送入轨道)
    ("海军已连续派出13批护航编队，确保了被护船舶及自身的100%安全。", "100%", "actual"),
    ("她又利用专业的商品归类知识，为广州一家保温杯企业争取到将近400万元的出口退税。", "将近400万元", "actual"),  # 争取到: won
    ("在新疆阿克苏地区先后规划实施了包括阿克苏河流域、渭干河流域、空台里克荒漠3个百万亩生态工程。", "3个", "actual"),
    ("“成渝氢走廊”规划了两条350公里的城际线路。", "两条", "plan"),
    ("运载火箭发射升空，将搭载的中科卫星01星、02星等5颗卫星顺利送入预定轨道。", "5颗", "actual"),
    # the level a change starts from is today's, unless what changes is an expectation
    ("项目完工后，灌区高效节水灌溉率将由目前的31.6%提升到40%。", "31.6%", "actual"),
    ("扩建项目预计在2025年完成，届时，机场旅客运输能力将从当前的每年8000万人次上升到1.2亿人次。", "8000万人次", "actual"),
    ("8月2日，美方又称将加征关税的税率由10%提高到25%。", "10%", "actual"),
    ("国际货币基金组织不久前把对今年中国经济增长的预测从7.2%提高到7.5%。", "7.2%", "forecast"),
    ("今年，雄安新区还将新造林20万亩，远期目标是森林覆盖率由现在的11%提高到40%。", "11%", "actual"),  # the goal is not what changes
    # a number inside 在…基础上 is the base a plan builds on: what there is or was (CCTV)
    ("肖捷表示，今年将在去年减负5000多亿元的基础上，再减轻企业税负3500亿元左右。", "5000多亿元", "actual"),
    ("肖捷表示，今年将在去年减负5000多亿元的基础上，再减轻企业税负3500亿元左右。", "3500亿元左右", "plan"),
    ("下一步，一要在现有35个跨境电商综合试验区基础上，再增加一批试点城市。", "35个", "actual"),
    # a decision setting a thing (将…) to a new level from a date or as an item of a meeting's list is a plan announced
    ("会议决定，从7月1日起，将服装鞋帽、体育健身用品等进口关税平均税率由15.9%降至7.1%。", "7.1%", "plan"),
    ("三是将失业保险费率由现行条例规定的3%统一降至2%。", "2%", "plan"),
    ("英国中央银行22日宣布，将基准利率从1.75%上调至2.25%。", "2.25%", "actual"),
    # an index of expectations, cues done (代拟了, 准备了) and cues as nouns (计划、预算; 两大规划中) say nothing of status
    ("从后期走势来看，2月份业务活动预期指数为54.4%，保持在较高水平。", "54.4%", "actual"),
    ("欧盟本月14号表示，已经准备了三千万欧元的资金来帮助希腊。", "三千万欧元", "actual"),
    ("会议通过了计划、预算两个审查结果报告。", "两个", "actual"),
    # … and so is 目标 as a noun: what a share is of, a heading of a list, what is struck
    ("截至7月底，各地今年新开工改造城镇老旧小区4.22万个，占年度目标任务的78.2%。", "78.2%", "actual"),
    ("从全面建设社会主义现代化国家的目标任务等六个方面，作了系统梳理。", "六个", "actual"),
    ("俄海军舰艇近日向叙利亚巴尔米拉地区的极端组织目标发射了4枚巡航导弹。", "4枚", "actual"),
    ("今年，中国经济增长的预期目标设定为5%左右。", "5%左右", "target"),
    ("调查显示，改革试点前，海南全省耕地与林地的两大规划中重叠面积有1007平方公里。", "1007平方公里", "actual"),
    # the size or cost of a thing being built is planned; a count of things being built is what exists
    ("东南沿海，一个200万千瓦的滩涂光伏示范工程正在加紧建设。", "200万千瓦", "plan"),
    ("近日，全长845公里的中泰铁路正式开工建设。", "845公里", "plan"),
    ("在山东济南章丘区，总投资12亿元的中白新材料产业园项目正在加紧建设。", "12亿元", "plan"),
    ("全国13条能直接开进港口的铁路专用线正加快建设。", "13条", "actual"),
    # 规划, 设计, 准备, 计划 as nouns, names or things done are no plan
    ("这些天，来自深圳规划单位的30多名专家正在汕尾调研踏勘。", "30多名", "actual"),
    ("共有51个出版项目入选国家重点图书出版规划，占规划总数的2.3%。", "2.3%", "actual"),
    ("《长城国家文化公园建设保护规划》整合长城沿线15个省区市文物和文化资源。", "15个", "actual"),
    # … and so is a plan whose items are counted right after it (CCTV); 规划 as a verb plans them
    ("“十四五”交通规划17项主要指标中，高速公路建成里程等6项指标在2024年已提前完成。", "17项", "actual"),
    ("“十四五”规划《纲要》确定的20项主要指标、17方面重大战略任务、102项重大工程项目胜利完成。", "20项", "actual"),
    ("国家发展改革委提出，今年要加快推进“十四五”规划纲要确定的102项重大工程项目。", "102项", "actual"),
    ("这两年，贵州打破行政区划的限制，统筹规划25个自然条件较差区县的困难群众，搬迁到经济发展水平较高的区县。", "25个", "plan"),
    ("《将改革进行到底》、《不忘初心 继续前进》等七部大型政论专题片，恢弘大气。", "七部", "actual"),
    ("设计了四千多张图纸，修改了外方三十多项设计缺陷。", "四千多张", "actual"),
    ("宁杭甬高铁纵贯江、浙两省，设计时速350公里，初期运营时速300公里。", "350公里", "actual"),
    ("目前，该高铁桥梁工程已完成设计总量的95%。", "95%", "actual"),
    ("新生港设计泊位14个、年总吞吐量将达25万吨。", "14个", "plan"),
    ("“中国天眼”是我国自主设计建造的世界最大500米口径球面射电望远镜。", "500米", "actual"),
    # 确保 before a count of things kept in a state ensures the state of what is there; a count to be reached stays a target
    ("农技人员深入田间，确保4.5万亩小麦安全越冬。", "4.5万亩", "actual"),
    # … and so are roads kept open and measures carried out, after 将, a whole place or the earlier items of a list (CCTV)
    ("确保跨省运输畅通，确保全区52条干线公路、186条通乡达园道路、324条“绿色通道”通畅。", "186条", "actual"),
    ("各地高效统筹疫情防控和经济社会发展，确保将二十条优化措施落实到位。", "二十条", "actual"),
    ("各地调度收割机，确保300多万亩秋粮抢收顺利。", "300多万亩", "actual"),
    ("全市确保今年再有2万人实现稳定就业。", "2万人", "target"),
    # an expectation ends at a clause telling what an agent does (a department, a body, then a verb, no number of its own)
    ("今天，水路客运量预计约为80万人次，省海事部门强化对客船的安全保障，实现客船安全检查100%全覆盖。", "100%", "actual"),
    ("今年，高校毕业生预计达到1200万人，市人社部门推出一系列举措，首场招聘会提供岗位5000个。", "5000个", "actual"),
    ("全国铁路预计发送旅客1600万人次，铁路部门加开旅客列车1500列。", "1500列", "forecast"),
    # an earlier clause's plan or expectation does not reach a clause done after its number (了) or a count taken (据…统计)
    ("本月航空运力预计下降3%，最大的20家航空公司中至少19家削减了航班。", "至少19家", "actual"),
    ("今年共有80多个部门计划招录2万人，据初步统计今天进入考场的考生为100万左右。", "100万左右", "actual"),
    # what a plan of the clause comes to, told with 将 + a verb of level, is planned, not expected
    ("转场完成后，该航空公司在新机场计划执行航班将达到每天120班。", "120班", "plan"),
    ("该公司计划购买飞机的总量将达到300架。", "达到300架", "plan"),
    ("预计明年全省客流量将达到5000万人次。", "达到5000万人次", "forecast"),
    # a capacity after 按 and before 规划 is what a thing is planned for
    ("该机场是两市共同出资建设的民用运输机场，按年旅客吞吐量200万人次、年货邮吞吐量2万吨规划。", "2万吨", "plan"),
    ("即外汇存款准备金率由现行8%下调至6%。", "8%", "actual"),
    # a cue word inside a longer noun: a trade or a contest of design, the immunisation programme
    ("镇上一家服装设计加工企业吸纳就业200多人。", "200多人", "actual"),
    ("全市适龄儿童免疫规划疫苗接种率保持在95%以上。", "95%以上", "actual"),
    ("本届工业设计大赛共收到参赛作品3000余件。", "3000余件", "actual"),
    ("教育部等五部门近日启动“人工智能+教育”行动计划。", "五部门", "actual"),
    ("今天，教育部等八部门启动新时代基础教育强师计划，到2025年，培养一批硕士层次中小学教师。", "八部门", "actual"),
    ("北京等地今年新招募的4.3万余名大学生志愿服务西部计划志愿者陆续出发。", "4.3万余名", "actual"),
    ("北京、山东等22个省份和新疆生产建设兵团已完成年度城镇老旧小区改造计划。", "22个", "actual"),
    ("已有七个省区市和宁波、厦门两个计划单列市实施了免除学费政策，学费标准从每人每年2000元到4800元不等。", "2000元", "actual"),
    ("阿富汗政府释放5000名塔利班在押人员的计划开始启动。", "5000名", "plan"),
    # a programme named 计划 (国家重点研发计划) and the plan whose part is done (完成年度计划投资) plan nothing; 计划完成 plans
    ("国家重点研发计划需填报的表格由57张精简为11张。", "11张", "actual"),
    ("全省110个重大项目全部开工，完成年度计划投资1215.77亿元。", "1215.77亿元", "actual"),
    ("全国城镇新增就业867万人，已完成全年计划近80%。", "近80%", "actual"),
    ("目前，吉林已开复工5000万元以上项目1300个，全年计划完成投资4300多亿元。", "4300多亿元", "plan"),
    # an earlier clause's plan does not govern a clause that says it is done, or that opens with the story's time
    ("6月20日起，电子客票将在全国普速铁路推广实施，涉及的1300多个车站已经完成了升级改造。", "1300多个", "actual"),
    ("为了营造风清气正换届环境，确保换届工作平稳进行，近日，中组部派出督查组，对河北等12个省（区）进行督查。", "12个",
     "actual"),
    ("中方将设立“全球南方”研究中心，未来5年向“全球南方”国家提供1000个奖学金名额。", "1000个", "plan"),
    # a source's 估计/预测/预计 before a comma governs what follows: what it expects
    ("据乌克兰专家估计，停止对俄军事合作后，乌克兰国防工业一年的损失约为6亿美元。", "6亿美元", "forecast"),
    ("农业部门预测，套种的小麦亩产600公斤左右，玉米亩产600到800公斤。", "600到800公斤", "forecast"),
    ("联合国估计，在最坏情况下，可能会有超过100万人逃离家园。", "超过100万人", "forecast"),
    # 可能 before the number is expected too; not what may have happened (了), nor a kind of thing it describes
    ("受美国关税政策冲击，2025年，美国经济增长可能降低到1.4%。", "1.4%", "forecast"),
    ("客流高峰将出现在10月1日，单日有可能超3.4亿人次，突破历史峰值。", "超3.4亿人次", "forecast"),
    ("布达诺夫26日称，俄方关于坠毁运输机可能运送了65名乌在押人员的说法不实。", "65名", "actual"),
    ("《办法》明确可能影响未成年人身心健康的网络信息的4种类型。", "4种", "actual"),
    # verbs of administration jieba tags as nouns or adjectives still plan after 将 (部署, 清理, 整治), after an adverb too
    ("按计划，该国将部署12架新型运输机。", "12架", "plan"),
    ("根据部署，今年该省将调减200万亩玉米种植面积。", "200万亩", "plan"),  # verbs jieba does not list: 调减, 关停
    ("全国还将关停小火电机组300万千瓦。", "300万千瓦", "plan"),
    ("到今年底，全市将全面清理和整治违规企业3000家。", "3000家", "plan"),
    ("这条输水线路建成后将惠及沿线800多万群众。", "800多万", "forecast"),
    # … and so is what a thing brings about (推高, 减轻, 造成, 剥夺), like 导致; a show a troupe brings (带来) is planned
    ("上述措施每年将减轻企业负担约300亿元。", "约300亿元", "forecast"),
    ("他说，油价上涨将继续推高通胀，最高可达0.5个百分点。", "达0.5个百分点", "forecast"),
    ("艺术节期间，20个艺术团体将为观众带来35台剧目。", "35台", "plan"),
    # a verb of expectation in an earlier clause makes a later 将 expected; on its own 将 + a verb plans
    ("预计，台风将以25公里左右的时速向西北方向移动。", "25公里左右", "forecast"),
    ("预计今后五年，该省将吸引沿线国家3000万人次游客。", "3000万人次", "forecast"),
    ("今后五年，该省将吸引沿线国家3000万人次游客。", "3000万人次", "plan"),
    # 目标 listed with other items of a plan is a noun: what follows is counted, not aimed at
    ("纲要提出60项主要目标和80项策略措施。", "80项", "actual"),
    ("该省提出5个方面发展目标和18项主要指标。", "18项", "actual"),
    # cue words used as nouns: a kind of case listed, a plan listed with what else was drawn up, what a report proposed
    ("截至目前，该国累计出现确诊、疑似和可能感染病例共计3200例。", "共计3200例", "actual"),
    ("近年来，全省编制了20多个专项规划、80多项具体行动方案。", "80多项", "actual"),
    ("督查组将检查《政府工作报告》提出的重点工作的完成情况，涉及6个方面、40项政策措施。", "40项", "actual"),
    ("提前完成《规划》提出的光纤网络覆盖95%以上行政村的目标。", "95%以上", "target"),
    # 将 after 已 marks the object of a verb done: no future, whatever verb follows (将超长期 is no 将超)
    ("目前，我国已将包括小麦在内的30种农产品纳入数据库。", "30种", "actual"),
    ("该省已经将超长期特别国债资金8亿元足额预拨各地。", "8亿元", "actual"),
    # what a meeting decides is a measure to be taken, in the clauses after 会议决定 too; a rate in the object of 将, before the
    # verb that changes it, is the level now (but an old forecast revised stays a forecast)
    ("会议同时决定，再取消40项国务院部门行政许可事项。", "40项", "plan"),
    ("会议决定，今明两年在10个粮食主产省选择100个左右县开展试点。", "100个左右", "plan"),
    ("会议决定，将特定纳税人适用的增值税6%、4%两档征收率合并为一档，执行3%的征收率。", "6%", "actual"),
    ("会议决定，将特定纳税人适用的增值税6%、4%两档征收率合并为一档，执行3%的征收率。", "3%", "plan"),
    ("世界银行将该国经济增长率从此前预测的1.5%下调至0.5%。", "1.5%", "forecast"),
    # 着重, 着力, 稳步, 积极 are adverbs between 将 and its verb; 同 is a preposition (not 同比); 将稳定在 states a level ahead
    ("今年政府将着重继续做四件事。", "四件", "plan"),
    ("中方将同东盟在数字经济等领域共建8家联合实验室。", "8家", "plan"),
    ("今年，全省的水稻播种面积将稳定在900万亩左右。", "900万亩左右", "forecast"),
    ("全省工业增加值将同比增长6%。", "6%", "forecast"),
    # a task reported done (…的任务提前完成) is done: the clauses after it tell what came of it; 计划完成 still plans
    ("全省原计划9月底前淘汰8000台燃煤小锅炉的任务提前完成，直接减少煤炭消耗200万吨。", "200万吨", "actual"),
    ("在四川，今年计划完成6000公里燃气老化管道改造任务。", "6000公里", "plan"),
    # a clause between reporting something done (签订了) ends the scope of an earlier plan or expectation
    ("电站建成后，他和电力公司签订了购电合同，按合同，他每年可获得收益8000元。", "8000元", "actual"),
    ("电站建成后，每年可向电网输送电量3000万千瓦时，可节约标准煤9000吨。", "9000吨", "plan"),
    # 目标 a value is compared with is a noun: the difference is measured
    ("全年优良天数比率为87.5%，好于年度目标0.8个百分点。", "0.8个百分点", "actual"),
    ("全年单位GDP能耗下降3.1%，比目标多降0.3个百分点。", "0.3个百分点", "actual"),
    ("去年全省减贫120万人，比预期目标超出20万人。", "20万人", "actual"),
    ("全国脱贫人口务工规模达到3100万人，超年度目标任务近100万人。", "近100万人", "actual"),
    ("在该市，保障性租赁住房已开工15000套，完成年度目标任务82%。", "82%", "actual"),  # a share of the goal done
    ("今年棚改目标任务600万套。", "600万套", "target"),
    # the state plan a congress reviews is a document: no plan (计划执行情况, 计划草案, 计划报告, 发展计划)
    ("会议审议了2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的4个决议草案。", "4个", "actual"),
    ("主席团建议批准计划报告和计划草案，并代拟了关于计划报告和计划的两个决议草案。", "两个", "actual"),
    ("该公司计划投资30亿元建设新工厂。", "30亿元", "plan"),
    # 目标是 opening what is aimed at governs the clauses after it; not before a thing named
    ("该工程的总体目标是用8年时间，在重点领域，培养五千名左右青年骨干。", "五千名左右", "target"),
    ("全县现在的目标是，因地制宜，每年让2万以上的贫困人口走上致富路。", "2万以上", "target"),
    ("此次行动的目标是一座情报中心和一座空军基地，这两处目标均遭严重破坏。", "两处", "actual"),
    # a verb done between a cue and its number makes the number what was done
    ("空军当天向该组织目标投掷了120吨炸弹。", "120吨", "actual"),
    ("目前该园区规划了20栋厂房。", "20栋", "plan"),
    ("“十五五”时期，该省谋划了六个方面、80项重大工程。", "80项", "plan"),
    # 可达, 可实现: a capacity or a ceiling, what the thing is; an expectation or a plan before it governs
    ("该型导弹射程可达1800公里，可携带多枚弹头。", "达1800公里", "actual"),
    ("各地根据实际，补贴数额最高可达500元每月。", "达500元", "actual"),
    ("预计今年该产业可实现销售收入约3000亿元。", "约3000亿元", "forecast"),
    ("电站全面投产后，年发电量可达40亿千瓦时。", "达40亿千瓦时", "plan"),
    # a value told right before the goal it is, after a verb of setting or reaching it, is that goal; not a count of goals
    # or of things struck
    ("前三季度，全省提前完成了全年80万人的就业目标。", "80万人", "target"),
    ("该市今年确定了地区生产总值增长6%左右、居民消费价格涨幅3%左右等主要目标。", "6%左右", "target"),
    ("该省超额完成500万套棚改目标任务。", "500万套", "target"),
    ("空军当天摧毁了40多个武装目标。", "40多个", "actual"),
    ("文件列出了生均拨款制度全面建立等5个具体目标，将于年底前完成。", "5个", "actual"),
    # how far away a place is, whatever is to go there
    ("这批货物将从码头经公路运往500公里外的港口。", "500公里", "actual"),
    ("今年将新建500公里高速公路。", "500公里", "plan"),
    # a policy rate's target range names the rate a central bank sets: what it is set to is decided, no goal; a goal stays one
    ("美联储宣布将联邦基金利率目标区间上调25个基点到5%至5.25%之间。", "5%至5.25%", "actual"),
    ("美联储宣布将联邦基金利率目标区间上调25个基点到5%至5.25%之间。", "25个基点", "actual"),
    ("美联储将继续致力于实现2%的通胀目标。", "2%", "target"),
    # a clause opening with a network's speed (千兆, 百兆) opens with no count of its own: the earlier plan still governs it
    ("该部计划今年推动建成30万个5G基站，千兆光网覆盖能力超过2亿户家庭。", "超过2亿户", "plan"),
    ("今年将新建5G基站30万个，24个城市开通千兆网络。", "24个", "actual"),
    # a design capacity or load (设计年输气量, 设计荷载) is the specification of a thing built, told like its length: no plan;
    # it stays one while the thing is being built or yet to be
    ("该管道去年底建成投产，设计年输气量300亿立方米。", "300亿立方米", "actual"),
    ("这座钢架桥全长80米，设计荷载50吨。", "50吨", "actual"),
    ("养殖基地日前开始建设，基地设计年出栏生猪100万头。", "100万头", "plan"),
    ("该管道预计明年建成通气，设计年输量300亿立方米。", "300亿立方米", "plan"),
    # 将 before a part of a thing (…的5%) then put somewhere marks the object of the disposal: no future, in its clause or after
    ("该集团坚持将销售收入的5%投入研发，同时每年投入3亿元提升智能制造能力。", "5%", "actual"),
    ("该集团坚持将销售收入的5%投入研发，同时每年投入3亿元提升智能制造能力。", "3亿元", "actual"),
    ("校方再将转化收益的70%作为奖励返还给团队。", "70%", "actual"),
    ("该市将新增资金的30%用于科技创新。", "30%", "plan"),
    # a number before 将 + a verb in its clause is what is to be done (CCTV); not who will act, nor a level the verb changes
    ("活动期间，十多部总台原创影视精品将在塞尔维亚国家广播电视台播出。", "十多部", "plan"),
    ("明天，全省1万个农村文化礼堂将同时展开丰收节的庆祝活动。", "1万个", "plan"),
    ("工业和信息化部等五部门将于6月中旬在江苏启动2025年新能源汽车下乡活动。", "五部门", "actual"),
    ("后续，这10名预备航天员将进入中国航天员科研训练中心接受全面系统的训练。", "10名", "actual"),
    ("据北约方面发布的消息，这三艘护卫舰将在黑海停留三个星期。", "三艘", "actual"),
    ("从明年起，每年24万个的小汽车购车摇号指标将缩水近4成。", "24万个", "actual"),
    # a cue word inside a noun or a name is no cue: the tools and work of forecasting, the man 令计划 (CCTV)
    ("工作人员可以对渠道水温和冰情开展预测预报，今年新增加的18套气象水温监测感知设备实现实时监测。", "18套", "actual"),
    ("南方电网开发的人工智能负荷预测系统通过30多种人工智能算法，自动计算出电力负荷。", "30多种", "actual"),
    ("证实令计划受贿共计折合人民币7708.5383万元。", "7708.5383万元", "actual"),
    ("美国疾控中心的预测模型显示，未来4周内，美国新冠死亡病例将增加约1.5万例。", "约1.5万例", "forecast"),
    # a plan told with 将 after a word of expectation or an estimate is expected (CCTV)
    ("预计到2020年底，全国将建成8亿亩旱涝保收、稳产高产的高标准农田。", "8亿亩", "forecast"),
    ("测算，中国在未来5年内有健康服务需求，并有消费能力的人群将新增1亿人。", "1亿人", "forecast"),
    # a plan or goal a value is compared with is no cue of it; 将比 + a base then a change is a level to come (CCTV)
    ("军队进驻的3家定点医院想方设法展开近3000张床位，比原计划增加400多张。", "400多张", "actual"),
    ("上半年我国广义货币M2同比增长14.7%，增速比全年预期目标高1.7个百分点。", "1.7个百分点", "actual"),
    ("2020年地表水优良水体比例提高到了83.4%，超过“十三五”目标13.4个百分点。", "13.4个百分点", "actual"),
    ("完成饵料投喂、网箱清洗等一系列养殖流程，生产效率将比传统网箱提升3倍以上。", "3倍以上", "forecast"),
    ("他说，今年5亩种子地将比去年增收4000元左右。", "4000元左右", "forecast"),
    ("他说，今年5亩种子地将比去年增收4000元左右。", "5亩", "actual"),
    # 预计 after the number is said by what it counts or of what it sizes, there now (CCTV)
    ("调查显示，约70%的经济学家预计美国经济2023年可能出现衰退。", "约70%", "actual"),
    ("美国以打击贩毒活动为由派出的3艘战舰预计于24日抵达委内瑞拉海岸附近。", "3艘", "actual"),
    # 将 before what is put as, into or in a place of something (作为, 列入, 摆在 …) marks its object, like 把: no future; an adverb
    # after it or a 并 before it keeps it 'will' (CCTV)
    ("党的十八大以来，17个对口支援省市、中央企业将对口支援西藏工作摆在重要位置，先后派出8153名干部人才。", "8153名", "actual"),
    ("江西聚焦就业困难人员，将扶持其低成本创业列入全省10件民生实事之一。", "10件", "actual"),
    ("记者今天从公安部了解到，全国将再选取30条国道省道作为全国安全文明示范路。", "30条", "plan"),
    # 愿 before a verb of giving pledges what is given; before other verbs it pledges no number (CCTV)
    ("中方愿在未来5年为成员国培训2000名执法人员，建立中国－上海合作组织反恐专业人才培训基地。", "2000名", "plan"),
    ("为扩大中美两国人民特别是青少年一代交流，中方未来5年愿邀请5万名美国青少年来华交流学习。", "5万名", "plan"),
    ("中方愿优先支持尼方破解基础设施滞后、人才不足、资金短缺三个制约尼工业化和农业现代化的瓶颈。", "三个", "actual"),
    # 将 + a verb of one character right before the number plans it, like 将建设 (CCTV)
    ("商务部今天发布行动计划，中央财政将拨20亿元专项资金对中西部地区的200个县进行支持。", "20亿元", "plan"),
    ("2019年，郑州将再建13条生态绿道，同时完成500公里绿道连通提质。", "13条", "plan"),
]


@pytest.mark.parametrize(("text", "mention", "status"), STATUS, ids=[s[1] for s in STATUS])
def test_status(text, mention, status):
    assert the_fact(text, mention).status == status


# (sentence, mention, the year the story was published, status): cues that depend on the story's year
STATUS_IN_YEAR = [
    # 截至2019年 looks back to a date: no horizon of targets
    ("截至2019年6月底，全国共打掉涉黑组织2104个、涉恶集团7274个。", "7274个", 2019, "actual"),
    ("报告显示，截至2018年10月底，整改问题金额2955.58亿元，问责处理3299人次。", "3299人次", 2018, "actual"),
    # 将有 + a number: what is expected to be there
    ("今天将有150多艘滞留船只得到疏散。", "150多艘", 2012, "forecast"),
    ("换发工作将持续到10月底，全国将有25万名新闻工作者领到全新设计的记者证。", "25万名", 2014, "forecast"),
    # 将 in a sentence opening with a horizon states a goal; 预计 keeps it an expectation
    ("提出到2028年，物联网产业创新能力持续增强，物联网核心产业规模将突破3.5万亿元。", "突破3.5万亿元", 2026, "target"),
    ("预计到2026年中国智能算力规模将达到1271.4EFLOPS", "达到1271.4EFLOPS", 2023, "forecast"),
    # … and so does 预计 opening the sentence before its horizon, with no 将 after it
    ("预计到2027年，该基地总装机规模达到2000万千瓦，年发电量达到500亿千瓦时。", "达到500亿千瓦时", 2024, "forecast"),
    ("预计到2027年，该基地总装机规模达到2000万千瓦，年发电量达到500亿千瓦时。", "达到2000万千瓦", 2024, "forecast"),
    ("到2020年，98%的行政村将实现光纤通达，超过50%的农村家庭能够用上50兆以上带宽的网络。", "98%", 2016, "target"),  # … 将 after it too
    # a base of comparison (与2019年同比) is no look back: the 预计 before still governs
    ("为期8天，预计发送旅客1.06亿人次，与2019年同比增长0.8%。", "0.8%", 2021, "forecast"),
    ("端午假期第二天，预计全社会跨区域人员流动量超2.1亿人次，比去年端午假期第二天增长6.2%。", "6.2%", 2025, "forecast"),
    ("全国新增新能源发电装机规模将占到总装机容量的60%以上。", "60%以上", 2025, "forecast"),
    # a five-year plan's period told in or after its last year is looked back on; before, it is a horizon
    ("“十四五”期间，我国先后出台产业政策措施70余项，推出超过100项国家及行业标准。", "超过100项", 2025, "actual"),
    ("“十四五”时期，全社会研发经费投入年均增长10%。", "10%", 2026, "actual"),
    ("到“十四五”末，建成200个县域流通服务网络强县。", "200个", 2021, "target"),
    # … and a horizon that is a clause of its own later in the sentence sets targets for what follows it
    ("三部门联合印发《轻工业数字化转型实施方案》，到2027年，重点轻工企业数字化研发设计工具普及率达到90%左右。", "达到90%左右", 2025,
     "target"),
    ("六部委联合发布了指导意见，提出到2025年，规模以上企业研发投入占主营业务收入比重达1.5%以上。", "达1.5%以上", 2022, "target"),
    ("根据当地测算，到2025年，这个数字将达到56%。", "达到56%", 2022, "forecast"),  # an estimate's horizon is expected (CCTV)
    ("据统计，从2012年到2022年，全市工业产值年均增长8%。", "8%", 2022, "actual"),
    ("清洁供暖面积约为7亿平方米，预计到2020年，将增长到35亿平方米，减少供暖用煤1.2亿吨。", "1.2亿吨", 2017, "forecast"),
    # the level a change starts from is today's, or a past year's (从2015年的2000人增加到15000人); a later year's is not
    ("北约将部署在该地区的军人数量从2015年的3000人增加到12000人。", "3000人", 2016, "actual"),
    ("北约将部署在该地区的军人数量从2015年的3000人增加到12000人。", "12000人", 2016, "plan"),
    ("该市将推动绿地面积从2030年的2000公顷增加到2035年的3000公顷。", "2000公顷", 2026, "plan"),
    # … as does a five-year plan's period that is a clause of its own, told before its end
    ("二是完善设施布局，“十四五”期间，在全省新建300个左右口袋公园。", "300个左右", 2021, "target"),
    ("二是完善设施布局，“十四五”期间，在全省新建300个左右口袋公园。", "300个左右", 2026, "actual"),
    # 人均预期寿命 (life expectancy) names an indicator: no expectation, neither of its own clause nor of a goal's
    ("截至2015年，居民人均预期寿命提高到76.3岁，基本医保覆盖95%以上人口。", "95%以上", 2016, "actual"),
    ("《规划》提出，到2030年，人均预期寿命达到79岁，个人卫生支出占卫生总费用的比重下降到25%左右。", "25%左右", 2016, "target"),
    # a deadline dated in a year not yet ended sets targets for the clauses after it; one passed looks back
    ("方案要求，2016年底前再淘汰落后水泥产能3000万吨，平板玻璃1500万重量箱。", "3000万吨", 2015, "target"),
    ("方案要求，2016年底前再淘汰落后水泥产能3000万吨，平板玻璃1500万重量箱。", "3000万吨", 2018, "actual"),
    # what is to add up (累计) by a horizon ahead is aimed at; by one passed it was done
    ("到2030年，全省海上风电累计并网规模达到2000万千瓦。", "达到2000万千瓦", 2026, "target"),
    ("到2020年底，全省累计建成5G基站3万个。", "3万个", 2021, "actual"),
    # the total investment of projects that start being built now is planned; of projects started before (已开工, 以来, a past
    # year) it is what is under way (CCTV)
    ("今天（11月26日），福建集中开工重大项目234个，总投资1881亿元，涉及基础设施建设、产业项目、社会民生等多个重点领域。", "1881亿元", 2020,
     "plan"),
    ("昨天（1月14日），湖北2022年交通运输重大项目集中开工，89个项目总投资847亿元。", "847亿元", 2022, "plan"),
    ("截至11月中旬，已开工730多个重点项目，总投资近3500亿元。", "近3500亿元", 2015, "actual"),
    ("中国散裂中子源于2011年9月开工建设，总投资约23亿元。", "约23亿元", 2018, "actual"),
]


@pytest.mark.parametrize(("text", "mention", "published", "status"), STATUS_IN_YEAR, ids=[s[1] for s in STATUS_IN_YEAR])
def test_status_in_year(text, mention, published, status):
    assert the_fact(text, mention, published).status == status


# (sentence, mention, kind, share_of)
KINDS = [
    ("教育、住房保障支出分别增长 3.7 %、 2.5 %和 7.8 %", "7.8 %", "change", None),  # web spacing: still a 分别 list of changes
    # after a comma, a count in another unit than the change before it starts anew; a list after 、 stays a change
    ("有23家企业收入增幅超过20%，48家企业收入增幅超过10%。", "48家", "level", None),
    ("全国共发生生产安全事故2174起、死亡1425人，同比分别减少715起、317人。", "317人", "change", None),
    # a rank after a change is a rank still (排名上升了3位，从去年的第25位上升到第22位)
    ("该国排名上升了3位，从去年的第25位上升到第22位。", "从去年的第25位", "rank", None),
    ("浙江规模以上数字经济核心产业营业收入突破2.4万亿元，同比增长5.5%", "5.5%", "change", None),
    ("浙江规模以上数字经济核心产业营业收入突破2.4万亿元，同比增长5.5%", "突破2.4万亿元", "level", None),
    ("2023年，全省研发投入强度达到2.68%，比上年提高0.12个百分点。", "0.12个百分点", "change", None),
    ("2023年，全省研发投入强度达到2.68%，比上年提高0.12个百分点。", "达到2.68%", "share", "GDP"),
    ("我国数字经济规模占GDP比重41.5%", "41.5%", "share", "GDP"),
    ("全市研发投入强度由2.1%提高到2.5%。", "2.5%", "share", "GDP"),
    ("第三产业税收增速为8.1%", "8.1%", "change", None),
    ("对东盟、欧盟进出口分别增长20.3%和19.9%", "19.9%", "change", None),
    ("基础电信服务的税率为11%", "11%", "level", None),
    ("来自广州的项目数量居全国第二。", "居全国第二", "rank", None),
]


@pytest.mark.parametrize(("text", "values"), [
    ("外资准入负面清单从190条到122条", [190, 122]),  # from … to: two ends of a change, not a range
    ("外资准入负面清单从190条-122条", [190, 122]),  # a dash between the ends, as hand-typed text writes it
    ("别看1毫米到0.5毫米，对于我们来说是非常严峻的考验", [1, 0.5]),  # a fall
])
def test_the_ends_of_a_change_are_no_range(text, values):
    facts = extract_facts(Sentence(text, 0, len(text)))
    assert [(f.value, f.bound) for f in facts] == [(pytest.approx(v), "exact") for v in values]


@pytest.mark.parametrize(("text", "mention"), [("实现营收 **12.3** 亿元（同比 +18%）", "+18%"), ("CPI环比-0.3%", "-0.3%")])
def test_a_signed_value_after_a_frame_of_change_is_a_change(text, mention):
    assert the_fact(text, mention).kind == "change"


@pytest.mark.parametrize(("text", "mention", "kind", "share_of"), KINDS, ids=[k[1] for k in KINDS])
def test_kind(text, mention, kind, share_of):
    fact = the_fact(text, mention)
    assert (fact.kind, fact.share_of) == (kind, share_of)


# (sentence, mention, value, value_max, unit, bound)
NUMBERS = [
    ("单笔补贴不超过1万元", "不超过1万元", 1e4, None, "元", "at_most"),
    # 约 ending a word (签约, 预约) is no 'about' (CCTV: 共签约166个项目)
    ("本届投洽会共签约166个项目", "166个", 166, None, "个", "exact"),
    ("全市已预约3000人次", "3000人次", 3000, None, "人次", "exact"),
    ("全年新增就业未突破1100万人", "未突破1100万人", 1.1e7, None, "人", "at_most"),
    ("资金占比不低于50%", "不低于50%", 50, None, "%", "at_least"),
    ("力争突破 **200** 家", "突破 **200** 家", 200, None, "家", "at_least"),
    ("用户超过 **230** 万户", "超过 **230** 万户", 2.3e6, None, "户", "at_least"),
    # web text's spacing around numbers, read as print writes it; the mention is the text as written (CCTV, spaced)
    ("我国餐饮食物浪费量约为每年 1700 万至 1800 万吨", "1700 万至 1800 万吨", 1.7e7, 1.8e7, "吨", "range"),
    ("相关负责人表示，今年经济增长 4.5 %— 5 %", "4.5 %— 5 %", 4.5, 5, "%", "range"),
    ("全国一般公共预算支出近 7 万亿元", "近 7 万亿元", 7e12, None, "元", "about"),
    ("增长率在7%-12%之间", "7%-12%", 7, 12, "%", "range"),
    ("增长率在7%～8%之间", "7%～8%", 7, 8, "%", "range"),
    # hand-typed doubled dashes (CCTV: 其中70%--80%是涉及到…), web text's 2,000+ and signed values (constructed, and CCTV's
    # 贡献率分别为45.4%、55.8%和-1.7%); after a verb of decrease a minus only repeats it
    ("其中70%--80%是涉及到知识产权的", "70%--80%", 70, 80, "%", "range"),
    ("每年新增10——20家", "10——20家", 10, 20, "家", "range"),
    ("培育科技型中小企业 **2,000+** 家", "2,000+** 家", 2000, None, "家", "at_least"),
    ("三大需求对经济增长的贡献率分别为45.4%、55.8%和-1.7%", "-1.7%", -1.7, None, "%", "exact"),
    ("其在华利润水平从-5%回到了超过10%", "-5%", -5, None, "%", "exact"),
    ("专利授权量 3.2万件，同比下降 -5.1%", "-5.1%", 5.1, None, "%", "exact"),
    ("每年新增10—20家新型研发机构", "10—20家", 10, 20, "家", "range"),
    # the unit on both ends of a range (CCTV)
    ("蛟龙号载人潜水器技术改进及5000米-7000米海试项目今天通过验收", "5000米-7000米", 5000, 7000, "米", "range"),
    ("雪豹在全球目前仅存3000只至7000只", "3000只至7000只", 3000, 7000, "只", "range"),
    ("对有项目的顶尖人才团队，落实1000万元至1亿元综合资助", "1000万元至1亿元", 1e7, 1e8, "元", "range"),
    ("短信通道费高达四五千万元", "高达四五千万元", 4e7, 5e7, "元", "range"),
    # a magnitude on the high end only is the low end's too when that keeps the range rising (3至5万元), not otherwise
    # (CCTV 2022: 贷款额度在3000到30万元不等, which had become 3000万 to 30万)
    ("贷款额度在3000到30万元不等", "3000到30万元", 3000, 3e5, "元", "range"),
    ("每户补贴3至5万元", "3至5万元", 3e4, 5e4, "元", "range"),
    ("并处8000至2000元不等的罚金", "8000至2000元", 2000, 8000, "元", "range"),  # told from its top (CCTV)
    ("预计今年CPI涨幅在-5%至3%之间", "-5%至3%", -5, 3, "%", "range"),  # a range across zero keeps its low end's sign
    ("三十余家企业参加", "三十余家", 30, None, "家", "at_least"),
    ("值班工作人员一天要义务接送20来名老弱病残", "20来名", 20, None, "名", "about"),  # 来: about (CCTV)
    # a 千 after 万 or 亿 starts the unit; a lone magnitude after a qualifier is a round amount (CCTV)
    ("国家电网将接纳并输送超过一亿千瓦清洁能源", "超过一亿千瓦", 1e8, None, "千瓦", "at_least"),
    ("高速公路总里程近万公里", "近万公里", 1e4, None, "公里", "about"),
    ("近千名武警官兵、解放军战士连夜抢险", "近千名", 1000, None, "名", "about"),
    ("目前在总理府外的示威者已经减至千人左右", "千人左右", 1000, None, "人", "about"),
    # an amount told in two magnitudes (CCTV)
    ("全球累计新冠肺炎确诊病例为2亿3263万6622例", "2亿3263万6622例", 232636622, None, "例", "exact"),
    ("预计整个雪季，游客达到1亿1千万人次", "达到1亿1千万人次", 1.1e8, None, "人次", "exact"),
    ("收缴枪支1万5千支", "1万5千支", 15000, None, "支", "exact"),
    ("来自全国各地的1万3千多支球队报名参赛", "1万3千多支", 13000, None, "支", "at_least"),
    # 余/多 between a Chinese numeral and its magnitude (CCTV)
    ("节目共筹集一亿八千多万元善款", "一亿八千多万元", 1.8e8, None, "元", "at_least"),
    ("今年吉林省土地流转面积达到一千多万亩", "达到一千多万亩", 1e7, None, "亩", "at_least"),
    ("旅客十余万人次", "十余万人次", 1e5, None, "人次", "at_least"),
    ("解决了十多万农民的就业", "十多万", 1e5, None, "人", "at_least"),
    ("降息1450个基点", "1450个基点", 1450, None, "基点", "exact"),
    ("江苏拥有21席", "21席", 21, None, "席", "exact"),
    # measure words of CCTV stories: 批次 over 批, 场次 over 场, 航次, 件套, books, lanes; a speed after 时速
    ("4批次355项川渝通办事项", "4批次", 4, None, "批次", "exact"),
    ("13000多场次文旅消费活动", "13000多场次", 13000, None, "场次", "at_least"),
    ("累计运行超9400航次", "超9400航次", 9400, None, "航次", "at_least"),
    ("展出1100余件套陶瓷珍品", "1100余件套", 1100, None, "件套", "at_least"),
    ("人均纸质图书阅读量为4.66本", "4.66本", 4.66, None, "本", "exact"),
    ("全桥采用双向8车道", "8车道", 8, None, "车道", "exact"),
    ("设计时速100公里", "100公里", 100, None, "公里/小时", "exact"),
    ("最高时速达到350公里", "达到350公里", 350, None, "公里/小时", "exact"),
    ("全长约7.5公里", "约7.5公里", 7.5, None, "公里", "about"),  # a length stays a length
    ("净增国家高新技术企业1834户", "1834户", 1834, None, "户", "exact"),
    ("面积1.67万平方公里", "1.67万平方公里", 16700, None, "平方公里", "exact"),
    ("全省高新技术企业４１家", "４１家", 41, None, "家", "exact"),
    # more measure words of CCTV stories: loans in 笔, trains in 趟 and 对, pots, cities and counties, areas in 平米,
    # kilowatt-hours in 度 after a magnitude; 公斤 as written
    ("累计发放贷款154笔", "154笔", 154, None, "笔", "exact"),
    ("开出8趟救灾物资专列", "8趟", 8, None, "趟", "exact"),
    ("增开旅客列车135对", "135对", 135, None, "对", "exact"),
    ("东湖公园摆出了超6万盆各色菊花", "超6万盆", 6e4, None, "盆", "at_least"),
    ("这轮改革把突破口放在了山区26县", "26县", 26, None, "县", "exact"),
    ("串起烟台、潍坊、东营、滨州、德州五市", "五市", 5, None, "市", "exact"),
    ("一间仅26平米的教室", "26平米", 26, None, "平米", "exact"),
    ("单日发电量达38.41万度", "达38.41万度", 384100, None, "度", "exact"),
    ("查获冰毒439.2公斤", "439.2公斤", 439.2, None, "公斤", "exact"),
    # depths in 厘米, ship calls in 艘次 (not 艘), cases in 宗, rooms in 间 (not 间次)
    ("积雪最厚处达50厘米", "达50厘米", 50, None, "厘米", "exact"),
    ("开行集装箱船20293艘次", "20293艘次", 20293, None, "艘次", "exact"),
    ("协助破获走私案件50宗", "50宗", 50, None, "宗", "exact"),
    ("邮轮有2125间客房", "2125间", 2125, None, "间", "exact"),
    # units in Latin letters, as written (web text and CCTV); km/h is a speed
    ("第一阶段,建成150L级别细菌发酵生产线", "150L", 150, None, "L", "exact"),
    ("完成15g级核酸原液生产工艺开发", "15g", 15, None, "g", "exact"),
    ("线路全长97km；武冈城际铁路", "97km", 97, None, "km", "exact"),
    ("新建哈佳铁路全长343公里，设计时速200km/h", "200km/h", 200, None, "公里/小时", "exact"),
    ("获取科学数据110TB", "110TB", 110, None, "TB", "exact"),
    ("我国首台F级50MW重型燃气轮机", "50MW", 50, None, "MW", "exact"),
    # an amount with 万/亿 and no unit is money or people by what it is of, before it or after it (CCTV)
    ("当地拿出了200万的资金帮助他创办了自己的公司", "200万", 2e6, None, "元", "exact"),
    ("八岔村旅游纯收入近百万", "近百万", 1e6, None, "元", "about"),
    ("北京文博会签约金额超千亿", "超千亿", 1e11, None, "元", "at_least"),
    ("索契位于黑海之滨，常驻人口32万。", "32万", 3.2e5, None, "人", "exact"),
    ("紧急安置了17.1万受灾群众", "17.1万", 1.71e5, None, "人", "exact"),
    ("目前，我国有2800多万农民从事休闲农业", "2800多万", 2.8e7, None, "人", "at_least"),
    # people named right after the amount are what it counts, though money follows them (constructed)
    ("项目带动10万农民增加收入", "10万", 1e5, None, "人", "exact"),
    ("投资带动60万农户增收", "60万", 6e5, None, "户", "exact"),
    ("公司投资3亿来建设新厂", "3亿", 3e8, None, "元", "exact"),  # 来 here is the verb's, not 'about'
    ("因各种原因致贫的贫困人口还有3000万", "3000万", 3e7, None, "人", "exact"),  # an adverb before the verb
    ("近300万农户告别土坯房", "近300万", 3e6, None, "户", "about"),  # households
    ("旧金山市发生大规模停电，影响约13万家庭和商户", "约13万", 1.3e5, None, "户", "about"),
    ("2020年我国研究与试验发展经费投入总量突破2.4万亿", "突破2.4万亿", 2.4e12, None, "元", "at_least"),
]


@pytest.mark.parametrize(("text", "mention", "value", "value_max", "unit", "bound"), NUMBERS, ids=[n[1] for n in NUMBERS])
def test_number_grammar(text, mention, value, value_max, unit, bound):
    fact = the_fact(text, mention)
    assert fact.value == pytest.approx(value)
    assert (fact.value_max, fact.unit, fact.bound) == (value_max if value_max is None else pytest.approx(value_max), unit, bound)


NOT_FACTS = [
    "今天是第 26 个“世界读书日”",  # an ordinal, spaced as web text writes it
    "十三届全国政协第 40 次双周协商座谈会 11 日在京召开",
    "3本地企业入选",  # 本 starts the word 本地: no books (constructed)
    "成功将卫星互联网低轨01组卫星发射升空",  # a leading zero makes a label
    "为期三个半月的南海伏季休渔于今天中午开始",  # a duration (三个半月)
    "2017年和2018年，全球外国直接投资流量都是两位数下降",  # 两位数 is 'double digits'
    "物价连两头，涨幅回落",
    "跳水男子三米板决赛中，英国选手出现失误",  # an event's name
    "每七个浙江人中有一个老板",  # a rate in words, not a count of 7
    "中国开往越南的首趟集装箱国际联运专列1208次列车今天出发",  # a train's number
    "大年三十万家团圆的夜晚，医护人员仍在值守",  # New Year's Eve (大年三十), then 万家团圆
    "此次航行将历时两个多月",  # a duration (两个多月)
    "要破除城乡二元结构",  # 二元 is 'dual', not 2 yuan
    "向十三届全国人大二次会议所作的报告",  # which session, not how many
    "给63920部队总工程师记一等功",  # a military unit's code
    # distances that name a race (CCTV sports news outside the gold sets)
    "在男子20公里竞走比赛中，伦敦奥运会冠军夺冠",
    "龙舟队进行了100米、200米和500米直道赛的比拼",
    "他参加了伦敦奥运会男子400米和4X400米比赛",
    "男子3米跳板跳水比赛中，中国选手发挥出色",
    "在今天进行的举重女子87公斤级比赛中",  # a weight class (CCTV)
    "中国石油千万吨级炼化一体化项目在广东揭阳投产",  # a class
    "千家万户",
    "规模以上工业企业升级为超亿元“小巨人”企业",  # firms of a class (CCTV)
    "跆拳道女子67公斤以上级决赛中",
    # measure words that start other words, or 度 without a magnitude (constructed)
    "两国对此表示欢迎",
    "沪深两市场交投活跃",
    "3县级市入选",
    "全景相机可拍摄360度画面",
    "气温降到零下8度左右",
    # a bare amount of nothing named, or a population describing the place after its 的
    "地球已有46亿年的历史",
    "几乎所有人口超过50万的城市都出现了病例激增",
    "用户规模达到5亿",
    "4亿左右中等收入群体",  # a group named by its income is people, not money (the unit is left to the people's rule)
    "共检查按摩场所4201间次",  # visits, a unit outside units.csv
    "新冠-19家",  # no count is negative (constructed)
    "直-8L直升机编队",  # a dash before a measure joins a name (constructed)
    "GB 2760-2014标准",  # a standard's code
    "我国5G用户数达8.51亿 规模已超4G",  # a headline: the space ends the clause, 规模 is not what 8.51亿 counts
    "到“十二五”末，高铁基本覆盖我国50万以上人口的城市。",  # a city's size
]


# a list told with 分别 gives the unit once, on its last value (CCTV)
LISTED = [
    ("出口、进口和投资增速分别比上月收窄3.1、2.7和1.9个百分点", [("3.1", 3.1, "百分点"), ("2.7", 2.7, "百分点"), ("1.9个百分点", 1.9, "百分点")]),
    ("门票价格分别确定为50、60、80和100元", [("50", 50, "元"), ("60", 60, "元"), ("80", 80, "元"), ("100元", 100, "元")]),
    ("中美选手分别以16和15枚金牌领先", [("16", 16, "枚"), ("15枚", 15, "枚")]),
    ("1、12家企业入选", [("12家", 12, "家")]),  # a numbered point, no list of values
]


@pytest.mark.parametrize(("text", "expected"), LISTED, ids=[t[0][:12] for t in LISTED])
def test_a_list_with_fenbie_gives_its_unit_once(text, expected):
    facts = extract_facts(Sentence(text, 0, len(text)))
    assert [(f.mention, f.value, f.unit) for f in facts if f.kind != "rank"] == [(m, pytest.approx(v), u) for m, v, u in expected]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_not_facts(text):
    assert extract_facts(Sentence(text, 0, len(text))) == []


@pytest.mark.parametrize(("text", "mention"), [
    ("这路车从起点到终点，不到16公里的路程，跑了75分钟", "不到16公里"),  # a comma ends what the distance could name
    ("这条跑道长400米", "400米"),  # a track's length
    ("大桥全长1.5公里，双向六车道", "1.5公里"),
])
def test_a_distance_near_sports_words_is_still_a_distance(text, mention):
    assert [f.mention for f in extract_facts(Sentence(text, 0, len(text)))][:1] == [mention]


# (sentence, mention, period, period_year) with the article published in 2023
PERIODS = [
    ("与2021年相比，全省技术合同成交额增长7%", "7%", None, 2023),  # the comparison base is not the period
    ("2022年武汉实现GDP18866.43亿元", "18866.43亿元", "2022", 2022),
    ("今年前三季度，全市地区生产总值增长5.2%", "5.2%", "前三季度", 2023),
    ("去年全省新增高新技术企业3000家", "3000家", "去年", 2022),
    ("截至2023年底，全省拥有创新联合体41家", "41家", "截至2023年底", 2023),
    ("“十四五”期间，全省将新建实验室20家", "20家", "“十四五”期间", 2025),
]


@pytest.mark.parametrize(("text", "mention", "period", "year"), PERIODS, ids=[p[1] for p in PERIODS])
def test_period(text, mention, period, year):
    fact = the_fact(text, mention)
    assert (fact.period, fact.period_year) == (period, year)


# (sentence, mention, the year the story was published, period, period_year)
PERIODS_IN_YEAR = [
    # the ends of a rise: a year or a time right before a number is that number's, and no later one's
    ("川渝两省市年度共建重点项目从2020年的31个增至2024年的300个。", "31个", 2025, "2020", 2020),
    ("川渝两省市年度共建重点项目从2020年的31个增至2024年的300个。", "300个", 2025, "2024", 2024),
    ("人均纯收入从2012年的不到4000元增加到2020年的10740元。", "10740元", 2021, "到2020年", 2020),
    ("该扩建项目预计在2025年完成，届时，旅客运输能力将从当前的每年8000万人次上升到1.2亿人次。", "8000万人次", 2020, "当前", 2020),
    ("该扩建项目预计在2025年完成，届时，旅客运输能力将从当前的每年8000万人次上升到1.2亿人次。", "1.2亿人次", 2020, "2025", 2025),
    # … but not a base of comparison (是2012年底的2.8倍, 约为2019年的76.6%) nor a date (从明年1月起)
    ("截至2023年底，中央企业资产总额达到86.6万亿元，是2012年底的2.8倍。", "2.8倍", 2024, "截至2023年底", 2023),
    ("客运航班量已恢复至每周4053班，约为2019年的76.6%。", "76.6%", 2024, None, 2024),
    ("决定从明年1月起将国债的购买规模减少50亿美元。", "50亿美元", 2013, "明年", 2014),
    # 以来 runs up to the story's day; N年前 counts back from it; 目前, 如今 are the story's own time
    ("2018年以来，已累计救助39.2万名残疾儿童。", "39.2万名", 2020, "2018年以来", 2020),
    ("“十三五”以来，福建清洁能源装机比重超过50%。", "超过50%", 2022, "“十三五”以来", 2022),
    ("而8年前，这座物流园区的前身，还是一家只有337台车的运输企业。", "337台", 2014, "8年前", 2006),
    ("该州中文沉浸式项目始于2009年，目前共有76所中小学开展该项目。", "76所", 2015, "目前", 2015),
    ("考察队还成功回收了一年前布放在该海域的潜标，并顺利布放三套潜标。", "三套", 2026, None, 2026),  # a noun's time
    # N年来, 多年来, 这些年 run up to the story's day; 未来/今后N年 end N years after it; 近期 is now
    ("49年来，累计生产原油1.8亿吨。", "1.8亿吨", 2017, "49年来", 2017),
    ("一百年来，中国共产党已经发展成为拥有9500多万名党员的党。", "9500多万名", 2021, "一百年来", 2021),
    ("这些年，当地陆续投入4000多万元，建成了11个游乐项目。", "4000多万元", 2021, "这些年", 2021),
    ("今后3年，我们将为阿拉伯国家再培训6000名各类人才。", "6000名", 2014, "今后3年", 2017),
    ("未来五年，吉林省还将建设松花江等4条“黄金”水道。", "4条", 2015, "未来五年", 2020),
    # the start of a rise over a span of N years up to now is N years before the story; its end is now
    ("7年来，工程年调水量从20多亿立方米持续攀升至近100亿立方米。", "20多亿立方米", 2021, "7年来", 2014),
    ("7年来，工程年调水量从20多亿立方米持续攀升至近100亿立方米。", "近100亿立方米", 2021, "7年来", 2021),
    ("五年时间，天津市科技型中小企业从12500家快速增长到73200家。", "12500家", 2016, "五年时间", 2011),
]


@pytest.mark.parametrize(("text", "mention", "published", "period", "year"), PERIODS_IN_YEAR,
                         ids=[f"{p[1]}-{p[4]}" for p in PERIODS_IN_YEAR])
def test_period_in_year(text, mention, published, period, year):
    fact = the_fact(text, mention, published)
    assert (fact.period, fact.period_year) == (period, year)


@pytest.mark.parametrize(("text", "mention", "subject"), [
    # a time between the thing and its verb does not start the subject; a bare time names no thing
    ("十年来，海南农村人均可支配收入2021年达到18076元。", "达到18076元", "海南农村人均可支配收入"),
    ("全省各类市场主体从2012年的42万户，增长到如今超过198万户。", "超过198万户", "各类市场主体"),
    # a preposition or 来自 ends the phrase after the number; 级 after the unit makes a class, no noun follows
    ("汽车生产企业有近200家供应商来自欧洲和北美。", "近200家", "供应商"),
    ("会议决定将自贸区等28项做法向更大范围推广。", "28项", "做法"),
    ("建设100家面向中小企业的服务平台。", "100家", "服务平台"),  # 面向…的 describes the noun counted (面向 is a word, not 向)
    ("国际航道通航船舶吨位从300吨级提升至目前的500吨级。", "500吨", "国际航道通航船舶吨位"),
    # web text: Markdown emphasis and spaces around the number are no part of the subject (constructed)
    ("合肥综合性国家科学中心建设加快推进，**大科学装置**达到12个。", "达到12个", "大科学装置"),
    ("- 科技型中小企业 2.1 万家；", "2.1 万家", "科技型中小企业"),
    ("- 技术合同成交额 **2,152.7** 亿元。", "2,152.7** 亿元", "技术合同成交额"),
    ("归母净亏损3.53亿元，同比扩大118.35%", "118.35%", "归母净亏损"),
    ("这个数字是新开工346万套", "346万套", "新开工"),
    ("实体经济人民币贷款增加3.61万亿元", "3.61万亿元", "实体经济人民币贷款"),
    ("城镇保障性安居工程开工率已达到了77%", "77%", "城镇保障性安居工程开工率"),
    ("今年1到4月，391个重大招商项目在福州落地", "391个", "重大招商项目"),
    # the verb inside the phrase (实现, 完成) and a modal after it (可望) are not part of what is counted
    ("2021年，园区汽配产业实现工业总产值超154.3亿元", "超154.3亿元", "工业总产值"),
    ("智能化升级改造为主的技术改造投资完成511.4亿元，同比增长14.6%。", "511.4亿元", "技术改造投资"),
    ("生态旅游文化产业园年营业收入可望达到3.6亿元", "达到3.6亿元", "生态旅游文化产业园年营业收入"),
    ("仅今年上半年，我国服务业增加值就达到12.54万亿元", "达到12.54万亿元", "服务业增加值"),
    ("研究制定了17条实施意见", "17条", "实施意见"),
    # a change with no subject of its own, or whose subject is only its comparison base, is of the value before it
    ("意向成交金额50亿元，比上届增长了2%", "2%", "意向成交金额"),
    ("2023年机械工业增加值同比增长8.7%，高于全国工业增速4.1个百分点。", "4.1个百分点", "机械工业增加值"),
    ("单位国内生产总值能耗累计下降约26.2%。", "约26.2%", "单位国内生产总值能耗"),
    ("带动我国卫星导航产业总体产值年均增长20%以上", "20%以上", "卫星导航产业总体产值"),
    ("居民人均可支配收入从2012年的12772元增长到2021年的26811元", "12772元", "居民人均可支配收入"),
    ("居民人均可支配收入从2012年的12772元增长到2021年的26811元", "26811元", "居民人均可支配收入"),
    ("这十年，粮食产能从1.2万亿斤跃升到1.3万亿斤", "1.3万亿斤", "粮食产能"),
    ("1200多家煤矿现在已经整合为13家", "1200多家", "煤矿"),
    ("与高收入经济体的81%和中高收入经济体的65%相比", "81%", None),  # the phrase after 和 is the next number's
    ("2021世界人工智能大会在上海开幕，300余家国内外参展企业带来了最新的技术", "300余家", "国内外参展企业"),
    ("自贸片区内海关备案企业数量超1.2万家，较2015年设立之初增长5.76倍", "5.76倍", "自贸片区内海关备案企业数量"),
    ("如今，45家世界500强企业和百余家跨国公司落户", "45家", "世界500强企业"),
    ("十年来，海南空气质量优良天数始终保持在99%以上", "99%以上", "海南空气质量优良天数"),
    ("今年以来，企业的出货量再次位居全球首位", "位居全球首位", "出货量"),
    ("山西太原忻州一体化经济区首批183个重大项目集中开工", "183个", "重大项目"),
    ("组装这台机器人需要2000多个专业零部件", "2000多个", "专业零部件"),  # 零 is not a number here
    ("过去一年，串联起西部12个省（区、市）的西部陆海新通道", "12个", "省区市"),
    ("本月，全球新一批23个灯塔工厂公布", "23个", "灯塔工厂"),
    ("创建20家以上具有较强竞争优势的化工园区", "20家以上", "化工园区"),  # the head after a relative clause
    ("今年，内联升把研发投入增加到300万元", "300万元", "研发投入"),
    ("两年间，浦东新增跨国公司地区总部59家，累计达到432家。", "累计达到432家", "跨国公司地区总部"),
    ("中央财政下达小麦一喷三防补助资金16亿元", "16亿元", "小麦一喷三防补助资金"),
    ("降低个人住房公积金贷款利率0.25个百分点", "0.25个百分点", "个人住房公积金贷款利率"),
    ("享受减半征收政策的小微企业受惠面在90%以上", "90%以上", "小微企业受惠面"),
    ("散布在全国1500多家科技孵化器中进行孵化", "1500多家", "科技孵化器"),  # a locative 中 is not part of it
    ("其中用于西部铁路建设的资金占40%", "40%", "资金"),
    ("全社会用电量突破10万亿千瓦时的背后，离不开清洁高效的能源供应", "突破10万亿千瓦时", "全社会用电量"),
    ("2025年，广州港完成货物吞吐量超6.96亿吨", "超6.96亿吨", "货物吞吐量"),
    # the noun after the number ends where its verb starts (…了), and may be one character, unless the unit cut a word
    ("全国共有46个重点城市7700多万户家庭实行了生活垃圾分类", "7700多万户", "家庭"),
    ("最终有15户村民加入了苗木专业合作社", "15户", "村民"),
    ("当天有8名共和党议员与民主党议员一同投了赞成票", "8名", "共和党议员与民主党议员"),  # the adverb goes with the verb
    ("制造业有2万亿的庞大规模，这其中45%是汽车和电子产业", "45%", "汽车和电子产业"),  # 这其中 is no subject; what the part is
    ("建成后，可满足60万辆车的装机需求", "60万辆", "车"),
    ("下姜村与周边的24个村一起，组成乡村联合体", "24个", "村"),
    ("2021年，全国居民人均可支配收入比上年实际增长8.1%", "8.1%", "居民人均可支配收入"),  # not its base (比上年实际)
    ("新签合同额5000万美元以上的项目数比2021年增加59个", "59个", "项目数"),  # nor a year as the base
    ("今年上半年，客运规模较2019年增长8.1%", "8.1%", "客运规模"),
])
def test_subject_is_the_counted_noun_phrase(text, mention, subject):
    assert the_fact(text, mention).subject == subject


# The size of a thing told without a time is of no year (the gold: 'a physical property, no year'); an event's depth or
# height, and a count without a time, are the story's (CCTV)
DIMENSIONS = [
    ("鳊鱼洲长江大桥连接湖北黄梅县和江西九江市，全长1320米，是四线铁路混合箱梁斜拉桥。", "1320米", None),
    ("该导弹射程450公里，可携带核弹头。", "450公里", None),
    ("三河村平均海拔2500多米，是一个彝族贫困村。", "2500多米", None),
    ("这条45公里长的绿道，从前被厂区围墙分隔成多段。", "45公里", None),
    ("清澈水源正沿着南水北调中线长达1432公里的输水渠道，奔流不息，一路北上。", "达1432公里", None),
    ("高速公路通车里程增长1000公里。", "1000公里", 2023),  # 增长: a change, not a length
    ("在距离震中磨西镇10公里外的得妥镇大渡河，抢险队员们通过动力舟桥运送物资。", "10公里", None),
    ("京滨城际铁路经天津宝坻向南到达滨海新区，设计时速250公里，初期开通宝坻至北辰段。", "250公里", None),
    ("呼伦贝尔部分地区积雪深度超过15厘米，当地启动应急预案。", "超过15厘米", 2023),
    ("今天，潍坊至莱西高铁开工，全线长122.2千米，设计时速350公里。", "350公里", 2023),  # a time of its own
    ("监测数据显示，滑坡体区域有6个灾害点。", "6个", 2023),
]


@pytest.mark.parametrize(("text", "mention", "year"), DIMENSIONS, ids=[d[1] for d in DIMENSIONS])
def test_the_size_of_a_thing_is_of_no_year(text, mention, year):
    assert the_fact(text, mention).period_year == year


@pytest.mark.parametrize(("text", "mention", "half"), [
    ("中国共产党团结带领13亿多人民共同奋斗", "13亿多人", "民"),  # 人|民
    ("教育部等四部委发布通知", "四部", "委"),  # 部|委
])
def test_a_character_the_unit_cut_from_its_word_is_not_the_subject(text, mention, half):
    assert the_fact(text, mention).subject != half


# (paragraphs, mention, period, period_year) with the story published in 2023: a time opening a sentence frames the
# paragraph's later sentences that have none of their own (CCTV, 海关总署 at the 权威部门话开局 press conference)
FRAMED = [
    ("2022年，全国海关监管进出口货运量48亿吨。支持企业享受各类税收优惠政策，共减税、退税2850亿元。", "2850亿元", "2022", 2022),
    ("2022年，全国海关监管进出口货运量48亿吨。\n支持企业享受各类税收优惠政策，共减税、退税2850亿元。", "2850亿元", None, 2023),
    ("2013年，我国提出“一带一路”倡议。目前，已经获得60多个国家的积极响应。", "60多个", "目前", 2023),
    ("2013年，中国接受了42条建议。近期，该院50名师生联名致信。", "50名", "近期", 2023),
    # … and after the source it is told from (CCTV, 2023-01-13)
    ("据海关统计，2022年，我国外贸结构持续优化。我国对东盟、欧盟、美国分别进出口6.52万亿元、5.65万亿元、5.05万亿元。",
     "6.52万亿元", "2022", 2022),
]


@pytest.mark.parametrize(("body", "mention", "period", "year"), FRAMED, ids=[f"{f[1]}-{f[3]}" for f in FRAMED])
def test_a_time_opening_a_sentence_frames_the_paragraph(body, mention, period, year):
    facts = [f for found in extract_article_facts(body, split_sentences(body), published_year=2023) for f in found]
    fact = next(f for f in facts if f.mention == mention)
    assert (fact.period, fact.period_year) == (period, year)


# A paragraph opening with a horizon ahead sets targets for the numbers of its later sentences that have no time of their own
# (the projects it lists are planned); a cue of their own, a look back or another paragraph keeps them as they are.
HORIZON_FRAMED = [
    ("《水利改革发展“十三五”规划》昨天发布，到2020年，全国年供用水总量控制在6700亿立方米以内；新增供水能力270亿立方米；",
     2016, "270亿立方米", "target"),
    ("“十五五”时期，全省将聚焦重点领域。向“绿色”转型，部署“三北”六期等12项重大工程。", 2025, "12项", "plan"),
    ("“十五五”时期，全省将聚焦重点领域。此外，我国共有42个非遗项目列入名录。", 2025, "42个", "actual"),
    ("“十五五”时期，全省将建设20个非遗馆。此外，我国共有42个非遗项目列入名录，居世界第一。", 2025, "居世界第一", "actual"),
    ("“十五五”期间，软件产业规模有望突破20万亿元。软件业务收入从2020年的8.16万亿元增长到2025年的15.48万亿元，年平均增速达13.8%。",
     2026, "达13.8%", "actual"),
    ("到2025年，全省研发投入强度达到3%。\n高新技术企业突破5万家。", 2023, "突破5万家", "actual"),
]


# A list of goals opened with a colon (主要预期目标是：…；…；…。) makes targets of the cue-less numbers of its items, each a
# sentence cut at ；; a cue of the item's own, a look back or the end of the list (。) keeps them as they are.
GOAL_LISTED = [
    ("报告提出，今年发展主要预期目标是：地区生产总值增长6%左右；城镇新增就业80万人以上；粮食产量保持在700亿斤以上。全省共有48个县。",
     2024, "6%左右", "target"),
    ("报告提出，今年发展主要预期目标是：地区生产总值增长6%左右；城镇新增就业80万人以上；粮食产量保持在700亿斤以上。全省共有48个县。",
     2024, "80万人以上", "target"),
    ("报告提出，今年发展主要预期目标是：地区生产总值增长6%左右；城镇新增就业80万人以上；粮食产量保持在700亿斤以上。全省共有48个县。",
     2024, "48个", "actual"),
    ("报告提出，今年主要目标是：地区生产总值增长6%左右；去年城镇新增就业80万人。", 2024, "80万人", "actual"),
]


# A meeting's decisions told as items (一是…, 二是…, 同时，将…) in the sentences after it in its paragraph are plans; a base, a look back
# or a sentence of another paragraph keeps its status.
MEETING_ITEMS = [
    ("会议确定了今年深化医改重点。一是将试点城市由100个扩大到200个。二是在全国60%左右的地市开展分级诊疗试点。", 2016, "60%左右", "plan"),
    ("会议确定了今年深化医改重点。一是将试点城市由100个扩大到200个。二是在全国60%左右的地市开展分级诊疗试点。", 2016, "100个", "actual"),
    ("会议指出，各地优化营商环境取得积极成效。一是再取消20项行政许可事项，其中5项提请修法后取消。", 2018, "20项", "plan"),
    ("会议确定，将普惠金融考核权重提升至10%以上。同时，将监管要求阶段性下调15个百分点。", 2019, "15个百分点", "plan"),
    ("会议指出，各地优化营商环境取得积极成效。\n一是去年取消了20项行政许可事项。", 2018, "20项", "actual"),
    ("会议决定，加大退税力度。三是中央财政在按现行税制负担50%退税资金基础上，再安排1.2万亿元转移支付资金。", 2022, "50%", "actual"),
    ("会议决定，加大退税力度。三是中央财政在按现行税制负担50%退税资金基础上，再安排1.2万亿元转移支付资金。", 2022, "1.2万亿元", "plan"),
]


@pytest.mark.parametrize(("body", "published", "mention", "status"), MEETING_ITEMS, ids=[f"{s[2]}-{i}" for i, s in enumerate(MEETING_ITEMS)])
def test_a_meetings_items_are_plans(body, published, mention, status):
    facts = [f for found in extract_article_facts(body, split_sentences(body), published_year=published) for f in found]
    assert [f.status for f in facts if f.mention == mention] == [status]


@pytest.mark.parametrize(("body", "published", "mention", "status"), GOAL_LISTED, ids=[s[2] for s in GOAL_LISTED])
def test_a_list_of_goals_opened_with_a_colon_sets_targets(body, published, mention, status):
    facts = [f for found in extract_article_facts(body, split_sentences(body), published_year=published) for f in found]
    assert [f.status for f in facts if f.mention == mention] == [status]


@pytest.mark.parametrize(("body", "published", "mention", "status"), HORIZON_FRAMED, ids=[s[2] for s in HORIZON_FRAMED])
def test_a_paragraph_opening_with_a_horizon_sets_targets(body, published, mention, status):
    facts = [f for found in extract_article_facts(body, split_sentences(body), published_year=published) for f in found]
    assert [f.status for f in facts if f.mention == mention] == [status]
