"""What a release's funders require on its page, card, PDF, feed entry and share card: those
of its project, or, for a release about an event outside any project, of the event."""

from events.visibility import event_marks
from partners.visibility import Mark, project_marks


def release_marks(release, output: str) -> list[Mark]:
    if release.project_id:
        return project_marks(release.project_id, output)
    if release.event_id and "event" in release._state.fields_cache:
        return event_marks(release.event, output)
    return []
