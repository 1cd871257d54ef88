# "21 қараша 2024 ж." (Django has no Kazakh formats of its own).
DATE_FORMAT = "j E Y ж."
