"""The hash chain verifies after appends and fails at the first changed, removed or moved row."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from services.domain.audit import GENESIS, Entry, canonical, entry_hash, first_break

payloads = st.dictionaries(
    st.text(max_size=8), st.one_of(st.integers(), st.text(max_size=20)), max_size=4
)


def build(items: list[dict]) -> list[Entry]:
    chain, prev = [], GENESIS
    for seq, payload in enumerate(items, start=1):
        e = Entry(
            "review:1",
            seq,
            f"2026-01-01T00:00:{seq % 60:02d}+00:00",
            1,
            "act",
            canonical(payload),
            prev,
        )
        e = replace(e, hash=entry_hash(e))
        chain.append(e)
        prev = e.hash
    return chain


@given(st.lists(payloads, min_size=0, max_size=20))
def test_any_sequence_of_appends_verifies(items):
    assert first_break(build(items)) is None


@given(st.lists(payloads, min_size=1, max_size=20), st.data())
def test_any_single_edit_is_found_at_its_entry(items, data):
    chain = build(items)
    k = data.draw(st.integers(0, len(chain) - 1))
    field = data.draw(st.sampled_from(["payload", "actor_id", "action", "at"]))
    changed = {
        "payload": chain[k].payload + " ",
        "actor_id": 999,
        "action": "other",
        "at": "1999-01-01T00:00:00+00:00",
    }[field]
    chain[k] = replace(chain[k], **{field: changed})
    assert first_break(chain) == k + 1


@given(st.lists(payloads, min_size=2, max_size=20), st.data())
def test_deleting_or_swapping_entries_is_found(items, data):
    chain = build(items)
    k = data.draw(st.integers(0, len(chain) - 2))
    assert first_break(chain[:k] + chain[k + 1 :]) == k + 1
    swapped = [*chain[:k], chain[k + 1], chain[k], *chain[k + 2 :]]
    assert first_break(swapped) == k + 1


def test_canonical_json_ignores_key_order_and_escapes_control_characters():
    assert canonical({"b": 1, "a": "x\r\n\x1b"}) == canonical({"a": "x\r\n\x1b", "b": 1})
    assert "\r" not in canonical({"a": "x\r\n"})
