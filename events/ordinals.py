"""English ordinal words for edition numbers: 9 → "Ninth", 21 → "Twenty-first".

Written out (not "9th") because that is how LPRC names its forums in releases. The words
are English only: a translated site will need its own rules per language (Russian ordinals
agree in gender and case), so this module is the one place to extend.
"""

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = [(1_000_000, "million"), (1_000, "thousand"), (100, "hundred")]

# Cardinal word → ordinal word where the ending is irregular.
_IRREGULAR = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def cardinal_words(number: int) -> str:
    """`121` → "one hundred and twenty-one" (British usage, as LPRC writes)."""
    if number < 0:
        raise ValueError("Only non-negative numbers have cardinal words here.")
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    for scale, name in _SCALES:
        if number >= scale:
            high, rest = divmod(number, scale)
            words = f"{cardinal_words(high)} {name}"
            if not rest:
                return words
            joiner = " and " if rest < 100 else " "
            return f"{words}{joiner}{cardinal_words(rest)}"
    raise AssertionError("unreachable")  # pragma: no cover


def _ordinal_of_word(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("y"):  # twenty → twentieth
        return word[:-1] + "ieth"
    return word + "th"  # four → fourth, hundred → hundredth


def ordinal_words(number: int) -> str:
    """`9` → "ninth", `21` → "twenty-first", `100` → "one hundredth" (lower case)."""
    if number < 1:
        raise ValueError("Ordinals start at one.")
    words = cardinal_words(number)
    # Only the last word (after the last space or hyphen) changes: "twenty-one" → "twenty-first".
    cut = max(words.rfind(" "), words.rfind("-")) + 1
    return words[:cut] + _ordinal_of_word(words[cut:])


def ordinal_title(number: int) -> str:
    """The ordinal as it opens a title: "Ninth", "Twenty-first", "One hundred and first"."""
    words = ordinal_words(number)
    return words[:1].upper() + words[1:]
