from django import forms
from django.test.html import parse_html

from core.widgets import FastSelect

CHOICES = [("", "All years"), ("2024", "2024"), ("a&b", 'Tom "&" <Jerry>'), ("x", "x")]


def test_fast_select_writes_what_djangos_select_writes():
    attrs = {"id": "id_year", "aria-describedby": "id_year_helptext"}
    for value in ("2024", "a&b", None, ""):
        django = forms.Select(choices=CHOICES).render("year", value, attrs)
        fast = FastSelect(choices=CHOICES).render("year", value, attrs)
        # Compared as HTML (attribute order and white space aside), as assertHTMLEqual does.
        assert parse_html(fast) == parse_html(django), value


def test_fast_select_escapes_labels_and_values():
    html = FastSelect(choices=CHOICES).render("year", "a&b")
    assert '<option value="a&amp;b" selected>Tom &quot;&amp;&quot; &lt;Jerry&gt;</option>' in html
