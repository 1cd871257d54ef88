import pytest

from events.ordinals import cardinal_words, ordinal_title, ordinal_words

EXPECTED = {
    1: "First",
    2: "Second",
    3: "Third",
    4: "Fourth",
    5: "Fifth",
    8: "Eighth",
    9: "Ninth",
    10: "Tenth",
    11: "Eleventh",
    12: "Twelfth",
    13: "Thirteenth",
    19: "Nineteenth",
    20: "Twentieth",
    21: "Twenty-first",
    22: "Twenty-second",
    23: "Twenty-third",
    30: "Thirtieth",
    42: "Forty-second",
    58: "Fifty-eighth",
    99: "Ninety-ninth",
    100: "One hundredth",
    101: "One hundred and first",
    111: "One hundred and eleventh",
    112: "One hundred and twelfth",
    120: "One hundred and twentieth",
    121: "One hundred and twenty-first",
    199: "One hundred and ninety-ninth",
    200: "Two hundredth",
    1000: "One thousandth",
    1001: "One thousand and first",
    1999: "One thousand nine hundred and ninety-ninth",
}


@pytest.mark.parametrize(("number", "word"), EXPECTED.items())
def test_ordinal_title(number, word):
    assert ordinal_title(number) == word


def _all_but_last_word(text):
    return text[: max(text.rfind(" "), text.rfind("-")) + 1]


def test_every_ordinal_up_to_199_is_well_formed():
    seen = set()
    for number in range(1, 200):
        word = ordinal_words(number)
        assert word not in seen, word
        seen.add(word)
        assert word == word.lower()
        assert word.endswith(("first", "second", "third", "th")), word
        # The ordinal is the cardinal with only its last word changed.
        assert _all_but_last_word(word) == _all_but_last_word(cardinal_words(number))


def test_ordinals_start_at_one():
    with pytest.raises(ValueError):
        ordinal_words(0)


RUSSIAN = {
    1: "Первый",
    2: "Второй",
    3: "Третий",
    4: "Четвёртый",
    9: "Девятый",
    10: "Десятый",
    11: "Одиннадцатый",
    19: "Девятнадцатый",
    20: "Двадцатый",
    21: "Двадцать первый",
    40: "Сороковой",
    42: "Сорок второй",
    99: "Девяносто девятый",
    100: "Сотый",
    101: "Сто первый",
    120: "Сто двадцатый",
    200: "Двухсотый",
    1000: "Тысячный",
    1001: "Тысяча первый",
    1999: "Тысяча девятьсот девяносто девятый",
    2000: "Двухтысячный",
    2024: "Две тысячи двадцать четвёртый",
}


@pytest.mark.parametrize(("number", "word"), RUSSIAN.items())
def test_russian_ordinal_title(number, word):
    assert ordinal_title(number, "ru") == word


@pytest.mark.parametrize(
    ("number", "gender", "word"),
    [
        (9, "f", "Девятая"),  # академия
        (9, "n", "Девятое"),  # заседание
        (3, "f", "Третья"),
        (3, "n", "Третье"),
        (2, "f", "Вторая"),
        (40, "n", "Сороковое"),
        (21, "f", "Двадцать первая"),
    ],
)
def test_russian_ordinals_agree_with_their_noun(number, gender, word):
    assert ordinal_title(number, "ru", gender) == word


KAZAKH = {
    1: "Бірінші",
    2: "Екінші",
    6: "Алтыншы",
    9: "Тоғызыншы",
    10: "Оныншы",
    11: "Он бірінші",
    20: "Жиырмасыншы",
    21: "Жиырма бірінші",
    40: "Қырқыншы",
    50: "Елуінші",
    100: "Жүзінші",
    101: "Жүз бірінші",
    200: "Екі жүзінші",
    1999: "Мың тоғыз жүз тоқсан тоғызыншы",
}


@pytest.mark.parametrize(("number", "word"), KAZAKH.items())
def test_kazakh_ordinal_title(number, word):
    assert ordinal_title(number, "kk") == word


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_ordinal_up_to_9999_is_distinct(language):
    words = [ordinal_title(number, language) for number in range(1, 10_000)]
    assert len(set(words)) == len(words)
