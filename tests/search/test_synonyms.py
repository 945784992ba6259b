"""The synonyms module and spelling corrections, without the database."""

from pathlib import Path

import pytest

from search.spelling import best_correction, distance, max_distance
from search.synonyms import SynonymError, forms, joined_forms, parse, parse_rule, tokens

SHIPPED = Path(__file__).resolve().parents[2] / "search" / "synonyms.txt"


def test_a_group_expands_each_of_its_terms_into_all_of_them():
    rules = parse(["cancel, terminate, close account, end contract"])
    assert rules.expand(tokens("customer wants to cancel")) == [
        (("customer",),),
        (("wants",),),
        (("to",),),
        (("cancel",), ("terminate",), ("close", "account"), ("end", "contract")),
    ]
    assert rules.expand(tokens("Terminate")) == [
        (("terminate",), ("cancel",), ("close", "account"), ("end", "contract"))
    ]


def test_the_longest_known_phrase_wins_and_typed_forms_come_first():
    rules = parse(["hold, on hold, put on hold", "sick, absence, calling in sick"])
    segments = rules.segment(tokens("put it on hold"))
    assert [segment.words for segment in segments] == [("put",), ("it",), ("on", "hold")]
    on_hold = segments[-1]
    assert on_hold.slot == (("on", "hold"), ("hold",), ("put", "on", "hold"))
    assert on_hold.typed == 1
    assert rules.expand(tokens("calling in sick")) == [
        (("calling", "in", "sick"), ("sick",), ("absence",))
    ]


def test_one_way_rules_expand_only_from_the_left():
    rules = parse(["churn => cancel, retention"])
    assert rules.expand(["churn"]) == [(("churn",), ("cancel",), ("retention",))]
    assert rules.expand(["cancel"]) == [(("cancel",),)]


def test_a_term_in_several_rules_gets_every_expansion():
    rules = parse(["supervisor, team lead", "manager, supervisor => escalate"])
    assert rules.expand(["supervisor"]) == [(("supervisor",), ("team", "lead"), ("escalate",))]


def test_plurals_match_rules_written_in_the_singular():
    rules = parse(["headset, headphone"])
    assert rules.expand(tokens("Headphones broken")) == [
        (("headphones",), ("headset",)),
        (("broken",),),
    ]
    assert rules.knows("headsets") and not rules.knows("broken")


def test_words_joined_by_a_symbol_stand_for_both_forms():
    assert tokens("ID&V, e-mail; wrap-up 3-way and/or") == [
        "id&v",
        "e-mail",
        "wrap-up",
        "3-way",
        "and/or",
    ]
    assert forms(["wrap-up", "code"]) == (("wrapup", "code"), ("wrap", "up", "code"))
    assert forms(["refund"]) == (("refund",),)
    rules = parse(["id&v, identity check"])
    # Typed with or without the symbol, the query uses the same rule.
    expected = [(("idv",), ("id", "v"), ("identity", "check"))]
    assert rules.expand(tokens("ID&V")) == expected
    assert rules.expand(tokens("IDV")) == expected


def test_joined_forms_are_what_pages_index_beside_their_text():
    text = "Use ID&V, then e-mail the wrap-up note. Wrap-up codes; 3-way calls. Plain words."
    assert joined_forms(text) == ["idv", "email", "wrapup", "wrapup", "3way"]


@pytest.mark.parametrize(
    "line, code",
    [
        ("cancel", "one-term"),
        ("cancel, cancel", "one-term"),
        ("a => b => c", "arrows"),
        ("churn =>", "one-sided"),
        ("=> cancel", "one-sided"),
    ],
)
def test_unusable_rules_are_refused_with_a_reason(line, code):
    with pytest.raises(SynonymError) as error:
        parse_rule(line)
    assert error.value.code == code


def test_comments_and_blank_lines_are_not_rules():
    assert parse_rule("# Tools") is None
    assert parse_rule("   ") is None
    assert not parse(["# nothing", ""])


def test_the_shipped_rules_parse_and_connect_what_operators_type():
    rules = parse(SHIPPED.read_text("utf-8").splitlines())

    def finds(query, phrase):
        slots = rules.expand(tokens(query))
        return any(tuple(phrase.split()) in slot for slot in slots)

    assert finds("GDPR", "data protection")
    assert finds("data protection", "gdpr")
    assert finds("ID&V", "identity verification")
    assert finds("DNC", "do not call")
    assert finds("AHT", "average handle time")
    assert finds("CSAT", "customer satisfaction")
    assert finds("FCR", "first call resolution")
    assert finds("irate", "angry") and finds("yelling", "angry") and finds("shouting", "angry")
    assert finds("churn", "cancel") and finds("retention", "churn")
    assert finds("upsell", "cross sell")
    assert finds("sick", "absence") and finds("calling in sick", "absence")
    assert finds("debt", "arrears")
    assert finds("headphones", "headset")


def test_distance_counts_edits_and_swaps_up_to_a_limit():
    assert distance("refnd", "refund", 2) == 1
    assert distance("escalaton", "escalation", 2) == 1
    assert distance("huddel", "huddle", 2) == 1  # two neighbouring letters swapped
    assert distance("kitten", "sitting", 3) == 3
    assert distance("kitten", "sitting", 2) == 3  # more than the limit: limit + 1
    assert distance("abc", "abcdefg", 2) == 3


def test_a_correction_is_the_closest_then_the_most_used_word():
    assert best_correction("escalaton", [("escalator", 3), ("escalation", 40)]) == "escalation"
    assert best_correction("refnd", [("refunds", 50), ("refund", 2)]) == "refund"
    # A known word is never corrected; nothing close enough, no correction.
    assert best_correction("refund", [("refund", 1), ("refunds", 9)]) is None
    assert best_correction("zebra", [("refund", 1)]) is None


def test_short_words_get_one_edit_only():
    assert max_distance("csat") == 1 and max_distance("huddel") == 2
    assert best_correction("cst", [("cast", 1)]) == "cast"
    assert best_correction("csat", [("chart", 9)]) is None  # two edits
    assert best_correction("escalaton", [("escalatrs", 9)]) == "escalatrs"  # two edits
