"""``{% picture %}``: an uploaded picture as a responsive image (core.images)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.images import srcset

register = template.Library()


@register.simple_tag
def picture(
    file,
    width,
    height,
    alt="",
    sizes="100vw",
    lazy=True,
    css_class="",
    box=None,
    box_height=None,
    fallback_url=None,
):
    """A <picture> offering the WebP renditions of ``file`` (an ImageField's file whose
    intrinsic ``width`` and ``height`` the model stores), with the original as fallback.

    ``box`` (or ``box_height``), in CSS pixels, sets the width and height attributes to the
    size it is shown at, keeping the ratio: the browser reserves the space before the image
    arrives. Pictures below the fold load lazily; the first one of a page (``lazy=False``)
    loads at once.
    """
    if not file:
        return ""
    width, height = width or 0, height or 0
    shown_width, shown_height = width, height
    if box_height and width and height:
        shown_height = min(int(box_height), height)
        shown_width = round(width * shown_height / height)
    elif box and width and height:
        shown_width = min(int(box), width)
        shown_height = round(height * shown_width / width)
    loading = mark_safe(
        'loading="lazy" decoding="async"' if lazy else 'loading="eager" decoding="async"'
    )
    size_attrs = (
        format_html(' width="{}" height="{}"', shown_width, shown_height)
        if shown_width and shown_height
        else ""
    )
    class_attr = format_html(' class="{}"', css_class) if css_class else ""
    # A browser without WebP gets the original, or a smaller JPEG the model keeps (a photo's
    # thumbnail).
    fallback = fallback_url or file.url
    sources = srcset(file.name, width)
    if not sources:
        return format_html(
            '<img src="{}" alt="{}"{}{} {}>', fallback, alt, size_attrs, class_attr, loading
        )
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" alt="{}"{}{} {}></picture>',
        sources,
        sizes,
        fallback,
        alt,
        size_attrs,
        class_attr,
        loading,
    )
