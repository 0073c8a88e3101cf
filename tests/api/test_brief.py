"""GET /api/v1/brief.pdf: the selection's PDF brief, with the observations' parameters."""

from __future__ import annotations

import io

import pypdf

from dashboard import brief
from dashboard.extracts import BRIEF_NAME, file_name
from dashboard.selection import Selection
from tests.dashboard.test_brief import BIRTHS_QUOTE, normalised

BRIEF = "/api/v1/brief.pdf"


def text_of(body: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(body))
    return normalised(" ".join(page.extract_text() for page in reader.pages))


def test_the_brief_of_a_selection_is_a_pdf_named_for_what_it_holds(client):
    answer = client.get(BRIEF, params={"year": "2016", "lang": "kk"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF-")
    name = file_name(Selection(year=2016), "kk", "pdf", name=BRIEF_NAME)
    assert name == "kz-child-rights-brief_2016_kk.pdf"
    assert answer.headers["content-disposition"] == f'attachment; filename="{name}"'
    text = text_of(answer.content)
    assert "308 297" in text and BIRTHS_QUOTE in text


def test_the_filters_are_in_force_and_the_footer_links_the_live_view(client):
    params = {"year": "2016", "area": "KZ-75", "sex": "F", "lang": "en"}
    answer = client.get(BRIEF, params=params)
    assert answer.status_code == 200
    name = "kz-child-rights-brief_2016_KZ-75_F_en.pdf"
    assert answer.headers["content-disposition"] == f'attachment; filename="{name}"'
    text = text_of(answer.content)
    assert "Almaty" in text and "Female" in text
    assert "http://testserver/?lang=en&year=2016&area=KZ-75" in text


def test_the_same_request_is_answered_from_the_cache(client, monkeypatch):
    made = []

    def counted(*args):
        made.append(args[1:3])
        return real(*args)

    real = brief.make_brief
    monkeypatch.setattr(brief, "make_brief", counted)
    first = client.get(BRIEF, params={"lang": "ru", "year": "2015"}).content
    assert client.get(BRIEF, params={"year": "2015", "lang": "ru"}).content == first
    client.get(BRIEF, params={"lang": "en", "year": "2015"})
    assert made == [(Selection(year=2015), "ru"), (Selection(year=2015), "en")]
