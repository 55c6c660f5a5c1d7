"""The first-name list read by one pattern (`first_names._first_names`) against the package's
own reader of it (`gender_guesser.detector.Detector`): the same names, each with the same
genders, and the same gender read from them."""

from gender_guesser.detector import Detector  # type: ignore[import-untyped]

from bot.engine.first_names import _first_names, first_name_gender, is_first_name

_MARKS = {
    "male": "m",
    "mostly_male": "n",
    "female": "f",
    "mostly_female": "g",
    "andy": "a",
}


def test_the_same_names_and_genders_as_the_packages_reader() -> None:
    theirs = Detector(case_sensitive=False).names
    ours = _first_names()
    assert ours.keys() == theirs.keys()
    assert all(
        set(ours[name]) == {_MARKS[gender] for gender in genders}
        for name, genders in theirs.items()
    )


def test_the_same_gender_as_read_from_the_packages_reader() -> None:
    """`first_name_gender` as it read `Detector`'s genders before, for every name."""
    for name, genders in Detector(case_sensitive=False).names.items():
        entries = set(genders)
        expected = next(
            (
                gender
                for gender in ("female", "male")
                if gender in entries and entries <= {gender, f"mostly_{gender}"}
            ),
            None,
        )
        assert first_name_gender(name) == expected, name


def test_names_joined_by_plus_are_found_under_each_spelling() -> None:
    spellings = [name for name in _first_names() if " " in name]
    assert spellings  # the list writes "Anna+Maria" and the like
    for name in spellings[:50]:
        assert is_first_name(name.replace(" ", "-"))
        assert is_first_name(name.replace(" ", ""))


def test_genders_read_from_the_list() -> None:
    assert first_name_gender("Maria") == "female"
    assert first_name_gender("John") == "male"
    assert first_name_gender("Jean") is None
    assert not is_first_name("Xqzzt")
