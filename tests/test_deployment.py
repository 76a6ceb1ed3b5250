"""The deployment files, checked here where no Docker engine runs: parsed and held to what the
README promises. The wheel they install is built and run in tests/bot/test_wheel.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from dockerfile_parse import DockerfileParser

ROOT = Path(__file__).resolve().parents[1]
DESIGN_VARIABLES = {
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_BASE_URL",
    "TELEGRAM_API_FILE_URL",
    "REDIS_URL",
    "SCAMCHECK_ADMIN_IDS",
    "SCAMCHECK_REGION",
    "SCAMCHECK_EXPAND_LINKS",
    "WEBHOOK_URL",
    "PORT",
}


def dockerfile() -> DockerfileParser:
    parser = DockerfileParser(path=str(ROOT / "Dockerfile"))
    return parser


def test_dockerfile_is_multi_stage_slim_non_root_with_a_healthcheck() -> None:
    parser = dockerfile()
    instructions = [(i["instruction"], i["value"]) for i in parser.structure]
    froms = [value for name, value in instructions if name == "FROM"]
    assert len(froms) == 2 and all("slim" in f for f in froms)
    assert any(name == "RUN" and "pip wheel" in value for name, value in instructions)
    assert any(
        name == "RUN" and "pip install" in value and ".whl" in value
        for name, value in instructions
    )
    users = [value for name, value in instructions if name == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert any(name == "HEALTHCHECK" and "/healthz" in value for name, value in instructions)
    assert parser.cmd == '["scamcheck", "bot"]'
    # The lexicons are compiled into the image, where the bot looks for them.
    assert parser.envs.get("SCAMCHECK_CACHE_DIR") == "/var/cache/scamcheck"
    assert any(name == "RUN" and "shipped_lexicon()" in value for name, value in instructions)
    # Configuration only by environment: no secrets baked in.
    assert not any(name in ("ENV", "ARG") and "TOKEN" in value for name, value in instructions)


def test_compose_runs_the_bot_and_a_persistent_private_redis() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    redis, bot = compose["services"]["redis"], compose["services"]["bot"]
    command = " ".join(redis["command"])
    assert "--appendonly yes" in command and "--appendfsync everysec" in command
    assert "ports" not in redis  # not published to the host
    volume = redis["volumes"][0].split(":")[0]
    assert volume in compose["volumes"]
    assert bot["env_file"] == ".env" and bot["environment"]["REDIS_URL"].startswith(
        "redis://redis:"
    )
    assert bot["depends_on"]["redis"]["condition"] == "service_healthy"


def test_env_example_lists_every_variable_of_the_design() -> None:
    names = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.MULTILINE))
    assert names == DESIGN_VARIABLES
    assert re.search(r"^TELEGRAM_BOT_TOKEN=$", (ROOT / ".env.example").read_text(), re.MULTILINE)


def test_the_image_ships_what_the_wheel_needs() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    for data in (
        '"lexicon/*.txt"',
        '"lexicon/*.toml"',
        '"*.json"',
        '"seeds/*.txt"',
        '"locale/*/LC_MESSAGES/*.mo"',
    ):
        assert data in pyproject
