from decimal import Decimal

from django import forms
from django.contrib.admin.widgets import AdminDateWidget
from django.core.exceptions import ValidationError
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.dates import DatePrecision, PreciseDate, PreciseDateFormField, period_end

from .models import Participation, Project


class ProjectAdminForm(forms.ModelForm):
    """A project's dates as precise as the sources give them (core.dates): each end may be
    a day, a month ("2024-01") or a year ("2026"), or empty when no source gives it."""

    start_date = PreciseDateFormField(
        label=gettext_lazy("start"), required=False, widget=AdminDateWidget
    )
    end_date = PreciseDateFormField(
        label=gettext_lazy("end"),
        required=False,
        widget=AdminDateWidget,
        help_text=gettext_lazy(
            "As precisely as the source gives it: “to the end of 2026” is 2026. Leave both "
            "empty when the sources give no dates, and give the length below if they state one."
        ),
    )

    class Meta:
        model = Project
        # The admin's fieldsets choose the fields it shows.
        fields = "__all__"  # noqa: DJ007 - ProjectAdmin.fieldsets lists them

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk:
            if instance.start_date:
                self.initial["start_date"] = PreciseDate(
                    instance.start_date, instance.start_precision
                )
            if instance.end_date:
                self.initial["end_date"] = PreciseDate(instance.end_date, instance.end_precision)

    def clean(self):
        cleaned = super().clean()
        for name in ("start_date", "end_date"):
            if name not in cleaned:
                continue
            value = cleaned[name]
            precision_field = "start_precision" if name == "start_date" else "end_precision"
            if value is None:
                cleaned[name] = None
                setattr(self.instance, precision_field, DatePrecision.DAY)
                continue
            day = value.date if name == "start_date" else period_end(value.date, value.precision)
            cleaned[name] = day
            setattr(self.instance, precision_field, value.precision)
        return cleaned


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
