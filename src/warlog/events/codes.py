"""The event typology: thirty codes, the 25 ACLED sub-event types first, then five
categories outside ACLED that must not be mistaken for political violence (diplomatic
event, attribution of responsibility, organised crime, natural and man-made disasters)."""

from __future__ import annotations

# code -> (event type, sub-event type); ACLED's own names where ACLED has the category.
CODES: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
    "DIPLO": ("Diplomatic event", "Diplomatic event"),
    "ATTRIB": ("Attribution of responsibility", "Attribution of responsibility"),
    "ORG_CRIME": ("Organised crime", "Organised crime"),
    "NATURAL_DISASTER": ("Natural disaster", "Natural disaster"),
    "MAN_MADE_DISASTER": ("Man-made disaster", "Man-made disaster"),
}
ACLED_CODES = frozenset(list(CODES)[:25])
SUB_EVENT_TO_CODE = {sub: code for code, (_, sub) in CODES.items()}
# Codes that describe political violence or demonstrations (ACLED's first five types).
VIOLENT_CODES = frozenset(
    c for c, (t, _) in CODES.items() if t not in ("Strategic developments",) and c in ACLED_CODES
)
# When two codes tie, the earlier one wins (ACLED: the most specific weapon first).
PRIORITY = (
    "CHEM_WEAP",
    "SUIC_BOMB",
    "GRENADE",
    "AIR_STRIKE",
    "REM_EXPLOS",
    "ART_MISS_ATTACK",
    "SEX_VIOL",
    "ABDUCT_DISSAP",
    "FORCE_AGAINST_PROTEST",
    "PROTEST_WITH_INTER",
    "VIOL_DEMONSTR",
    "MOB_VIOL",
    "PEACE_PROTEST",
    "GOV_REGAINS_TERIT",
    "NON_STATE_ACTOR_OVERTAKES_TER",
    "NON_VIOL_TERRIT_TRANSFER",
    "HQ_ESTABLISHED",
    "DISR_WEAP",
    "ARMED_CLASH",
    "ATTACK",
    "ATTRIB",
    "ARREST",
    "PROPERTY_DISTRUCT",
    "ORG_CRIME",
    "NATURAL_DISASTER",
    "MAN_MADE_DISASTER",
    "AGREEMENT",
    "DIPLO",
    "CHANGE_TO_GROUP_ACT",
    "OTHER",
)
