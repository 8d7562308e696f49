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


def test_map_and_charts_render_offline_without_errors(page):
    assert page.errors == [] and page.outside == []
    assert page.evaluate("window.reportErrors") == []
    for figure in ("map", "platforms", "topics", "links", "yearly"):
        drawn = page.locator(f"#fig-{figure} svg.main-svg").first
        assert drawn.is_visible(), figure
    provinces = page.locator("#fig-map .choroplethlocation").count()
    assert provinces >= 34  # every province of the inlined map is a drawn shape
    assert page.locator("#fig-yearly .scatterlayer .trace").count() >= 1


def test_chinese_text_is_present_and_the_selector_switches_indicator(page):
    text = page.inner_text("main")
    assert "浙江省" in text and "创新联合体" in text and "数据质量" in text
    page.locator("#fig-map .updatemenu-header-group").click()
    page.locator("#fig-map .updatemenu-dropdown-button", has_text="数据点 facts").click()
    visible = page.evaluate("document.getElementById('fig-map').data.filter(t => t.visible === true).map(t => t.name)")
    assert visible[0].startswith("数据点 facts")


def test_a_number_link_opens_its_article_page(page):
    DOCS.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(DOCS / "report.png"))
    link = page.locator("#indicators a.num").first
    target = link.get_attribute("href")
    value = link.inner_text()
    link.click()
    article = page.locator(target)
    assert article.is_visible() and not page.locator("main").is_visible()
    assert article.locator("mark.fact").count() >= 1 and value.rstrip("万亿") != ""
    assert "file " in article.locator(".meta").inner_text()
    page.screenshot(path=str(DOCS / "article.png"))
    page.go_back()
    assert page.locator("main").is_visible()
