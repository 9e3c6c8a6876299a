"""End to end in headless Chromium on a Word draft: open the review, un-mask one entity, add one by
selection, export a .docx.

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
TEXT = ("Situation présentée par l'AMO.\n\nKevin Dumoulin, 13 ans, vit à Jodoigne avec sa mère, Mme Aïcha Benali. "
        "Il parle souvent de ptit loup, son chien.\nLe CPMS suit Kevin depuis septembre. "
        "Contact : 0496 12 34 56.\nLe dossier Dumoulain a été transmis.\n")

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium n'est pas installé")
if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip("Chromium et chromedriver absents (apt-get install chromium chromium-driver)",
                allow_module_level=True)

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
                 "--window-size=1400,1000", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def shot(driver, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def entity_row(driver, form):
    for row in driver.find_elements(By.CSS_SELECTOR, "#entities li"):
        if row.find_element(By.CSS_SELECTOR, ".form").text == form:
            return row
    raise AssertionError(f"no row for {form!r}")


def test_review_in_the_browser(anonymizer, browser, tmp_path):
    source = make(tmp_path / "src" / "situation.docx", TEXT.strip().split("\n"))
    session = ReviewSession.open(anonymizer, source, tmp_path / "out")
    server = ReviewServer(session)
    serve_in_background(server)
    wait = WebDriverWait(browser, 20)
    try:
        browser.get(server.url)
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#entities li")))
        wait.until(lambda d: "[PERSONNE_1]" in d.find_element(By.ID, "preview").text)
        shot(browser, "1-ouverture")
        before = browser.find_element(By.ID, "unreviewed").text

        # a doubt first: "Dumoulain", one letter from a removed name, is left in clear until masked
        doubt = next(row for row in browser.find_elements(By.CSS_SELECTOR, "#doubts li")
                     if "Dumoulain" in row.text)
        doubt.find_element(By.XPATH, ".//button[text()='masquer partout']").click()
        wait.until(lambda d: "Dumoulain" not in d.find_element(By.ID, "preview").text)
        shot(browser, "1b-doute-masque")

        entity_row(browser, "Jodoigne").find_element(By.XPATH, ".//button[text()='garder']").click()
        wait.until(lambda d: "Jodoigne" in d.find_element(By.ID, "preview").text)
        assert browser.find_element(By.ID, "unreviewed").text != before
        shot(browser, "2-jodoigne-garde")

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
        shot(browser, "3-selection")
        browser.find_element(By.ID, "add").click()
        wait.until(lambda d: "ptit loup" not in d.find_element(By.ID, "preview").text)
        wait.until(ec.invisibility_of_element_located((By.ID, "addbar")))
        shot(browser, "4-ajout")

        browser.find_element(By.ID, "export").click()
        WebDriverWait(browser, 5).until(ec.alert_is_present())  # items left unchecked: the page asks first
        browser.switch_to.alert.accept()
        wait.until(lambda d: "Exporté" in d.find_element(By.ID, "status").text)
        time.sleep(1)  # the server closes after export: the success message must stay
        assert "Exporté" in browser.find_element(By.ID, "status").text
        shot(browser, "5-export")
    finally:
        server.shutdown()
        server.server_close()

    written = text_of(tmp_path / "out" / "situation.docx")
    assert "Jodoigne" in written and "ptit loup" not in written
    assert "Kevin" not in written and "Benali" not in written and "0496" not in written
    assert "Dumoulain" not in written
    assert "AMO" in written and "CPMS" in written and "13 ans" in written
    record = record_path(tmp_path / "out", source).read_text(encoding="utf-8")
    assert "Jodoigne" not in record and "ptit loup" not in record and "Kevin" not in record
