# One long date style per language, used by |date:"DATE_FORMAT" on pages and PDFs:
# "21 November 2024", as LPRC's releases and the event pages write it.
DATE_FORMAT = "j F Y"
