"""Shared by the draw tests (a uniquely named module: ``from conftest import`` is fragile when
several test folders have a conftest): small real mirrors, hostile payloads, and a Chromium
wrapper that aborts and records every non-``file:`` request."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from geopolgraph.graph.mirror import build_mirror
from geopolgraph.model import Actor, Article, Triple

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

SEED_ACTORS = {
    "RUS": Actor("RUS", "Russia", "state"),
    "PRK": Actor("PRK", "North Korea", "state"),
    "KOR": Actor("KOR", "South Korea", "state"),
    "USA": Actor("USA", "United States", "state"),
    "VNM": Actor("VNM", "Vietnam", "state"),
    "UN": Actor("UN", "United Nations", "igo"),
    "MEDIA:vedomosti": Actor("MEDIA:vedomosti", "Vedomosti", "media", "RUS"),
}

# (source, relation, target, quad, date, modality, evidence): shaped like the seed article.
SEED_FACTS = [
    ("RUS", "VISITS", "PRK", 1, "2024-06-19", "planned",
     "Presiden Rusia, Vladimir Putin dikabarkan akan mengunjungi Korea Utara."),
    ("RUS", "VISITS", "PRK", 1, "2024-06-18", "reported",
     "Vedomosti melaporkan bahwa Putin akan mengunjungi Korea Utara dan Vietnam."),
    ("RUS", "VISITS", "VNM", 1, "2024-06-20", "reported",
     "Vedomosti melaporkan bahwa Putin akan mengunjungi Korea Utara dan Vietnam."),
    ("RUS", "MEETS", "PRK", 1, "2024-06-19", "planned",
     "Putin akan bertemu Presiden Kim Jong Un pada bulan ini."),
    ("PRK", "VISITS", "RUS", 1, "2023-09-13", "asserted",
     "Kim pergi ke Rusia selama seminggu pada September 2023."),
    ("RUS", "AGREES", "PRK", 1, "2023-09-13", "asserted",
     "Kedua belah pihak sepakat, Korea Utara akan menerima bantuan program luar angkasa."),
    ("PRK", "SUPPLIES", "RUS", 2, "2023-09-13", "reported",
     "Imbalan atas bantuan senjata yang diberikan oleh Kim Jong Un."),
    ("RUS", "SUPPLIES", "PRK", 2, "2023-09-13", "reported",
     "Korea Utara akan menerima bantuan dalam program luar angkasa."),
    ("RUS", "COOPERATES", "PRK", 2, "2024-06-10", "planned",
     "Peskov mengatakan bahwa mereka akan melakukan kerja sama lebih lanjut."),
    ("RUS", "PRAISES", "PRK", 1, "2024-06-10", "asserted",
     "Korea Utara adalah negara sahabat bagi kami."),
    ("USA", "ACCUSES", "PRK", 3, "2024-06-13", "asserted",
     "AS menuduh Korea Utara memasok rudal balistik ke Rusia."),
    ("USA", "ACCUSES", "RUS", 3, "2024-06-13", "asserted",
     "AS menuduh Rusia menggunakan rudal Korea Utara di Ukraina."),
    ("USA", "CRITICIZES", "RUS", 3, "2024-06-14", "asserted",
     "Kurt Campbell mengkritik kerja sama militer Rusia dan Korea Utara."),
    ("KOR", "WARNS", "PRK", 3, "2024-06-14", "asserted",
     "Seoul memperingatkan Pyongyang agar tidak melanggar resolusi."),
    ("UN", "SANCTIONS", "PRK", 4, "2023-03-01", "asserted",
     "Dewan Keamanan PBB menjatuhkan sanksi kepada Korea Utara."),
    ("PRK", "ATTACKS", "KOR", 4, "", "denied",
     "Korea Utara membantah menembakkan artileri ke perbatasan."),
    ("MEDIA:vedomosti", "MONITORS", "RUS", 1, "2024-06-10", "reported",
     "Surat kabar Rusia, Vedomosti melaporkan rencana kunjungan."),
]

SEED_ARTICLE = Article(
    id="tribunnews-2024-06-putin-korea-utara", text="", source="Tribunnews.com",
    published="2024-06-16", lang="id", url="https://www.tribunnews.com/internasional/2024/06/16/x",
    title="Putin Dikabarkan akan Kunjungi Korea Utara",
)


def seed_like_graph() -> nx.MultiDiGraph:
    triples = [
        Triple(source=s, relation=r, target=t, quad_class=q, date=d, modality=m, evidence=ev,
               article_id=SEED_ARTICLE.id, sentence=i, cameo="0" + str(40 + i % 9),
               goldstein=-5.0 if q > 2 else 3.0)
        for i, (s, r, t, q, d, m, ev) in enumerate(SEED_FACTS)
    ]
    return build_mirror(triples, SEED_ACTORS, [SEED_ARTICLE])


PWN_SCRIPT = "<script>window.__pwned=1;alert(1)</script>"
PWN_IMG = "<img src=x onerror=\"window.__pwned=2;alert(2)\">"
HOSTILE_NAME = "Evil \"Corp\" 'Ltd' " + PWN_IMG
HOSTILE_EVIDENCE = f"He said \"{PWN_SCRIPT}\" and '{PWN_IMG}' & </script><!-- done"
HOSTILE_FORMULA = "=HYPERLINK(\"http://evil.example/\",\"x\")"
HOSTILE_TITLE = "</title></script><script>window.__pwned=3</script>\"'"


def hostile_graph() -> nx.MultiDiGraph:
    actors = {"EVIL": Actor("EVIL", HOSTILE_NAME, "group"),
              "RUS": Actor("RUS", "Russia", "state")}
    article = Article(id="evil-article", text="", source=PWN_IMG, published="2024-01-02",
                      url="javascript:window.__pwned=4", title=HOSTILE_TITLE)
    t = Triple(source="EVIL", relation="THREATENS", target="RUS", quad_class=4, date="2024-01-02",
               evidence=HOSTILE_EVIDENCE, article_id=article.id, attributed_to=PWN_SCRIPT,
               source_mention=HOSTILE_FORMULA, target_mention="Putin " + PWN_IMG)
    return build_mirror([t], actors, [article])


def decoded_triples(data: dict[str, Any], edge: dict[str, Any]) -> list[dict[str, Any]]:
    """An edge's triples from the page's columns, strings and dates looked up."""
    cols, strings = data["triples"], data["strings"]
    out = []
    for i in range(edge["t0"], edge["t1"]):
        row = {k: strings[cols[k][i]] for k in ("sm", "tm", "ev", "att", "mod", "cameo")}
        row["date"] = data["dates"][cols["date"][i]] if cols["date"][i] >= 0 else ""
        row["article"] = data["articleIds"][cols["article"][i]] if cols["article"][i] >= 0 else ""
        row["gs"] = cols["gs"][i]
        out.append(row)
    return out


def edge_midpoint(page: Any, edge_id: str) -> tuple[float, float]:
    """Viewport coordinates of a point of a drawn (possibly curved) edge, near its middle,
    where the pointer finds that edge and no actor."""
    return page.evaluate("""(id) => {
      const net = geopol.network;
      const r = document.getElementById('gpg-network').getBoundingClientRect();
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
        const p = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(t));
        if (net.getNodeAt(p) === undefined && net.getEdgeAt(p) === id) {
          return [r.left + p.x, r.top + p.y];
        }
      }
      throw new Error('no free point on edge ' + id);
    }""", edge_id)


@dataclass
class Browser:
    """A Playwright browser whose pages abort (and record) every non-file request."""

    browser: Any
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def open(self, path: Path, wait_ready: bool = True) -> Any:
        page = self.browser.new_page(viewport={"width": 1280, "height": 800})

        def route(r: Any) -> None:
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                self.requests.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.console_errors.append(str(e)))

        def dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.goto(path.resolve().as_uri())
        if wait_ready:
            page.wait_for_function("() => window.__ready === true", timeout=30_000)
        return page
