from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

from .models import Participation


class ParticipationInlineFormSet(forms.BaseInlineFormSet):
    """Rules that span the rows of a project's participations.

    They are checked here, across all the forms being saved, because a single row cannot
    see its unsaved siblings: one lead implementer, contributions within the budget.
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
        total = sum((row.get("contribution") or Decimal(0) for row in rows), Decimal(0))
        budget = getattr(self.instance, "total_budget", None)
        if budget is not None and total > budget:
            currency = self.instance.currency
            raise ValidationError(
                _(
                    "The contributions add up to %(total)s %(currency)s, more than the "
                    "total budget of %(budget)s %(currency)s."
                ),
                code="over_budget",
                params={
                    "total": floatformat(total, "2g"),
                    "budget": floatformat(budget, "2g"),
                    "currency": currency,
                },
            )
