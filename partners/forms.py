from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

from .models import Participation, Project


class ParticipationInlineFormSet(forms.BaseInlineFormSet):
    """Rules that span the rows of a project's participations.

    They are checked here, across all the forms being saved, because a single row cannot
    see its unsaved siblings: one lead implementer, contributions within the budget (the
    rule itself is Project.check_budget, which every save passes through as well).
    """

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        rows = [
            form.cleaned_data
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        leads = [row for row in rows if row.get("role") == Participation.Role.LEAD]
        if len(leads) > 1:
            raise ValidationError(
                _("A project has only one lead implementer; %(count)s rows name one."),
                code="two_leads",
                params={"count": len(leads)},
            )
        project = self.instance
        project.check_budget([row.get("contribution") for row in rows])
        self._check_budget_can_be_lowered_first(project)

    def _check_budget_can_be_lowered_first(self, project: Project) -> None:
        """The admin saves the project before its rows, and Project.save() refuses a budget
        below the contributions stored so far: say so here rather than fail there."""
        if project.pk is None or project.total_budget is None:
            return
        [stored] = Project.saved_contributions(project.pk) or [Decimal(0)]
        if stored > project.total_budget:
            raise ValidationError(
                _(
                    "The saved contributions add up to %(total)s %(currency)s, more than the "
                    "new budget of %(budget)s %(currency)s. Lower the contributions and save "
                    "first, then lower the budget."
                ),
                code="budget_below_saved",
                params={
                    "total": floatformat(stored, "2g"),
                    "budget": floatformat(project.total_budget, "2g"),
                    "currency": project.currency,
                },
            )

    def save_existing_objects(self, commit=True):
        # Rows are saved one by one and each save checks the budget against the rows
        # already stored: lowering one contribution and raising another in the same
        # submit must lower (or delete) first, or the raise would be refused on the way.
        def lowers_first(form):
            if form in self.deleted_forms:
                return 0
            old = form.initial.get("contribution") or Decimal(0)
            new = form.cleaned_data.get("contribution") or Decimal(0)
            return 0 if new <= old else 1

        initial = self.initial_forms
        ordered = sorted(initial, key=lowers_first)
        self.forms[: len(initial)] = ordered
        try:
            return super().save_existing_objects(commit)
        finally:
            self.forms[: len(initial)] = initial
