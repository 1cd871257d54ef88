"""Release PDFs are archival (PDF/A-3a) and accessible (tagged, PDF/UA-1 identified), with
their title, author and language, the funders' marks on the letterhead and the disclaimer
(issue 18).

veraPDF (Java, not on PyPI or Debian) cannot be installed here, so this checks what it
checks first, with pypdf: the PDF/A and PDF/UA identification in the XMP metadata, the
sRGB output intent, every font embedded, no encryption or JavaScript, the structure tree
with MarkInfo, the document language and title shown as the window title, and alternative
text on every figure. The page is also rendered to PNG with pdftoppm: it must draw.
"""

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from pressroom.services import release_render_pdf
from tests.factories import PressReleaseFactory

pytestmark = pytest.mark.django_db


def resolve(value):
    return value.get_object() if isinstance(value, IndirectObject) else value


def archival_problems(content: bytes) -> list[str]:
    """What keeps the PDF from being PDF/A-3a and PDF/UA-1, as far as pypdf can see."""
    problems = []
    reader = PdfReader(io.BytesIO(content))
    root = reader.trailer["/Root"]
    if reader.is_encrypted:
        problems.append("encrypted")
    xmp = resolve(root.get("/Metadata"))
    if xmp is None:
        return ["no XMP metadata"]
    xml = xmp.get_data().decode("utf-8", "replace")
    for pattern, what in [
        (r'pdfaid:part="3"|<pdfaid:part>3<', "PDF/A part 3"),
        (r'pdfaid:conformance="A"|<pdfaid:conformance>A<', "PDF/A conformance A"),
        (r'pdfuaid:part="1"|<pdfuaid:part>1<', "PDF/UA part 1"),
        (r"<dc:title>", "dc:title"),
        (r"<dc:creator>", "dc:creator"),
    ]:
        if not re.search(pattern, xml):
            problems.append(f"XMP lacks {what}")
    intents = resolve(root.get("/OutputIntents")) or []
    if not any(
        resolve(i).get("/S") == "/GTS_PDFA1" and "/DestOutputProfile" in resolve(i) for i in intents
    ):
        problems.append("no PDF/A output intent with an ICC profile")
    if "/JavaScript" in str(root.get("/Names", {})) or "/OpenAction" in root:
        problems.append("JavaScript or an open action")
    if not resolve(root.get("/MarkInfo", {})).get("/Marked"):
        problems.append("not marked (MarkInfo)")
    if "/StructTreeRoot" not in root:
        problems.append("no structure tree (untagged)")
    if not root.get("/Lang"):
        problems.append("no document language")
    if not resolve(root.get("/ViewerPreferences", {})).get("/DisplayDocTitle"):
        problems.append("title not shown as the window title")
    for page in reader.pages:
        fonts = resolve(resolve(page.get("/Resources", {})).get("/Font", {}))
        for name, font in fonts.items():
            font = resolve(font)
            descriptors = [font.get("/FontDescriptor")]
            for descendant in font.get("/DescendantFonts", []):
                descriptors.append(resolve(descendant).get("/FontDescriptor"))
            descriptors = [resolve(d) for d in descriptors if d is not None]
            if not any(
                key in d for d in descriptors for key in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                problems.append(f"font {name} ({font.get('/BaseFont')}) not embedded")
    if "/StructTreeRoot" in root:
        figures = []

        def walk(element, depth=0):
            element = resolve(element)
            if depth > 200 or not hasattr(element, "get"):
                return
            if element.get("/S") == "/Figure":
                figures.append(element)
            kids = element.get("/K")
            kids = resolve(kids)
            if isinstance(kids, list):
                for kid in kids:
                    walk(kid, depth + 1)
            elif kids is not None:
                walk(kids, depth + 1)

        walk(root["/StructTreeRoot"])
        problems += [f"figure without alternative text: {f}" for f in figures if not f.get("/Alt")]
    return problems


@pytest.fixture
def eu_release(eu_project, contact):
    from partners.visibility import FunderVisibility

    FunderVisibility.objects.create(
        organisation=eu_project.eu,
        builtin_emblem="eu",
        emblem_description="Emblem of the European Union",
        funded_statement="Funded by the European Union",
        cofunded_statement="Co-funded by the European Union",
        disclaimer_press_release="This press release: sole responsibility of {implementers}.",
    )
    return PressReleaseFactory(
        title="Rule of Law Academy for Civil Society Representatives",
        project=eu_project,
        contacts=[contact],
    )


def test_a_release_pdf_is_pdf_a_and_tagged_with_its_metadata_marks_and_disclaimer(
    eu_release, tmp_path
):
    from tests.pressroom.test_pdf import one_line, pdf_text

    content = release_render_pdf(release=eu_release)
    assert archival_problems(content) == []

    reader = PdfReader(io.BytesIO(content))
    assert reader.metadata.title == "Rule of Law Academy for Civil Society Representatives"
    assert reader.metadata.author == "Legal Policy Research Centre (LPRC)"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    text = one_line(pdf_text(content))
    assert "Co-funded by the European Union" in text  # next to the emblem on the letterhead
    assert (
        "This press release: sole responsibility of Legal Policy Research Centre and "
        "International Partnership for Human Rights." in text
    )
    assert len(reader.pages) == 1  # it fits: no page holding only the closing blocks

    if shutil.which("pdftoppm"):
        pdf = tmp_path / "release.pdf"
        pdf.write_bytes(content)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True
        )
        png = (tmp_path / "page-1.png").read_bytes()
        assert png.startswith(b"\x89PNG") and len(png) > 5000


def test_the_check_finds_what_an_ordinary_pdf_lacks(eu_release):
    from weasyprint import HTML

    plain = HTML(string="<p>Not archival</p>").write_pdf()
    problems = archival_problems(plain)
    assert "XMP lacks PDF/A part 3" in " ".join(problems) or problems == ["no XMP metadata"]
    tagged_pdf_a = HTML(string="<html lang=en><title>t</title><p>x</p>").write_pdf(
        pdf_variant="pdf/a-3b"
    )
    problems = archival_problems(tagged_pdf_a)
    assert "no structure tree (untagged)" in problems and "XMP lacks PDF/UA part 1" in problems
