# The Russian long date, "21 <month in the genitive> 2024 <ge>." (as Django has it).
DATE_FORMAT = "j E Y \u0433."  # the Cyrillic letter ge, for "year"
