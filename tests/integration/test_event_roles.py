"""Roles on whole invented reports: who did it, who was hit, who stood with whom."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.config import Settings
from warlog.models import AnnotatedDocument, Document, Origin
from warlog.pipeline import Resources, annotate

pytestmark = pytest.mark.model


def _annotate(settings: Settings, text: str) -> AnnotatedDocument:
    doc = Document(id="t", text=text, title=None, source="test", url=None,
                   published=dt.date(2019, 3, 12), language="en",
                   origin=Origin("test.txt", 0, len(text)))
    return next(annotate([doc], Resources(settings)))


def _roles(ad: AnnotatedDocument) -> dict[str, str]:
    ev = ad.events[0]
    return {a.role: a.name for a in ev.actors}


def test_roles_the_means_of_an_attack_name_its_side(settings: Settings) -> None:
    ad = _annotate(settings, "Seven civilians were killed on Monday in Russian air strikes "
                             "on the town of Maarat al-Numan in Idlib province.")
    assert _roles(ad).get("actor1") == "Military Forces of Russia"


def test_roles_a_name_on_the_act_is_its_agent(settings: Settings) -> None:
    ad = _annotate(settings, "Islamic State mortar fire killed three soldiers in the "
                             "town of Tal Afar on Sunday.")
    assert "Islamic State" in _roles(ad).get("actor1", "")


def test_roles_a_second_target_is_never_the_attackers_ally(settings: Settings) -> None:
    ad = _annotate(settings, "Islamic State militants attacked Iraqi soldiers and Kurdish "
                             "Peshmerga fighters near Kirkuk on Sunday, killing four.")
    roles = _roles(ad)
    assert "Islamic State" in roles.get("actor1", "")
    assert "assoc_actor_1" not in roles
