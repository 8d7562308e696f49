"""Article splitting on the seeds (pinned by reading them) and on pages the splitter has not seen."""

import pytest

from tests.conftest import seed_text
from transforms.articles import classify_lines, page_lines, split_articles
from transforms.cleaning import normalize_text

EXPECTED_TITLES = {
    "000": ["链式突破激发产业“聚变效应”", "营造创新氛围 打造特色产业", "共赴美好数字未来", "文化中国行 科技赋能典型案例",
            "“海威GD11000”完成首个航次深海调查任务", "国网宁夏电力新型真空断路器挂网运行", "首批“5G+工业互联网”融合应用试点城市建设启动"],
    "001": ["实现更多“从0到1”突破 北京平台建设取得阶段性成果", "2023年1月10日，武汉东湖高新区·世界码都（恩施）体验馆", "智能算力规模已超通用算力",
            "卫星遥感巡视与灾害应急监测技术获突破", "大容量高能量密度水系锌电池问世", "浙江发布“8+4”政策为经济加力提效",
            "近年来，河北省围场满族蒙古族自治县不断优化农业种植结构，因地"],
    "002": ["广州构建“2+2+N”科技创新平台体系", "山西完成首批省重点实验室优化重组", "湖南湘江实验室与企业共建“四算一体”产业联盟",
            "福建厦门获评二星级“中国软件名城”", "湖北举行“百名院士进百校讲科普”首场报告会", "中欧班列助上合示范区链接世界"],
    "003": ["7部门推动未来产业创新发展", "春节临近，各地张灯结彩。", "工业互联网标识解析体系“贯通”起步", "我国数字经济规模占GDP比重41.5%",
            "『晋江经验』示范引领创新创业创造", "目前，黑龙江省抚远市是全国主要的蔓越莓规模化种植基地，种植面"],
    "004": ["长三角合力构建科创共同体"],
}

FURNITURE = ["新闻热线", "本期导读", "邮发代号", "2023-05-31", "图为京唐智慧港", "新华社发", "图片来源", "◎", "▶", "上观号作者",
             "因春节放假", "米体：切尔西", "（新华社北京11月19日电）", "编辑："]


@pytest.mark.parametrize("prefix", sorted(EXPECTED_TITLES))
def test_each_seed_splits_into_the_articles_a_reader_sees(prefix):
    articles, _ = split_articles(seed_text(prefix))
    assert [a.title for a in articles] == EXPECTED_TITLES[prefix]


@pytest.mark.parametrize("prefix", sorted(EXPECTED_TITLES))
def test_furniture_and_captions_never_reach_an_article_body(prefix):
    articles, boilerplate = split_articles(seed_text(prefix))
    bodies = "\n".join(a.body for a in articles)
    present = [f for f in FURNITURE if f in bodies]
    assert present == []


def test_paragraph_broken_mid_word_is_rejoined():
    first = split_articles(seed_text("000"))[0][0]
    assert "加快建立技术竞争优势" in first.body
    assert first.body.startswith("“由数据资源体系创新联合体开展的")
    assert first.body.endswith("最大程度释放创新联合体活力。")


def test_article_metadata_from_header_and_dateline():
    articles, _ = split_articles(seed_text("000"))
    first, tangshan, xinhua = articles[0], articles[1], articles[2]
    assert first.subtitle == "浙江深化创新联合体组建机制改革观察"
    assert first.byline == "◎洪恒飞 本报记者 江 耘"
    assert tangshan.dateline_place == "唐山" and str(tangshan.published_date) == "2024-11-19"
    assert xinhua.source_name == "新华社" and xinhua.dateline_place == "北京"


def test_portal_page_keeps_the_article_and_drops_the_headline_list():
    articles, boilerplate = split_articles(seed_text("004"))
    (article,) = articles
    assert article.source_name == "新华日报·交汇点"
    assert article.authors == ["蔡姝雯", "张宣"]
    assert str(article.published_date) == "2023-06-01"
    assert sum(b.reason == "furniture:portal_headline" for b in boilerplate) == 100


def test_masthead_front_matter_is_boilerplate_and_gives_the_date():
    articles, boilerplate = split_articles(seed_text("003"))
    assert {b.reason for b in boilerplate} == {"front_matter"}
    assert any("CN 11-0237" in b.text for b in boilerplate)
    assert str(articles[0].published_date) == "2024-02-05"
    assert articles[0].source_name == "中国高新技术产业导报"


def test_repeated_paragraph_is_kept_once():
    articles, boilerplate = split_articles(seed_text("001"))
    quote = "我们将加大对各项政策落实情况的督促检查"
    assert sum(a.body.count(quote) for a in articles) == 1
    assert [b.reason for b in boilerplate if quote in b.text] == ["duplicate_paragraph"]
    # the copy kept is the one inside the 浙江 "8+4" policy article it belongs to, not the interleaved one
    (holder,) = [a for a in articles if quote in a.body]
    assert holder.title == "浙江发布“8+4”政策为经济加力提效"


UNSEEN_PAGES = [
    ("安徽合肥新建3家新型研发机构\n\n◎本报记者 李明\n\n记者从合肥市科技局获悉，今年以来合肥新建新型研发机构3家。\n\n这些机构聚焦量子信息和人工智能。\n\n"
     "成都高新区发布算力券政策\n\n科技日报成都3月2日电（记者 王芳）成都高新区2日发布算力券政策，总额1亿元。\n\n（新华社成都3月2日电）\n",
     ["安徽合肥新建3家新型研发机构", "成都高新区发布算力券政策"]),
    ("第12期\n编辑：张三\n\n本期导读\n\n3版\n\n深圳推动人工智能产业集聚\n\n——光明科学城建设一线见闻\n\n▶ 本报记者 陈东\n\n深圳光明区近年来引进高端人才超过2000名。\n",
     ["深圳推动人工智能产业集聚"]),
    # a kicker above the title, a two-line title, an author line closing the story, a photo item
    ("地方动态\n\n江西南昌\n获批建设国家级孵化器\n\n科技日报讯（记者 刘佳）近日，南昌获批建设国家级科技企业孵化器2家。\n\n南昌将持续优化创新生态。\n\n王强\n\n"
     "近年来，贵州省贵阳市大力发展大数据产业，年均增长超过20%。\n\n新华社发 李华/摄\n",
     ["江西南昌获批建设国家级孵化器", "近年来，贵州省贵阳市大力发展大数据产业，年均增长超过20%。"]),
    # a portal page: channel prefix and site suffix on the title, timestamp, trailing headline list
    ("热点丨西安发布硬科技十条 | 新闻网\n2024-03-05 09:10:11 来源：新闻网\n\n西安市今日发布支持硬科技发展的十条措施，设立专项资金10亿元。\n\n"
     "今日看点：某地天气晴\n\n2024-03-05\n\n体育快讯：比赛结果揭晓\n\n2024-03-04\n",
     ["西安发布硬科技十条"]),
    # two Xinhua stories with subtitles and closing agency tags, and a paragraph broken mid-word
    ("重庆打造西部科学城\n\n——来自成渝地区双城经济圈的报道\n\n◎新华社记者 周文\n\n重庆西部科学城今年新引进研发机构15家，其中新型研发机构占比超过一半，科研人员数量持续增长，带动了周边产\n\n"
     "业集聚发展。\n\n（新华社重庆4月1日电）\n\n天津港智慧码头投运\n\n◎新华社记者 赵明\n\n天津港第二座智慧码头正式投运，年吞吐能力约250万标箱。\n\n（新华社天津4月1日电）\n",
     ["重庆打造西部科学城", "天津港智慧码头投运"]),
]


# A web article as a portal serves it (constructed): navigation, the headline, a meta line with date and source, the
# story, then a list of related stories from other provinces and the site's footer.
WEB_PAGE = ("首页 | 新闻 | 财经 | 科技 | 体育\n\n甘肃：兰州新区加快培育新材料产业集群\n"
            "2023-08-15 10:21:33 来源：每日甘肃网 作者：李明 编辑：王芳\n\n"
            "近年来，兰州新区加快培育新材料产业集群。2022年，新区新材料产业实现产值326亿元，同比增长28.5%。\n\n"
            "据介绍，新区已建成国家级企业技术中心3家。\n\n（责任编辑：张三）\n\n相关新闻：\n"
            "北京：中关村科学城发布新政支持人工智能\n广东深圳：前海深港现代服务业合作区新增企业3000家\n\n"
            "关于我们 | 联系我们 | 广告服务\n地址：北京市朝阳区建国路88号 电话：010-12345678\n"
            "京ICP备12345678号 京公网安备11010502030000号\nCopyright © 2023 某某网 版权所有\n")


def test_web_page_keeps_the_story_and_drops_related_stories_and_footer():
    (article,), boilerplate = split_articles(WEB_PAGE)
    assert article.title == "甘肃：兰州新区加快培育新材料产业集群"
    assert article.body.endswith("据介绍，新区已建成国家级企业技术中心3家。")  # the editor line goes too
    assert (article.source_name, str(article.published_date)) == ("每日甘肃网", "2023-08-15")
    reason = {b.text.split("：")[0].split(" ")[0]: b.reason for b in boilerplate}
    assert reason["北京"] == reason["广东深圳"] == "furniture:related_headline"
    assert {reason["关于我们"], reason["地址"], reason["京ICP备12345678号"], reason["Copyright"]} == {"furniture:site_footer"}


@pytest.mark.parametrize(("page", "titles"), UNSEEN_PAGES)
def test_unseen_pages_are_cut_by_the_same_rules(page, titles):
    articles, boilerplate = split_articles(page)
    assert [a.title for a in articles] == titles
    assert all(a.body for a in articles)
    bodies = "\n".join(a.body for a in articles)
    assert not any(f in bodies for f in ("新华社发", "今日看点", "体育快讯", "2024-03-04", "编辑：", "（新华社"))


def test_unseen_page_metadata():
    articles, _ = split_articles(UNSEEN_PAGES[4][0])
    chongqing, tianjin = articles
    assert chongqing.subtitle == "来自成渝地区双城经济圈的报道" and chongqing.source_name == "新华社"
    assert chongqing.dateline_place == "重庆" and "带动了周边产业集聚发展。" in chongqing.body
    assert tianjin.dateline_place == "天津"
    nanchang = split_articles(UNSEEN_PAGES[2][0])[0][0]
    assert nanchang.kicker == "地方动态" and nanchang.authors == ["王强"]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("◎本报记者 魏依晨", "lead_byline"),
        ("科技日报大连11月19日电（记者张鑫）记者19日从大连海事大学获悉", "lead_dateline"),
        ("科技日报讯（记者王迎霞 通讯员孙尚鹏 戴龙成）近日", "lead_dateline"),
        ("（新华社北京11月19日电）", "end_tag"),
        ("新华社发 王立群/摄", "caption"),
        ("2023-06-01 08:04:04 来源：百度新闻", "lead_portal"),
        ("监督举报电话：(010)68667266-322", "furniture"),
        ("丁涛", "author"),
        ("促进创新要素融通", "text"),
        ("发布时间：2023-06-12 09:30  来源：安徽日报", "lead_portal"),
        ("2023年06月12日 09:30 来源：中国甘肃网", "lead_portal"),
        ("推荐阅读", "furniture"),
        ("【相关新闻】", "furniture"),
        ("首页 | 新闻 | 财经 | 科技", "furniture"),
        ("扎实推进长三角一体化高质量发展 | 长三角合力构建科创共同体", "text"),  # a portal title, not navigation
        ("（责任编辑：张三）", "furniture"),
        ("3月全国受理网络违法和不良信息举报1847.9万件", "text"),  # news about 举报, not a footer (CCTV headline)
        ("该公司对其作品享有版权，版权所有人已提起诉讼。", "text"),  # a sentence, not a footer (constructed)
    ],
)
def test_line_roles(line, role):
    frame = classify_lines(page_lines(line))
    assert frame["role"].to_list() == [role]


def test_normalize_text_keeps_chinese_punctuation_and_numbers():
    assert normalize_text("共建成１４２家,占比４１.５％") == "共建成142家，占比41.5%"
    assert normalize_text("08:04:04 1,234") == "08:04:04 1,234"


def test_short_fragment_broken_mid_word_is_rejoined():
    # 联合西 / 安交通大学: a line with clause punctuation that stops mid-word continues on the next line
    article = next(a for a in split_articles(seed_text("000"))[0] if a.title == "国网宁夏电力新型真空断路器挂网运行")
    assert "联合西安交通大学、山东泰开高压开关有限公司" in article.body


@pytest.mark.parametrize(
    ("prefix", "joined"),
    [("000", "南京、武汉、青岛等10个试点城市"),   # broken inside the dateline paragraph
     ("002", "与国家"), ("003", "长城战略咨询合伙人郝坤"), ("003", "有效供给")],
)
def test_words_broken_across_lines_by_the_layout_are_whole_again(prefix, joined):
    articles, _ = split_articles(seed_text(prefix))
    assert any(joined in a.body for a in articles)


@pytest.mark.parametrize(("line", "title"), [
    ("热点丨西安发布硬科技十条 | 新闻网", "西安发布硬科技十条"),                  # channel prefix and site name
    ("环球微头条丨扎实推进长三角一体化高质量发展 | 长三角合力构建科创共同体", "长三角合力构建科创共同体"),  # series label first
    ("浙江力争研发投入强度达3.1% | 科技 | 浙江在线", "浙江力争研发投入强度达3.1%"),  # a section and the site
    ("成都高新区新增企业3000家 | 成都日报", "成都高新区新增企业3000家"),
    ("无锡高新区发布未来产业规划", "无锡高新区发布未来产业规划"),
])
def test_portal_title_keeps_the_headline(line, title):
    from transforms.articles import _clean_title

    assert _clean_title(line) == title


def test_story_broken_off_mid_sentence_takes_back_its_jumped_paragraphs():
    # seed 000: the 5G story at the foot of the page stops at …融合化发; two of its paragraphs are printed inside the
    # Xinhua story above (one glued by the layout rejoin onto 小桥流水…) and one after the Xinhua end tag
    articles, boilerplate = split_articles(seed_text("000"))
    xinhua = next(a for a in articles if a.title == "共赴美好数字未来")
    five_g = next(a for a in articles if a.title == "首批“5G+工业互联网”融合应用试点城市建设启动")
    assert "5G" not in xinhua.body and "\n小桥流水，粉墙黛瓦。" in xinhua.body
    assert five_g.body.split("\n")[-3:] == [
        "记者了解到，首批试点城市将发挥“5G+工业互联网”新技术、新设施、新场景、新模式、新业态优势，紧密服务地方产业智能化、绿色化、融合化发",
        "为在全国“5G+工业互联网”融合应用构建新范式，为制造业数字化转型开辟新路径，为推进新型工业化提供新动能。",
        five_g.body.split("\n")[-1],
    ]
    assert five_g.body.endswith("工业和信息化部在大会上发布了《2024年5G工厂名录》。工业和信息化部党组成员、副部长张云明介绍，"
                                "我国适度超前建设5G网络，累计建成开通5G基站408.9万个；工业5G模组标识商用初期下降90%；工业互联网标识"
                                "服务企业超45万家，注册量突破6000万个。同时，实施5G工厂“百千万”行动，建设超4000家5G工厂；“5G+工业互联网”"
                                "全国建设项目覆盖1.5万个，实现41个工业大类全覆盖；有力带动制造业高端化、智能化、绿色化发展。")
    assert five_g.last_line == 165 and xinhua.last_line == 109
    assert not [b for b in boilerplate if b.reason == "orphan_after_article_end"]


# Two stories of seed 000 on one page, the second breaking off mid-sentence: the first story's paragraphs speak of
# its own things (绞车, 深海), so none moves, though the broken story wants a continuation.
DEEP_SEA = ("“海威GD11000”完成首个航次深海调查任务\n\n科技日报大连11月19日电（记者张鑫）记者19日从大连海事大学获悉，全球深海水缆绞车系统"
            "“海威GD11000”日前在我国南海完成了首个航次的深海调查任务。\n\n据介绍，“海威GD11000”是目前全球唯一一套全海深光电缆绞车系统，"
            "全部实现国产，完全自主可控。\n\n光电缆绞车系统用于深海拖曳系统、缆控水下载机器人等大型系统的布放、回收及拖曳。\n\n"
            "据了解，下一步，“海威GD11000”将随船开展常态化深海和极地调查作业。\n\n")
FIVE_G = ("首批“5G+工业互联网”融合应用试点城市建设启动\n\n科技日报武汉11月19日电（记者崔爽）2024中国5G+工业互联网大会19日在湖北武汉开幕。"
          "工业和信息化部启动首批“5G+工业互联网”融合应用试点城市建设。\n\n记者了解到，首批试点城市将发挥“5G+工业互联网”新技术、新设施、"
          "新场景优势，紧密服务地方产业智能化、绿色化、融合化发\n")


def test_broken_off_story_takes_nothing_that_does_not_lean_to_it():
    deep_sea, five_g = split_articles(DEEP_SEA + FIVE_G)[0]
    assert deep_sea.body.count("\n") == 3 and five_g.body.endswith("融合化发")


def test_jumped_paragraphs_move_only_when_displaced_and_their_story_breaks_off():
    # as on seed 000: a 5G paragraph printed inside the deep-sea story stops mid-sentence (…在大会上发布了) where
    # the layout glued the next deep-sea paragraph onto it, and the 5G text goes on after the deep-sea end tag
    jumped = "近年来，“5G+工业互联网”在各行业领域的规模化应用持续加快，工业互联网标识服务企业超45万家。工业和信息化部在大会上发布了\n\n"
    orphan = "《2024年5G工厂名录》。工业和信息化部介绍，我国累计建成开通5G基站408.9万个，建设超4000家5G工厂。\n\n"
    page = DEEP_SEA.replace("据了解，", jumped + "据了解，") + "（新华社大连11月19日电）\n\n" + orphan
    deep_sea, five_g = split_articles(page + FIVE_G)[0]
    assert deep_sea.body.endswith("\n据了解，下一步，“海威GD11000”将随船开展常态化深海和极地调查作业。")
    assert five_g.body.endswith("融合化发\n" + jumped.strip() + orphan.strip())
    # all stays as printed when the 5G story ends its last sentence; the orphan is dropped as before
    deep_sea, five_g = split_articles(page + FIVE_G.replace("融合化发\n", "融合化发展。\n"))[0]
    assert "超45万家" in deep_sea.body and "408.9万个" not in deep_sea.body + five_g.body
    # without displaced text after the end tag, a paragraph inside another story is not taken
    deep_sea, five_g = split_articles(page.replace(orphan, "") + FIVE_G)[0]
    assert "超45万家" in deep_sea.body and five_g.body.endswith("融合化发")


# A web page in Markdown: an image or a row of links between the headline and the lead, or under the story, is page
# furniture; the headline stays the title (constructed from a CCTV story as a site prints it)
MARKDOWN_PAGE = ("# 国内联播快讯\n\n来源：央视网 | 2013-02-25 19:00:00\n\n![](https://img.example.cn/a.jpg)\n\n"
                 "央视网消息（新闻联播）：从今天零时起，国内汽油和柴油价格每吨分别提高300元和290元。\n\n"
                 "[返回首页](https://www.example.cn/) [分享](https://www.example.cn/share)")


def test_an_image_or_a_row_of_links_is_furniture_and_leaves_the_headline():
    articles, boilerplate = split_articles(MARKDOWN_PAGE)
    assert [(a.title, a.body) for a in articles] == [
        ("国内联播快讯", "央视网消息（新闻联播）：从今天零时起，国内汽油和柴油价格每吨分别提高300元和290元。")]
    assert {b.reason for b in boilerplate if "](" in b.text} == {"markdown_media"}
