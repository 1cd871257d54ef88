"""The API's OpenAPI 3 document (drf-spectacular reads the API's views, serialisers and
filters), and the same document arranged for the human reference page.

The document depends on the code only, never on content: it is made once per process and
language, and then served (and cached with the pages) as it is.
"""

from functools import lru_cache

from django.utils import translation
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer

REF_PREFIX = "#/components/schemas/"


@lru_cache(maxsize=8)
def _document(language: str) -> tuple[dict, bytes]:
    with translation.override(language):
        schema = SchemaGenerator().get_schema(request=None, public=True)
        rendered = OpenApiJsonRenderer().render(schema, renderer_context={})
    return schema, rendered


def openapi_document() -> dict:
    return _document(translation.get_language())[0]


def openapi_json() -> bytes:
    return _document(translation.get_language())[1]


def _type(schema: dict) -> dict:
    """A property's or parameter's type in words, with the component it refers to."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(REF_PREFIX)
        return {"text": name, "ref": name}
    for combined in ("allOf", "oneOf", "anyOf"):
        if combined in schema:
            parts = [_type(part) for part in schema[combined] if part.get("type") != "null"]
            if len(parts) == 1:
                return parts[0]
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "object")
    if kind == "array":
        inner = _type(schema.get("items", {}))
        return {"text": f"array of {inner['text']}", "ref": inner.get("ref")}
    if schema.get("format"):
        kind = f"{kind} ({schema['format']})"
    return {"text": kind, "ref": None}


def _component(name: str, schema: dict) -> dict:
    required = set(schema.get("required", []))
    properties = []
    for prop, spec in schema.get("properties", {}).items():
        properties.append(
            {
                "name": prop,
                "type": _type(spec),
                "description": spec.get("description", "") or spec.get("title", ""),
                "enum": [value for value in spec.get("enum", []) if value not in ("", None)],
                "nullable": spec.get("nullable", False),
                "required": prop in required,
            }
        )
    return {
        "name": name,
        "description": schema.get("description", ""),
        "enum": [value for value in schema.get("enum", []) if value not in ("", None)],
        "properties": properties,
    }


def reference() -> dict:
    """The document arranged for templates/opendata/api_reference.html."""
    schema = openapi_document()
    operations = []
    for path, item in schema.get("paths", {}).items():
        for method, operation in item.items():
            if method not in {"get", "head"}:
                continue
            ok = operation.get("responses", {}).get("200", {})
            body = ok.get("content", {}).get("application/json", {}).get("schema", {})
            operations.append(
                {
                    "id": operation.get("operationId", path),
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "in": parameter["in"],
                            "required": parameter.get("required", False),
                            "type": _type(parameter.get("schema", {})),
                            "enum": [
                                value
                                for value in parameter.get("schema", {}).get("enum", [])
                                if value not in ("", None)
                            ],
                            "description": parameter.get("description", ""),
                        }
                        for parameter in operation.get("parameters", [])
                    ],
                    "response": _type(body) if body else None,
                }
            )
    components = [
        _component(name, spec)
        for name, spec in schema.get("components", {}).get("schemas", {}).items()
    ]
    return {"info": schema.get("info", {}), "operations": operations, "components": components}
