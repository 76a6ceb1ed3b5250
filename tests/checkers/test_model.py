"""The learned models: deterministic split, features, scoring, and when they are asked."""

from __future__ import annotations

from checkers.case import prepare
from checkers.extract import parse_link
from checkers.model import (
    LinearModel,
    ModelChecker,
    fold_of,
    load_model,
    message_features,
    url_features,
)
from checkers.verdict import Submission
from tests.checkers.helpers import codes


def test_fold_is_stable_and_ignores_digits_and_spacing() -> None:
    assert fold_of("Call 0906 123 now") == fold_of("call  0906 999 NOW")
    folds = {fold_of(f"message number {chr(97 + i)}{chr(98 + i)}") for i in range(20)}
    assert folds == {0, 1}


def test_message_features_hide_digits_and_links() -> None:
    case = prepare(Submission(text="WIN £500! Call 09061701462 or visit http://prize.example.com"))
    features = message_features(case.text, case.links, case.phones)
    assert "w:_tel_invalid_" in features and "w:win" in features and "w:£" in features
    assert not any("prize.example" in f or "09061701462" in f for f in features)


def test_url_features_ignore_www() -> None:
    with_www = parse_link("http://www.example.com/a/login.php")
    without = parse_link("http://example.com/a/login.php")
    assert with_www is not None and without is not None
    assert url_features(with_www) == url_features(without)
    assert "p:login" in url_features(without) and "p:php" in url_features(without)


def test_linear_model_scores() -> None:
    model = LinearModel(bias=-2.0, weights={"w:prize": 4.0}, threshold=0.5, meta={})
    assert model.flags({"w:prize"}) and not model.flags({"w:hello"})
    assert 0.0 < model.probability(["w:" + "x" * 10]) < 0.5
    assert model.probability({f"w:prize{i}" for i in range(5)}) == model.probability(set())


def test_shipped_models_load_and_record_how_they_were_trained() -> None:
    for name in ("message", "url"):
        model = load_model(name)
        assert model is not None
        assert 0.0 < model.threshold < 1.0
        assert "fold 0" in model.meta["trained_on"]
        assert len(model.weights) <= 4000


async def test_model_is_asked_only_about_messages_with_an_unofficial_way_to_act() -> None:
    always = LinearModel(bias=10.0, weights={}, threshold=0.5, meta={})
    never = LinearModel(bias=-10.0, weights={}, threshold=0.5, meta={})
    checker = ModelChecker(message_model=always, url_model=never)
    assert await codes(checker, "POSB: your fixed deposit has matured, no action needed.") == set()
    assert await codes(checker, "Your OTP is 123456. If unauthorised call 1800 339 6963") == set()
    assert await codes(checker, "Reminder: dental appointment tomorrow, call 6311 1111") == set()
    assert await codes(checker, "Your prize is waiting, call 09061701462 to claim") == {"MDL001"}
    assert await codes(checker, "Your prize is waiting, Text CLAIM to 85023 now") == {"MDL001"}
    assert await codes(checker, "hi") == set()


async def test_url_model_skips_official_and_listed_links() -> None:
    always = LinearModel(bias=10.0, weights={}, threshold=0.5, meta={})
    checker = ModelChecker(message_model=LinearModel(-10.0, {}, 0.5, {}), url_model=always)
    assert await codes(checker, "https://www.dbs.com.sg/login") == set()
    assert (
        await codes(
            checker, "http://odd.example.com/x", entries=[("allow", "domain", "example.com")]
        )
        == set()
    )
    assert await codes(checker, "http://odd.example.com/x") == {"URL016"}
