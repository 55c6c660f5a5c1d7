"""The first-name list read by one pattern (`first_names._first_names`) against the package's
own reader of it (`gender_guesser.detector.Detector`): the same names, each with the same
genders in the same order."""

from gender_guesser.detector import Detector  # type: ignore[import-untyped]

from bot.engine.first_names import _first_names, first_name_gender, is_first_name


def test_the_same_names_and_genders_as_the_packages_reader() -> None:
    theirs = Detector(case_sensitive=False).names
    ours = _first_names()
    assert ours.keys() == theirs.keys()
    assert all(ours[name] == tuple(genders) for name, genders in theirs.items())


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
