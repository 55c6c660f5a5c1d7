"""The US's subdivision codes read from pycountry's ISO 3166-2 file (`us_state_codes`) are the
ones its `pycountry.subdivisions` gives: what keeps "CA" California and "MD" Maryland, never
Canada's or Moldova's code, in a question (`country_codes`) and in initials (`_place_codes`)."""

import pycountry

from bot.engine.countries import country_codes, us_state_codes
from bot.engine.initials import _place_codes


def test_the_codes_pycountrys_subdivisions_give() -> None:
    expected = {
        s.code.removeprefix("US-") for s in pycountry.subdivisions if s.country_code == "US"
    }
    assert us_state_codes() == expected
    assert {"CA", "MD", "DC", "TX"} <= us_state_codes()


def test_a_state_code_is_no_countrys_code_and_a_place_code() -> None:
    assert "CA" not in country_codes() and "MD" not in country_codes()
    assert country_codes()["SV"] == "El Salvador"
    assert {"CA", "MD", "SV"} <= _place_codes()
