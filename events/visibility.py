"""What an event's funders require on its outputs (partners.visibility): its page, its
card in lists, its calendar entry and its share card.

An event is funded by the organisations it names as funders and by the funders of its
project; each co-funds when there are several, or when it co-funds the project. The
content is the responsibility of the event's organisers, or else of the project's
implementers: a UNODC meeting names UNODC, never LPRC.
"""

from partners.visibility import Funding, Mark, marks_for, project_funding, rules_of

from .models import EventOrganisation

# The roles an event's marks read; for_cards() prefetches them into `marking_roles`.
MARKING_ROLES = (EventOrganisation.Role.ORGANISER, EventOrganisation.Role.FUNDER)


def _roles(event) -> list[EventOrganisation] | None:
    cache = getattr(event, "_prefetched_objects_cache", {})
    if hasattr(event, "marking_roles"):
        return event.marking_roles
    if "roles" in cache:
        return [role for role in event.roles.all() if role.role in MARKING_ROLES]
    return None  # not loaded: the project's funding alone, without a query per event


def event_funding(event) -> Funding | None:
    project = project_funding().get(event.project_id) if event.project_id else None
    roles = _roles(event) or []
    own = list(
        dict.fromkeys(r.organisation_id for r in roles if r.role == EventOrganisation.Role.FUNDER)
    )
    project_cofunded = dict(project.funders) if project else {}
    funder_ids = list(dict.fromkeys([*own, *project_cofunded]))
    if not funder_ids:
        return None
    several = len(funder_ids) > 1
    organisers = [r.organisation.name for r in roles if r.role == EventOrganisation.Role.ORGANISER]
    implementers = organisers or (list(project.implementers) if project else [])
    rules = dict(project.rules) if project else {}
    for role in roles:
        if role.role == EventOrganisation.Role.FUNDER and role.organisation_id not in rules:
            # Loaded with the roles (select_related "organisation__visibility").
            rule = rules_of(role.organisation)
            if rule is not None:
                rules[role.organisation_id] = rule
    return Funding(
        funders=tuple((i, several or project_cofunded.get(i, False)) for i in funder_ids),
        implementers=tuple(dict.fromkeys(implementers)),
        rules=rules,
    )


def event_marks(event, output: str) -> list[Mark]:
    return marks_for(event_funding(event), output)
