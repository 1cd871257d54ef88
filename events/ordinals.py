"""Ordinal words for edition numbers, in English, Russian and Kazakh: 9 → "Ninth",
"Девятый" (or "Девятая", "Девятое": Russian ordinals agree in gender with their noun),
"Тоғызыншы".

Written out (not "9th") because that is how LPRC names its forums in releases.
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


# Russian ---------------------------------------------------------------------------------

_RU_ONES = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_RU_TEENS = [
    "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
    "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
]  # fmt: skip
_RU_TENS = [
    "", "", "двадцать", "тридцать", "сорок", "пятьдесят",
    "шестьдесят", "семьдесят", "восемьдесят", "девяносто",
]  # fmt: skip
_RU_HUNDREDS = [
    "", "сто", "двести", "триста", "четыреста",
    "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот",
]  # fmt: skip
_RU_ORD_ONES = [
    "", "первый", "второй", "третий", "четвёртый",
    "пятый", "шестой", "седьмой", "восьмой", "девятый",
]  # fmt: skip
_RU_ORD_TEENS = [
    "десятый", "одиннадцатый", "двенадцатый", "тринадцатый", "четырнадцатый",
    "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый", "девятнадцатый",
]  # fmt: skip
_RU_ORD_TENS = [
    "", "", "двадцатый", "тридцатый", "сороковой", "пятидесятый",
    "шестидесятый", "семидесятый", "восьмидесятый", "девяностый",
]  # fmt: skip
# "сотый", "двухсотый": the genitive of the multiplier joined to "-сотый".
_RU_ORD_HUNDREDS = [
    "", "сотый", "двухсотый", "трёхсотый", "четырёхсотый",
    "пятисотый", "шестисотый", "семисотый", "восьмисотый", "девятисотый",
]  # fmt: skip
_RU_THOUSANDS_GENITIVE = {
    1: "", 2: "двух", 3: "трёх", 4: "четырёх", 5: "пяти",
    6: "шести", 7: "семи", 8: "восьми", 9: "девяти",
}  # fmt: skip


def _ru_below_thousand(number: int) -> list[str]:
    hundreds, rest = divmod(number, 100)
    words = [_RU_HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest < 20:
        words.append(_RU_TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        words += [w for w in (_RU_TENS[tens], _RU_ONES[ones]) if w]
    return words


def _ru_ordinal_below_thousand(number: int) -> list[str]:
    """Cardinal words, the last one made ordinal: 121 → ["сто", "двадцать", "первый"]."""
    hundreds, rest = divmod(number, 100)
    if rest == 0:
        return [_RU_ORD_HUNDREDS[hundreds]]
    words = [_RU_HUNDREDS[hundreds]] if hundreds else []
    if 10 <= rest < 20:
        return [*words, _RU_ORD_TEENS[rest - 10]]
    tens, ones = divmod(rest, 10)
    if ones == 0:
        return [*words, _RU_ORD_TENS[tens]]
    return [*words, *([_RU_TENS[tens]] if tens else []), _RU_ORD_ONES[ones]]


def _ru_thousands(count: int) -> list[str]:
    """ "тысяча", "две тысячи", "пять тысяч" (for 1-9 thousand)."""
    if count == 1:
        return ["тысяча"]
    word = {2: "две", 3: "три", 4: "четыре"}.get(count, _RU_ONES[count])
    return [word, "тысячи" if count in (2, 3, 4) else "тысяч"]


def _ru_gender(word: str, gender: str) -> str:
    if gender == "m":
        return word
    if word.endswith("ий"):  # третий → третья, третье
        return word[:-2] + ("ья" if gender == "f" else "ье")
    return word[:-2] + ("ая" if gender == "f" else "ое")  # -ый, -ой


def ordinal_words_ru(number: int, gender: str = "m") -> str:
    """`21` → "двадцать первый" ("двадцать первая" with gender "f", "-ое" with "n");
    1 to 9,999."""
    if not 1 <= number < 10_000:
        raise ValueError("Russian ordinals here run from 1 to 9,999.")
    thousands, rest = divmod(number, 1000)
    if rest == 0:  # 1000 → "тысячный", 2000 → "двухтысячный"
        words = [_RU_THOUSANDS_GENITIVE[thousands] + "тысячный"]
    else:
        words = (_ru_thousands(thousands) if thousands else []) + _ru_ordinal_below_thousand(rest)
    words[-1] = _ru_gender(words[-1], gender)
    return " ".join(words)


# Kazakh ----------------------------------------------------------------------------------

_KK_ONES = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
_KK_TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]
# The last word takes -ыншы/-інші after a consonant, -ншы/-нші after a vowel (vowel
# harmony); "жиырма" and "қырық" change their stem.
_KK_ORDINAL = {
    "бір": "бірінші", "екі": "екінші", "үш": "үшінші", "төрт": "төртінші",
    "бес": "бесінші", "алты": "алтыншы", "жеті": "жетінші", "сегіз": "сегізінші",
    "тоғыз": "тоғызыншы", "он": "оныншы", "жиырма": "жиырмасыншы", "отыз": "отызыншы",
    "қырық": "қырқыншы", "елу": "елуінші", "алпыс": "алпысыншы", "жетпіс": "жетпісінші",
    "сексен": "сексенінші", "тоқсан": "тоқсаныншы", "жүз": "жүзінші", "мың": "мыңыншы",
}  # fmt: skip


def _kk_cardinal(number: int) -> list[str]:
    words = []
    thousands, rest = divmod(number, 1000)
    if thousands:
        words += [*([_KK_ONES[thousands]] if thousands > 1 else []), "мың"]
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        words += [*([_KK_ONES[hundreds]] if hundreds > 1 else []), "жүз"]
    tens, ones = divmod(rest, 10)
    return [*words, *(w for w in (_KK_TENS[tens], _KK_ONES[ones]) if w)]


def ordinal_words_kk(number: int) -> str:
    """`21` → "жиырма бірінші", `100` → "жүзінші"; 1 to 9,999."""
    if not 1 <= number < 10_000:
        raise ValueError("Kazakh ordinals here run from 1 to 9,999.")
    words = _kk_cardinal(number)
    words[-1] = _KK_ORDINAL[words[-1]]
    return " ".join(words)


def ordinal_title(number: int, language: str = "en", gender: str = "m") -> str:
    """The ordinal as it opens a title: "Ninth", "Twenty-first", "Девятая" (gender "f"),
    "Тоғызыншы". ``gender`` (m, f, n) matters in Russian only."""
    if language == "ru":
        words = ordinal_words_ru(number, gender)
    elif language == "kk":
        words = ordinal_words_kk(number)
    else:
        words = ordinal_words(number)
    return words[:1].upper() + words[1:]
