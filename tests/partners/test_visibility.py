"""Funders' visibility rules as data: the emblem (drawn or uploaded), the funding statement
that follows from the contributions, and a disclaimer per kind of output (issue 18)."""

import io
import math
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.emblems import EU_BLUE, EU_GOLD, eu_emblem_stars, eu_emblem_svg
from partners import demo as partners_demo
from partners.models import Participation
from partners.visibility import (
    FunderVisibility,
    Output,
    is_cofunded,
    marks_for,
    project_funding,
    project_marks,
)
from tests.factories import OrganisationFactory, ParticipationFactory, ProjectFactory, png_bytes

pytestmark = pytest.mark.django_db

EMBLEM_FILE = Path(settings.BASE_DIR) / "static" / "img" / "emblems" / "eu-emblem.svg"


# The emblem the site draws ------------------------------------------------------------


def test_shipped_svg_is_the_one_the_geometry_writes():
    # Regenerate: write core.emblems.eu_emblem_svg() to the file.
    assert EMBLEM_FILE.read_text() == eu_emblem_svg()
    svg = EMBLEM_FILE.read_text()
    assert 'viewBox="0 0 300 200"' in svg  # 3:2
    assert f'fill="{EU_BLUE}"' in svg and f'fill="{EU_GOLD}"' in svg
    assert "<script" not in svg and "href" not in svg


@pytest.mark.parametrize("height", [200, 18, 630])
def test_twelve_upright_five_pointed_stars_on_a_circle_of_a_third_of_the_height(height):
    stars = eu_emblem_stars(height)
    assert len(stars) == 12
    cx, cy = height * 1.5 / 2, height / 2
    for hour, star in enumerate(stars):
        assert len(star) == 10  # five points, five inner corners
        sx = sum(x for x, _ in star[::2]) / 5
        sy = sum(y for _, y in star[::2]) / 5
        # Centred on the ring at the hour's position.
        assert math.dist((sx, sy), (cx, cy)) == pytest.approx(height / 3)
        angle = math.degrees(math.atan2(sx - cx, cy - sy)) % 360
        assert angle == pytest.approx(hour * 30, abs=1e-6)
        # Each point on a circle of 1/18 of the height; the first straight up (upright).
        for x, y in star[::2]:
            assert math.dist((x, y), (sx, sy)) == pytest.approx(height / 18)
        top_x, top_y = star[0]
        assert top_x == pytest.approx(sx) and top_y < sy


# The rules as data ------------------------------------------------------------------------


def rules(**values):
    funder = OrganisationFactory()
    defaults = {
        "organisation": funder,
        "builtin_emblem": "eu",
        "emblem_description": "EU emblem",
        "funded_statement": "Funded by the European Union",
        "cofunded_statement": "Co-funded by the European Union",
    }
    return FunderVisibility(**{**defaults, **values})


def messages(exc) -> dict:
    """{field: its messages}; a translated text's messages (on one of its language columns,
    as the admin form shows them) under the field's own name."""
    from core.languages import LANGUAGES, column

    found = {}
    for name, errors in exc.message_dict.items():
        for language in LANGUAGES:
            suffix = column("", language)  # "_ru"
            if name.endswith(suffix):
                name = name.removesuffix(suffix)
        found[name] = " ".join([found.get(name, ""), *(str(m) for m in errors)]).strip()
    return found


def test_the_emblem_never_goes_without_its_statement_nor_the_statement_without_it():
    with pytest.raises(ValidationError) as exc:
        rules(funded_statement="", cofunded_statement="").full_clean()
    assert "always shown with a statement" in messages(exc.value)["funded_statement"]
    with pytest.raises(ValidationError) as exc:
        rules(builtin_emblem="").full_clean()
    assert "upload the emblem" in messages(exc.value)["builtin_emblem"]


def test_a_disclaimer_may_only_hold_the_implementers_placeholder():
    with pytest.raises(ValidationError) as exc:
        rules(disclaimer_web="Sole responsibility of {author}.").full_clean()
    assert "{author} is not a placeholder" in messages(exc.value)["disclaimer_web"]
    rules(disclaimer_web="Sole responsibility of {implementers}.").full_clean()


def test_an_uploaded_svg_emblem_is_refused_and_a_png_is_reencoded():
    svg = SimpleUploadedFile("eu.svg", eu_emblem_svg().encode(), content_type="image/svg+xml")
    with pytest.raises(ValidationError) as exc:
        rules(emblem=svg).full_clean()
    assert "SVG" in messages(exc.value)["emblem"]

    image = Image.new("RGB", (300, 200), EU_BLUE)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=_with_text_chunk())
    rule = rules(emblem=SimpleUploadedFile("eu.png", buffer.getvalue()))
    rule.organisation.save()
    rule.organisation = rule.organisation
    rule.full_clean()
    rule.save()
    rule.refresh_from_db()
    assert (rule.emblem_width, rule.emblem_height) == (300, 200)
    with rule.emblem.open("rb") as stored:
        data = stored.read()
    assert b"secret comment" not in data  # re-encoded: text chunks gone


def _with_text_chunk():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "secret comment")
    return info


def test_a_small_emblem_is_refused_for_print():
    rule = rules(emblem=SimpleUploadedFile("eu.png", png_bytes(size=(60, 40))))
    with pytest.raises(ValidationError) as exc:
        rule.full_clean()
    assert "at least 200 pixels high" in messages(exc.value)["emblem"]


# Funded or co-funded follows from the contributions ------------------------------------


@pytest.mark.parametrize(
    ("funders", "contribution", "budget", "cofunded"),
    [
        (1, Decimal(100), Decimal(100), False),  # pays it all
        (1, Decimal(95), Decimal(100), True),  # pays part
        (2, None, None, True),  # with others
        (1, None, Decimal(100), False),  # amount not known: nothing to say otherwise
    ],
)
def test_cofunded_rule(funders, contribution, budget, cofunded):
    assert is_cofunded(funder_count=funders, contribution=contribution, budget=budget) is cofunded


def test_demo_projects_are_cofunded_and_their_disclaimers_name_their_own_implementers():
    partners_demo.build()
    from partners.models import Project

    rule_of_law = Project.objects.get(slug="rule-of-law-for-all")
    just4all = Project.objects.get(slug="just4all")

    # EUR 739,000 of 777,895: the EU pays part of the budget.
    [mark] = project_marks(rule_of_law.pk, Output.WEB)
    assert mark.statement == "Co-funded by the European Union"
    assert mark.emblem.static_path == "img/emblems/eu-emblem.svg"
    assert mark.disclaimer == (
        "This web page was produced with the financial support of the European Union. Its "
        "contents are the sole responsibility of Legal Policy Research Centre and "
        "International Partnership for Human Rights and do not necessarily reflect the views "
        "of the European Union."
    )
    [release_mark] = project_marks(rule_of_law.pk, Output.PRESS_RELEASE)
    assert release_mark.disclaimer.startswith("This press release was produced")

    # JUST4ALL: co-funded by the EU and UNODC (which has no rules of its own in the seeds),
    # carried out by UNODC: LPRC is named nowhere.
    marks = project_marks(just4all.pk, Output.WEB)
    assert [m.funder_name for m in marks] == ["European Union"]
    assert marks[0].statement == "Co-funded by the European Union"
    assert "United Nations Office on Drugs and Crime" in marks[0].disclaimer
    assert "Legal Policy Research Centre" not in marks[0].disclaimer
    assert "LPRC" not in marks[0].disclaimer


def test_only_the_eu_has_rules_in_the_demo():
    partners_demo.build()
    assert list(FunderVisibility.objects.values_list("organisation__slug", flat=True)) == ["eu"]


def test_a_sole_funder_paying_everything_is_funded_and_rules_changes_show_at_once():
    funder = OrganisationFactory()
    project = ProjectFactory(total_budget=Decimal(1000), currency="EUR")
    ParticipationFactory(
        project=project, organisation=funder, role=Participation.Role.FUNDER, contribution=1000
    )
    assert project_marks(project.pk, Output.WEB) == []  # no rules: no marks
    rule = rules(organisation=funder, disclaimer_web="By {implementers}.")
    rule.save()
    [mark] = project_marks(project.pk, Output.WEB)
    assert mark.statement == "Funded by the European Union"
    # Nobody carries the project out yet: the sentence says so rather than naming nobody.
    assert mark.disclaimer == "By the organisations that carry out the work."
    assert marks_for(project_funding()[project.pk], Output.PUBLICATION)[0].disclaimer == ""


def test_the_funding_of_every_project_is_read_in_one_query(django_assert_num_queries):
    partners_demo.build()
    from django.core.cache import cache

    cache.clear()
    with django_assert_num_queries(1):  # the participations (the version is read raw)
        funding = project_funding()
    assert len(funding) == 2
    assert re.fullmatch(r"\d+", str(next(iter(funding))))


# Staff set the rules once, in the admin ----------------------------------------------------


def rules_post(organisation, **overrides):
    """The admin form's data: each text in its English column, the others left empty (the
    form shows every text's three languages side by side, core.admin)."""
    texts = {
        "emblem_description": "Emblem of the European Union",
        "funded_statement": "Funded by the European Union",
        "cofunded_statement": "Co-funded by the European Union",
        "disclaimer_web": "Sole responsibility of {implementers}.",
        "disclaimer_press_release": "",
        "disclaimer_publication": "",
        "disclaimer_event_material": "",
    }
    data = {"organisation": organisation.pk, "builtin_emblem": "eu"}
    for name, text in texts.items():
        for language in ("ru", "kk", "en"):
            data[f"{name}_{language}"] = text if language == "en" else ""
    for name, value in overrides.items():
        data[f"{name}_en" if name in texts else name] = value
    return data


def test_a_publisher_sets_the_rules_and_an_svg_upload_is_refused_in_plain_words(
    publisher_client,
):
    from django.urls import reverse

    funder = OrganisationFactory(name="European Union")
    url = reverse("admin:partners_fundervisibility_add")
    svg = SimpleUploadedFile("eu.svg", eu_emblem_svg().encode(), content_type="image/svg+xml")
    response = publisher_client.post(url, rules_post(funder, emblem=svg))
    assert response.status_code == 200
    assert "SVG and HTML files are not accepted" in response.content.decode()
    assert not FunderVisibility.objects.exists()

    response = publisher_client.post(url, rules_post(funder, funded_statement=""))
    assert "always shown with a statement" in response.content.decode()

    response = publisher_client.post(url, rules_post(funder))
    assert response.status_code == 302
    assert FunderVisibility.objects.get().organisation == funder
    changelist = publisher_client.get(reverse("admin:partners_fundervisibility_changelist"))
    assert "European Union" in changelist.content.decode()


# The funders' fixed wording in the visitor's language ------------------------------------


def test_the_eus_own_wording_is_shown_in_the_visitors_language_and_other_text_as_written():
    from django.core.cache import cache
    from django.utils import translation

    from partners.visibility import EU_COFUNDED, EU_DISCLAIMERS, EU_EMBLEM, EU_FUNDED

    project = ProjectFactory(total_budget=Decimal("1000"))
    lead = OrganisationFactory(name="Legal Policy Research Centre")
    eu = OrganisationFactory(name="European Union")
    other = OrganisationFactory(name="Foundation X")
    ParticipationFactory(project=project, organisation=lead, role=Participation.Role.LEAD)
    ParticipationFactory(
        project=project, organisation=eu, role=Participation.Role.FUNDER, contribution=900
    )
    ParticipationFactory(project=project, organisation=other, role=Participation.Role.FUNDER)
    FunderVisibility.objects.create(
        organisation=eu,
        builtin_emblem="eu",
        emblem_description=EU_EMBLEM,
        funded_statement=EU_FUNDED,
        cofunded_statement=EU_COFUNDED,
        disclaimer_web=EU_DISCLAIMERS[Output.WEB],
    )
    FunderVisibility.objects.create(
        organisation=other,
        builtin_emblem="eu",
        emblem_description="Emblem of Foundation X",
        funded_statement="Funded by Foundation X",
        cofunded_statement="With the support of Foundation X",
    )

    def marks(language):
        cache.clear()
        with translation.override(language):
            return {m.funder_name: m for m in project_marks(project.pk, Output.WEB)}

    english, russian, kazakh = marks("en"), marks("ru"), marks("kk")
    assert english["European Union"].statement == "Co-funded by the European Union"
    assert russian["European Union"].statement == "Софинансируется Европейским союзом"
    assert kazakh["European Union"].statement == "Еуропалық Одақ бірлесіп қаржыландырады"
    assert russian["European Union"].emblem.description == "Эмблема Европейского союза"
    assert russian["European Union"].disclaimer == (
        "Эта веб-страница подготовлена при финансовой поддержке Европейского союза. Её "
        "содержание является исключительной ответственностью Legal Policy Research Centre "
        "и не обязательно отражает позицию Европейского союза."
    )
    assert english["European Union"].disclaimer.endswith(
        "sole responsibility of Legal Policy Research Centre and do not necessarily reflect "
        "the views of the European Union."
    )
    # Wording a funder gave in its own words is shown as written, in every language.
    for shown in (english, russian, kazakh):
        assert shown["Foundation X"].statement == "With the support of Foundation X"
        assert shown["Foundation X"].emblem.description == "Emblem of Foundation X"
