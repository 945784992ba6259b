import secrets

from tests.helpers import run_manage

PRODUCTION = "callpath.settings.production"


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage(["check"], DJANGO_SETTINGS_MODULE=PRODUCTION, SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_or_development_secret_key():
    result = run_manage(["check"], DJANGO_SETTINGS_MODULE=PRODUCTION, SECRET_KEY="too-short")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        ["check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="intranet.callpath.example",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
