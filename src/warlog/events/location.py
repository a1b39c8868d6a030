"""An event's place as a :class:`~warlog.models.Location`: ACLED's geo precision from the
place's feature rank, and ACLED's country names."""

from __future__ import annotations

from warlog.models import Location, Place

_FEATURE_RANK = {
    "city": 4,
    "town": 4,
    "village": 4,
    "place": 4,
    "locality": 4,
    "neighbourhood": 4,
    "neighborhood": 4,
    "landmark": 4,
    "spot": 4,  # a base, airport or building imported from GeoNames (class S)
    "admin3": 3,
    "admin2": 3,
    "district": 3,
    "region": 2,
    "admin1": 2,
    "country": 1,
}


def place_rank(p: Place) -> int:
    """How specific a place is: 4 a town or smaller, 3 a district (or a feature not listed),
    2 a province or region, 1 a country."""
    return _FEATURE_RANK.get((p.feature or "").lower(), 3)


# ACLED's country names where ISO's (pycountry's common or official name) differ, so that
# exports line up with ACLED data: "Turkey" not "Türkiye", "Russia" not "Russian Federation"
ACLED_COUNTRY_NAMES = {
    "TR": "Turkey",
    "RU": "Russia",
    "PS": "Palestine",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CI": "Ivory Coast",
    "CZ": "Czech Republic",
    "SZ": "eSwatini",
    "CV": "Cape Verde",
    "FM": "Micronesia",
    "BN": "Brunei",
    "VA": "Vatican City",
    "TL": "East Timor",
    "FK": "Falkland Islands",
    "MO": "Macau",
    "XK": "Kosovo",
}


def country_name(code: str | None) -> str | None:
    """ACLED's name of the country with ISO code ``code`` ("SY": "Syria")."""
    return _country_name(code)


def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    if code.upper() in ACLED_COUNTRY_NAMES:
        return ACLED_COUNTRY_NAMES[code.upper()]
    import pycountry

    hit = pycountry.countries.get(alpha_2=code.upper())
    if hit is None:
        return None
    return str(getattr(hit, "common_name", None) or hit.name)


# features of a whole country or more, whose province no nearest town tells
_NOT_IN_A_PROVINCE = frozenset({"country", "continent", "water", "admin1"})


def area_admin1(p: Place) -> str | None:
    """The first-level division of an area that the gazetteer gives none ("Eastern
    Ghouta", "Qalamoun Mountains", "Euphrates valley", "Golan Heights"), or of a town or
    base placed at a curated point (Jobar, Hmeimim): that of the nearest town to its
    point, within 50 km and in its country. ACLED codes an event in an area to the
    province it lies in. None for areas of several countries."""
    if ((p.feature or "") in _NOT_IN_A_PROVINCE or not p.country_code or p.lat is None
            or p.lon is None):
        return None
    from warlog.acled import nearest_town

    town = nearest_town(p.lat, p.lon)
    if town is None or town.country_code != p.country_code:
        return None
    return town.admin1 or None


def to_location(p: Place) -> Location:
    rank = place_rank(p)
    precision = 1 if rank >= 4 else 2 if rank == 3 else 3
    return Location(
        name=p.name or p.text,
        admin1=p.admin1 or area_admin1(p),
        country=_country_name(p.country_code),
        country_code=p.country_code,
        lat=p.lat,
        lon=p.lon,
        geonameid=p.geonameid,
        precision=precision,
    )
