import pytest

from settings import Settings, SettingsError, parse


def test_every_spacing_of_the_equals_sign():
    settings = Settings("[a]\none=1\ntwo =2\nthree= 3\nfour  =   4\n")
    assert [settings.get_int("a", key) for key in ("one", "two", "three", "four")] == [1, 2, 3, 4]


def test_single_character_values():
    settings = Settings("[flags]\nverbose=y\nlevel=3\ncolour=on\n")
    assert settings.get("flags", "verbose") == "y"
    assert settings.get_int("flags", "level") == 3
    assert settings.get_bool("flags", "colour") is True


def test_value_may_contain_equals_signs():
    settings = Settings("[db]\nurl=postgres://h/db?sslmode=require\n")
    assert settings.get("db", "url") == "postgres://h/db?sslmode=require"


def test_empty_value():
    assert parse("[x]\nname=\nother =\n")["x"] == {"name": "", "other": ""}


def test_keys_are_case_insensitive():
    assert Settings("[Server]\nPort=443\n").get_int("Server", "port") == 443


def test_comment_and_blank_lines_are_ignored():
    assert parse("\n# a=1\n; b=2\n\n[s]\nc=3\n") == {"DEFAULT": {}, "s": {"c": "3"}}


def test_bad_header_is_reported_with_its_line():
    with pytest.raises(SettingsError) as error:
        parse("a=1\n[server\n")
    assert error.value.line_number == 2
