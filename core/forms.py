"""Form fields the admin of every app uses."""

from django import forms


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class NormalisedTextField(forms.CharField):
    """A text box whose line endings are "\\n" whatever the browser sends: browsers post a
    textarea's line breaks as "\\r\\n", and without this a re-saved, unchanged text counts
    as changed ("Changed Body." in the history) and is stored with other line endings."""

    def to_python(self, value):
        value = super().to_python(value)
        return normalise_newlines(value) if isinstance(value, str) else value

    def has_changed(self, initial, data):
        if self.disabled:
            return False
        initial = normalise_newlines(initial) if isinstance(initial, str) else initial or ""
        return (initial or "") != (self.to_python(data) or "")
