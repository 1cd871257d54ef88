from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def query_transform(context, **kwargs):
    """The current query string with some parameters replaced (for pagination links)."""
    query = context["request"].GET.copy()
    for key, value in kwargs.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return query.urlencode()


@register.filter
def money(amount, currency=""):
    """`739000` → `739,000`; whole amounts lose their cents, others keep two decimals."""
    if amount is None:
        return ""
    text = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    return f"{currency} {text}".strip()


@register.simple_tag(takes_context=True)
def absolute_uri(context, location=None):
    """The page's (or a path's) full address for canonical links and social cards.

    Without a location: the current path without its query string, so that filtered and
    paginated copies of a list do not compete with the list itself.
    """
    request = context.get("request")
    if request is None:
        return location or ""
    return request.build_absolute_uri(location if location is not None else request.path)
