"""The seed dump (../shared/seed) comes out as its seven reports, without furniture."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED
from warlog.config import Settings
from warlog.models import Document, Failure
from warlog.runner import iter_documents

SEED = SHARED / "seed"
pytestmark = pytest.mark.skipif(not (SEED / "seed-articles.txt").exists(),
                                reason="../shared/seed is not beside the checkout")

FURNITURE = ["Watch video", "DW RECOMMENDS", "AUDIOS AND VIDEOS", "Read more:", "READ MORE:",
             "WATCH MORE:", "(DW/", "(Reuters/", "picture-alliance", "Courtesy,",
             "https://", "Photo published for", "rt.com\n", "ap/sms", "Nassirijah",
             "Ein Blick", "Irak ", "Map:", "attackThe"]


@pytest.fixture(scope="module")
def seed_docs() -> list[Document]:
    failures: list[Failure] = []
    settings = Settings(published="2017-09-15")
    docs = list(iter_documents([str(SEED / "seed-articles.txt")], settings, failures.append))
    assert not failures
    return docs


def test_seed_seven_documents_titles_and_outlets(seed_docs: list[Document]) -> None:
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))["documents"]
    assert len(seed_docs) == len(expected) == 7
    for doc, exp in zip(seed_docs, expected, strict=True):
        assert doc.title is not None and doc.title.startswith(exp["title_starts"])
        assert doc.source == exp["source"]
        assert str(doc.published) == "2017-09-15"


@pytest.mark.parametrize("furniture", FURNITURE)
def test_seed_no_furniture(seed_docs: list[Document], furniture: str) -> None:
    assert not [d.title for d in seed_docs if furniture in d.text]


def test_seed_report_ends_kept(seed_docs: list[Document]) -> None:
    assert seed_docs[1].text.rstrip().endswith("holy cities of Najaf and Karbala further north.")
    assert "Russia’s defense ministry has announced" in seed_docs[6].text
