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
