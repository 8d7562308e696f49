"""The report as a person sees it: opened from disk in Debian's headless Chromium, offline.

`make test` installs chromium (`make browser`); the test skips only when the browser is truly absent.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("INNOVATION_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture(scope="module")
def page(built):
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no Chromium at {CHROMIUM}: `make browser` installs it with apt-get (apt-get install -y chromium fonts-noto-cjk)")
    sync_api = pytest.importorskip("playwright.sync_api")
    _, warehouse = built
    report = warehouse.parent / "report.html"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(viewport={"width": 1400, "height": 1000})
        tab.errors, tab.outside = [], []
        tab.on("pageerror", lambda error: tab.errors.append(str(error)))
        tab.on("console", lambda message: message.type == "error" and tab.errors.append(message.text))
        tab.on("request", lambda request: request.url.startswith(("http:", "https:")) and tab.outside.append(request.url))
        tab.goto(report.as_uri())
        tab.wait_for_selector("body[data-rendered=yes]", state="attached", timeout=60_000)
        yield tab
        browser.close()



def _screenshot_path(name: str):
    """docs/NAME when INNOVATION_SCREENSHOTS=1 (to refresh the README's pictures), else a scratch file:
    a test run leaves the tracked files alone."""
    import os
    import tempfile

    if os.environ.get("INNOVATION_SCREENSHOTS") == "1":
        return DOCS / name
    return Path(tempfile.gettempdir()) / f"innovation-warehouse-{name}"

def test_map_and_charts_render_offline_without_errors(page):
    assert page.errors == [] and page.outside == []
    assert page.evaluate("window.reportErrors") == []
    for figure in ("map", "platforms", "topics", "links", "yearly"):
        drawn = page.locator(f"#fig-{figure} svg.main-svg").first
        assert drawn.is_visible(), figure
    provinces = page.locator("#fig-map .choroplethlocation").count()
    assert provinces >= 34  # every province of the inlined map is a drawn shape
    assert page.locator("#fig-yearly .scatterlayer .trace").count() >= 1
    DOCS.mkdir(exist_ok=True)  # the report as it opens: the map of cited actual values, then the tables
    page.set_viewport_size({"width": 1400, "height": 2000})
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(_screenshot_path("report.png")))
    page.set_viewport_size({"width": 1400, "height": 1000})


def test_chinese_text_is_present_and_the_selector_switches_layer_and_says_what_the_colour_means(page):
    text = page.inner_text("main")
    assert "浙江省" in text and "创新联合体" in text and "数据质量" in text and "R&D spending as a share of GDP" in text
    title = "document.getElementById('fig-map').layout.title.text"
    assert "actual values to cite" in page.evaluate(title)
    _choose_layer(page, "目标·预测·规划")
    visible = page.evaluate("document.getElementById('fig-map').data.filter(t => t.visible === true).map(t => t.name)")
    assert visible[1].startswith("目标·预测·规划") and "targets, forecasts and plans" in page.evaluate(title)
    _choose_layer(page, "陈述 statements")
    assert "not a value to cite" in page.evaluate(title)


MENU_OPACITIES = "[...document.querySelectorAll('#fig-map .updatemenu-dropdown-button')].map(b => b.getAttribute('opacity') ?? '1')"


def _choose_layer(page, label: str) -> None:
    """Open the map's layer menu and pick `label`, as a person does: each click once plotly's menu has finished
    opening or closing (a click on the menu while it still fades out only closes it again)."""
    page.wait_for_function(f"{MENU_OPACITIES}.every(o => o === '0')")
    page.locator("#fig-map .updatemenu-header-group").click()
    page.wait_for_function(f"{MENU_OPACITIES}.length > 0 && {MENU_OPACITIES}.every(o => o === '1')")
    page.locator("#fig-map .updatemenu-dropdown-button", has_text=label).click()


def test_values_show_their_status_and_a_target_opens_its_article(page):
    actual = page.locator("#indicators table.actual tbody tr", has_text="创新联合体").filter(has_text="浙江省").first
    assert actual.locator(".badge.actual").inner_text() == "实际 actual" and actual.locator("a.num").inner_text() == "41"
    target = page.locator("#indicators table.target tbody tr", has_text="研发投入强度").first
    assert target.locator(".badge.target").is_visible() and target.locator(".badge.target").inner_text() == "目标 target"
    assert target.locator("a.ind").get_attribute("title").startswith("R&D spending")
    link = target.locator("a.num")
    href, value = link.get_attribute("href"), link.inner_text()
    link.click()
    article = page.locator(href)
    assert article.is_visible() and not page.locator("main").is_visible()
    fact = article.locator("table.facts tbody tr", has_text="研发投入强度").first
    assert value == "3.1" and fact.locator(".badge.target").is_visible() and "share of GDP" in fact.inner_text()
    assert article.locator("mark.fact").count() >= 1 and "file " in article.locator(".meta").inner_text()
    page.screenshot(path=str(_screenshot_path("article.png")))
    page.go_back()
    assert page.locator("main").is_visible()
