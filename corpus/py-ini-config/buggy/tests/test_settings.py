import pytest

from settings import Settings, SettingsError

SAMPLE = """
# shop service
timeout = 30

[server]
host = shop.example.com
port=8080
debug = no

[mail]
; who gets the nightly report
recipients = ops@example.com, finance@example.com
"""


def test_spaced_values():
    settings = Settings(SAMPLE)
    assert settings.get("server", "host") == "shop.example.com"
    assert settings.get_bool("server", "debug") is False


def test_unspaced_values():
    assert Settings(SAMPLE).get_int("server", "port") == 8080


def test_default_section_is_the_fallback():
    assert Settings(SAMPLE).get_int("mail", "timeout") == 30


def test_missing_key_gives_the_fallback():
    assert Settings(SAMPLE).get("mail", "sender", "noreply@example.com") == "noreply@example.com"


def test_list_values():
    assert Settings(SAMPLE).get_list("mail", "recipients") == ["ops@example.com", "finance@example.com"]


def test_line_without_equals_sign_is_reported():
    with pytest.raises(SettingsError) as error:
        Settings("[server]\nhost shop.example.com\n")
    assert error.value.line_number == 2
