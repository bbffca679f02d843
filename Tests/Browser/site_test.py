#!/usr/bin/env python3
"""Browser test of `indc report`: builds the site for a project, opens it from file:// in headless
Chromium (Debian's chromium + chromium-driver, driven by selenium) and checks, page by page:

- no console errors (and no request that left the machine: the site must be self-contained);
- every indicator page is reachable by a link from the index;
- charts are present (an <svg class="chart"> per computed indicator), and each has a data table;
- with the script running, the controls work: choosing the table shows it, choosing a breakdown shows one view;
- axe-core (axe.min.js, injected into the page) reports no serious or critical violation;
- screenshots of a few pages are saved to a temporary folder (printed), never committed.

Usage: site_test.py --indc .build/debug/indc --axe /path/to/axe.min.js [--project Indicators] [--pages N]
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


def driver():
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600",
                 "--allow-file-access-from-files"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed.append(what)
            print(f"FAIL: {what}", flush=True)


def console_errors(browser):
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]


def axe_violations(browser, axe_source):
    browser.execute_script(axe_source)
    result = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); })"
        ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])); });")
    return [v for v in json.loads(result) if v.get("impact") in ("serious", "critical")]


def check_page(browser, url, name, axe_source, results, computed):
    browser.get(url)
    errors = console_errors(browser)
    results.check(not errors, f"{name}: console errors {errors[:3]}")
    charts = browser.find_elements(By.CSS_SELECTOR, "svg.chart")
    tables = browser.find_elements(By.CSS_SELECTOR, "table")
    if computed:
        results.check(len(charts) > 0, f"{name}: no chart")
        results.check(len(tables) > 0, f"{name}: no data table")
        visible = [c for c in charts if c.is_displayed()]
        results.check(len(visible) > 0, f"{name}: no chart visible with JavaScript on")
        marks = browser.find_elements(By.CSS_SELECTOR, "svg.chart .point[aria-label]")
        results.check(len(marks) > 0, f"{name}: chart marks have no accessible name")
        table_button = browser.find_elements(By.CSS_SELECTOR, "button[data-mode=table]")
        if table_button:
            table_button[0].click()
            results.check(any(t.is_displayed() for t in tables), f"{name}: the table button shows no table")
            browser.find_element(By.CSS_SELECTOR, "button[data-mode=chart]").click()
    violations = axe_violations(browser, axe_source)
    results.check(not violations, f"{name}: axe {[(v['id'], v['impact'], len(v['nodes'])) for v in violations]}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--indc", default=".build/debug/indc")
    parser.add_argument("--axe", required=True, help="axe.min.js")
    parser.add_argument("--project", default="Indicators")
    parser.add_argument("--pages", type=int, default=0, help="check only the first N indicator pages (0: all)")
    arguments = parser.parse_args()
    axe_source = Path(arguments.axe).read_text(encoding="utf-8")
    work = Path(tempfile.mkdtemp(prefix="indc-site-"))
    site = work / "site"
    shots = work / "screenshots"
    shots.mkdir()
    started = time.monotonic()
    build = subprocess.run([arguments.indc, "report", arguments.project, "--out", str(site)], capture_output=True, text=True, timeout=300)
    print(f"indc report: exit {build.returncode} in {time.monotonic() - started:.1f}s; {build.stderr.strip().splitlines()[-1:]}", flush=True)
    results = Results()
    results.check(build.returncode == 0, f"indc report failed: {build.stderr[-2000:]}")
    if build.returncode != 0:
        print(f"0 passed, {len(results.failed)} failed")
        return 1
    size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
    results.check(size < 5 * 1024 * 1024, f"site is {size} bytes, not under 5 MB")
    text = "".join(f.read_text(encoding="utf-8", errors="replace") for f in site.rglob("*") if f.suffix in (".html", ".css", ".js", ".svg"))
    results.check("http://" not in text and "https://" not in text, "the site refers to http:// or https://")
    packed = site / "data" / "results.json.gz"
    document = json.loads(gzip.decompress(packed.read_bytes()).decode("utf-8")) if packed.exists() else None
    results.check(document is not None, "data/results.json.gz is missing or not gzip")
    browser = driver()
    try:
        browser.set_script_timeout(60)
        index = site / "index.html"
        check_page(browser, index.as_uri(), "index.html", axe_source, results, computed=False)
        browser.save_screenshot(str(shots / "index.png"))
        links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "ul.cards a")]
        pages = sorted(p.as_uri() for p in (site / "indicator").glob("*.html"))
        results.check(sorted(links) == pages, f"index links {len(links)} pages, the site has {len(pages)} indicator pages")
        names = [i["name"] for i in document["indicators"]] if document else []
        results.check(len(pages) == len(names), f"{len(pages)} indicator pages for {len(names)} indicators")
        failed = {i["name"] for i in document["indicators"] if i.get("status") != "computed"} if document else set()
        chosen = links[: arguments.pages] if arguments.pages else links
        for number, link in enumerate(chosen):
            browser.get(index.as_uri())
            anchor = next(a for a in browser.find_elements(By.CSS_SELECTOR, "ul.cards a") if a.get_attribute("href") == link)
            title = anchor.text
            anchor.click()
            computed = not any(link.endswith(f"/{n}.html") for n in failed)
            check_page(browser, browser.current_url, f"{Path(link).name} ({title})", axe_source, results, computed)
            if number < 4:
                browser.save_screenshot(str(shots / f"page{number}.png"))
        javascript_off(site, shots, results)
    finally:
        browser.quit()
    print(f"screenshots: {shots}")
    print(f"{results.passed} passed, {len(results.failed)} failed")
    return 1 if results.failed else 0


def javascript_off(site, shots, results):
    """With JavaScript off every view and its table is shown: the page is readable without the script."""
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        page = max((site / "indicator").glob("*.html"), key=lambda p: p.read_text(encoding="utf-8").count('class="view"'))
        browser.get(page.as_uri())
        views = browser.find_elements(By.CSS_SELECTOR, "section.view")
        results.check(len(views) > 0 and all(v.is_displayed() for v in views), f"{page.name}: views hidden with JavaScript off")
        tables = browser.find_elements(By.CSS_SELECTOR, "table")
        results.check(len(tables) == len(views) and all(t.is_displayed() for t in tables), f"{page.name}: tables hidden with JavaScript off")
        browser.save_screenshot(str(shots / "no-javascript.png"))
    finally:
        browser.quit()


if __name__ == "__main__":
    sys.exit(main())
