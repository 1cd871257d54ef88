"""Admin forms as a browser submits them, for tests that save a form the way staff do:
open the page, keep what it holds, change some values, post it back."""

from html.parser import HTMLParser

from django.contrib import admin
from django.urls import reverse

from tests.live_site import form_fields


class FileInputs(HTMLParser):
    """The names of the file inputs of the form with id ``form_id``."""

    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.names: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
        elif (
            tag == "input"
            and self.inside
            and (a.get("type") or "").lower() == "file"
            and a.get("name")
        ):
            self.names.append(a["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def form_id(model) -> str:
    """The id of the admin's add and change form of ``model``."""
    return f"{model._meta.model_name}_form"


def file_inputs(page: str, model) -> list[str]:
    """The file inputs of the form, those of the empty inline rows (``__prefix__``) too."""
    parser = FileInputs(form_id(model))
    parser.feed(page)
    return parser.names


def inline_templates(page: str, model) -> dict[str, list[tuple[str, str]]]:
    """For each inline of the form, the fields of its empty row (``<prefix>-__prefix__-…``)
    with their default values: what the admin's script copies to add a row."""
    templates: dict[str, list[tuple[str, str]]] = {}
    for name, value in form_fields(page, form_id(model)):
        if "-__prefix__-" in name:
            templates.setdefault(name.split("-__prefix__-")[0], []).append((name, value))
    for name in file_inputs(page, model):
        if "-__prefix__-" in name:
            templates.setdefault(name.split("-__prefix__-")[0], []).append((name, ""))
    return templates


def form_data(page: str, model) -> dict[str, list[str]]:
    """What the admin's form of ``model`` on ``page`` submits, unchanged ("Save" pressed);
    the empty template rows of inlines (``__prefix__``) are left out, as the browser's
    script leaves them out."""
    data: dict[str, list[str]] = {}
    for name, value in form_fields(page, form_id(model)):
        if "__prefix__" in name:
            continue
        data.setdefault(name, []).append(value)
    data["_save"] = ["Save"]
    return data


def admin_models():
    """Every model with an admin, and its admin, as the site layer registers them."""
    return sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


def add_url(model) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")


def change_url(obj) -> str:
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])


def resave(client, obj):
    """Open the object's change form and save it unchanged; the response."""
    url = change_url(obj)
    page = client.get(url)
    assert page.status_code == 200, url
    return client.post(url, form_data(page.content.decode(), type(obj)))
