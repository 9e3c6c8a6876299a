"""End to end in headless Chromium at 1366x768 on a Word draft: mask a doubt everywhere, keep a grouped
person then mask it again, keep a place, add a form by selection, mask every date at once, decide a row with
the keyboard, export a .docx.

Needs Debian's ``chromium`` and ``chromium-driver`` (.ci/run installs them) and selenium; without
them the test is skipped with the reason. Screenshots of each step go to build/review-screenshots/.
"""

import shutil
import time
from pathlib import Path

import pytest
from documents import make, text_of

from anonymizer.review import ReviewSession, record_path
from anonymizer.review_server import ReviewServer, serve_in_background

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SHOTS = Path(__file__).resolve().parent.parent / "build" / "review-screenshots"
TEXT = ("Situation présentée par l'AMO le 12 mars 2024.\n\nKevin Dumoulin, 13 ans, vit à Jodoigne avec sa mère, "
        "Mme Aïcha Benali. Il parle souvent de ptit loup, son chien.\nLe CPMS suit Kevin depuis le 4 septembre 2023. "
        "Contact : 0496 12 34 56.\nLe dossier a été transmis par dumoulain. Mme Benali a rappelé le 3 avril 2024.\n")

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium n'est pas installé")
if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip("Chromium et chromedriver absents (apt-get install chromium chromium-driver)",
                allow_module_level=True)

from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


@pytest.fixture
def browser(tmp_path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1366,768", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def shot(driver, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def entity_row(driver, form):
    for row in driver.find_elements(By.CSS_SELECTOR, "#entities li.row"):
        if row.find_element(By.CSS_SELECTOR, ".form mark").text == form:
            return row
    raise AssertionError(f"no row for {form!r}")


def preview(driver):
    return driver.find_element(By.ID, "preview").text


def test_review_in_the_browser(anonymizer, browser, tmp_path):
    source = make(tmp_path / "src" / "situation.docx", TEXT.strip().split("\n"))
    session = ReviewSession.open(anonymizer, source, tmp_path / "out")
    server = ReviewServer(session)
    serve_in_background(server)
    # the lists are drawn again after each decision: an element found a moment ago may be gone
    wait = WebDriverWait(browser, 20, ignored_exceptions=(StaleElementReferenceException,))
    try:
        browser.get(server.url)
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#entities li")))
        wait.until(lambda d: "[PERSONNE_1]" in d.find_element(By.ID, "preview").text)
        shot(browser, "1-ouverture")
        before = browser.find_element(By.ID, "unreviewed").text

        # a doubt first: "dumoulain", one letter from a removed name, is left in clear until masked
        doubt = next(row for row in browser.find_elements(By.CSS_SELECTOR, "#doubts li")
                     if "dumoulain" in row.text)
        doubt.find_element(By.XPATH, ".//button[text()='masquer partout']").click()
        wait.until(lambda d: "dumoulain" not in d.find_element(By.ID, "preview").text)
        shot(browser, "1b-doute-masque")

        # one row for the person and its variants: kept everywhere, then masked again
        kevin = entity_row(browser, "Kevin Dumoulin")
        assert "Kevin" in kevin.find_element(By.CSS_SELECTOR, ".variants").text
        kevin.find_element(By.XPATH, ".//button[text()='garder']").click()
        WebDriverWait(browser, 5).until(ec.alert_is_present())  # the page names every variant kept
        assert "Kevin Dumoulin" in browser.switch_to.alert.text and "Kevin" in browser.switch_to.alert.text
        browser.switch_to.alert.accept()
        wait.until(lambda d: "Kevin Dumoulin" in preview(d) and "suit Kevin" in preview(d))
        shot(browser, "2-personne-gardee")
        entity_row(browser, "Kevin Dumoulin").find_element(By.XPATH, ".//button[text()='masquer']").click()
        wait.until(lambda d: "Kevin" not in preview(d))
        assert entity_row(browser, "Kevin Dumoulin").find_element(
            By.XPATH, ".//button[text()='masquer']").get_attribute("aria-pressed") == "true"

        entity_row(browser, "Jodoigne").find_element(By.XPATH, ".//button[text()='garder']").click()
        wait.until(lambda d: "Jodoigne" in preview(d))
        assert browser.find_element(By.ID, "unreviewed").text != before
        shot(browser, "3-lieu-garde")

        # every date at once
        bulk = browser.find_element(By.XPATH, "//ul[@id='entities']//button[starts-with(text(), 'tout masquer : Date')]")
        bulk.click()
        wait.until(lambda d: all(row.find_element(By.XPATH, ".//button[text()='masquer']").get_attribute("aria-pressed")
                                 == "true" for row in d.find_elements(By.CSS_SELECTOR, "#entities li.row")
                                 if row.find_element(By.CSS_SELECTOR, "mark").get_attribute("class") == "t-DATE"))
        shot(browser, "4-dates-masquees")

        # the keyboard: the phone's row focused, "m" masks it, the focus stays on the row
        phone = entity_row(browser, "0496 12 34 56")
        browser.execute_script("arguments[0].focus()", phone)
        phone.send_keys("m")
        wait.until(lambda d: entity_row(d, "0496 12 34 56").find_element(
            By.XPATH, ".//button[text()='masquer']").get_attribute("aria-pressed") == "true")
        assert "0496" in browser.execute_script(
            "const row = document.activeElement.closest('li.row'); return row ? row.dataset.key : ''")
        # the header with the counts and the export button stays in sight
        browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        assert browser.execute_script(
            "return document.getElementById('export').getBoundingClientRect().top") >= 0

        browser.execute_script("""
            const doc = document.getElementById('doc');
            const walker = document.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
            let node; while ((node = walker.nextNode()) && !node.data.includes('ptit loup')) {}
            const range = document.createRange();
            const at = node.data.indexOf('ptit loup');
            range.setStart(node, at); range.setEnd(node, at + 'ptit loup'.length);
            const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
            doc.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));""")
        wait.until(ec.visibility_of_element_located((By.ID, "addbar")))
        Select(browser.find_element(By.ID, "addtype")).select_by_value("PERSON")
        shot(browser, "5-selection")
        browser.find_element(By.ID, "add").click()
        wait.until(lambda d: "ptit loup" not in preview(d))
        wait.until(ec.invisibility_of_element_located((By.ID, "addbar")))
        shot(browser, "6-ajout")

        browser.find_element(By.ID, "export").click()
        WebDriverWait(browser, 5).until(ec.alert_is_present())  # items left unchecked: the page asks first
        browser.switch_to.alert.accept()
        wait.until(lambda d: "Exporté" in d.find_element(By.ID, "status").text)
        time.sleep(1)  # the server closes after export: the success message must stay
        assert "Exporté" in browser.find_element(By.ID, "status").text
        shot(browser, "7-export")
    finally:
        server.shutdown()
        server.server_close()

    written = text_of(tmp_path / "out" / "situation.docx")
    assert "Jodoigne" in written and "ptit loup" not in written
    assert "Kevin" not in written and "Benali" not in written and "0496" not in written
    assert "dumoulain" not in written
    assert "12 mars 2024" not in written and "4 septembre 2023" not in written and "3 avril 2024" not in written
    assert "AMO" in written and "CPMS" in written and "13 ans" in written
    record = record_path(tmp_path / "out", source).read_text(encoding="utf-8")
    assert "Jodoigne" not in record and "ptit loup" not in record and "Kevin" not in record
