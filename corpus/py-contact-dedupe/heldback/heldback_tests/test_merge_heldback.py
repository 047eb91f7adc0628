import random

from contacts.disjoint_sets import DisjointSets
from contacts.merge import merge_contacts
from contacts.normalize import normalize_email, normalize_phone


def _components_by_search(contacts):
    """The expected groups, found the slow way: a search over contacts that share a key."""
    def keys(contact):
        found = {"e" + e for e in map(normalize_email, contact["emails"]) if e}
        return found | {"p" + p for p in map(normalize_phone, contact["phones"]) if p}

    unseen = {c["id"]: keys(c) for c in contacts}
    groups = []
    while unseen:
        start = min(unseen)
        group, queue = {start}, [start]
        while queue:
            item = queue.pop()
            for other, other_keys in unseen.items():
                if other not in group and other_keys & unseen[item]:
                    group.add(other)
                    queue.append(other)
        for item in group:
            del unseen[item]
        groups.append(sorted(group))
    return sorted(groups)


def test_sets_built_into_a_deep_tree_all_find_one_root():
    sets = DisjointSets()
    for item in range(16):
        sets.add(item)
    for step in (1, 2, 4, 8):
        for start in range(0, 16, 2 * step):
            sets.union(start, start + step)
    roots = {sets.find(item) for item in range(16)}
    assert roots == {sets.find(0)}
    assert all(sets.connected(0, item) for item in range(16))


def test_union_returns_the_root_of_the_joined_set():
    sets = DisjointSets()
    for item in "abcdef":
        sets.add(item)
    sets.union("a", "b")
    sets.union("c", "d")
    root = sets.union("b", "d")
    assert root == sets.find("a") == sets.find("d")
    sets.union("e", "f")
    joined = sets.union("f", "c")
    assert all(sets.find(item) == joined for item in "abcdef")


def test_find_on_a_fresh_grandchild_gives_the_root_before_any_compression():
    sets = DisjointSets()
    for item in range(4):
        sets.add(item)
    sets.union(0, 1)
    sets.union(2, 3)
    sets.union(1, 3)
    assert sets.find(3) == sets.find(0) == sets.find(2)
    sets.add(4)
    assert not sets.connected(3, 4)


def test_random_address_books_match_a_search_over_shared_keys():
    rng = random.Random(20251207)
    for _ in range(200):
        size = rng.randint(1, 30)
        pool_emails = [f"user{n}@example.com" for n in range(rng.randint(1, 12))]
        pool_phones = [f"07700 900{n:03d}" for n in range(rng.randint(1, 12))]
        contacts = []
        for contact_id in rng.sample(range(1, 1000), size):
            contacts.append({
                "id": contact_id,
                "name": rng.choice(["", "Ana", "Ben", "Cy"]),
                "emails": rng.sample(pool_emails, rng.randint(0, min(2, len(pool_emails)))),
                "phones": rng.sample(pool_phones, rng.randint(0, min(2, len(pool_phones)))),
            })
        merged = merge_contacts(contacts)
        assert sorted(c["merged_ids"] for c in merged) == _components_by_search(contacts)
        assert [c["id"] for c in merged] == sorted(c["merged_ids"][0] for c in merged)


def test_the_first_non_empty_name_by_id_is_kept():
    merged = merge_contacts([
        {"id": 9, "name": "Later", "emails": ["x@example.com"], "phones": []},
        {"id": 4, "name": "  ", "emails": [], "phones": ["07700 900001"]},
        {"id": 6, "name": "Earlier", "emails": ["X@example.com"], "phones": ["+44 7700 900001"]},
    ])
    assert merged == [{
        "id": 4,
        "name": "Earlier",
        "emails": ["x@example.com"],
        "phones": ["447700900001"],
        "merged_ids": [4, 6, 9],
    }]
