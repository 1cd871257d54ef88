"""URL converters every app's addresses share, registered once by CoreConfig.ready()."""


class YearConverter:
    """The year in /events/<year>/<slug>/ and /press/<year>/<slug>/: four digits, 0001-9999.

    What a date can hold, so a lookup by year never overflows; year 0 matches no address
    (to_python's ValueError makes the resolver move on, and the visitor gets a 404).
    """

    regex = "[0-9]{4}"

    def to_python(self, value: str) -> int:
        year = int(value)
        if year < 1:
            raise ValueError("There is no year 0.")
        return year

    def to_url(self, value) -> str:
        return f"{int(value):04d}"
