import pytest

from contacts.merge import merge_contacts
from contacts.normalize import normalize_email, normalize_phone


def contact(id, name="", emails=(), phones=()):
    return {"id": id, "name": name, "emails": list(emails), "phones": list(phones)}


def test_emails_compare_without_case_and_spaces():
    assert normalize_email("  Ana.Silva@Example.COM ") == "ana.silva@example.com"
    assert normalize_email("   ") is None


def test_phones_are_written_internationally():
    assert normalize_phone("07700 900123") == "447700900123"
    assert normalize_phone("+44 7700 900123") == "447700900123"
    assert normalize_phone("0044 7700 900123") == "447700900123"
    assert normalize_phone("12-34") is None


def test_two_contacts_with_the_same_address_are_merged():
    merged = merge_contacts([
        contact(1, "Ana Silva", emails=["ana@example.com"]),
        contact(2, "", emails=["ANA@example.com"], phones=["07700 900123"]),
    ])
    assert merged == [{
        "id": 1,
        "name": "Ana Silva",
        "emails": ["ana@example.com"],
        "phones": ["447700900123"],
        "merged_ids": [1, 2],
    }]


def test_strangers_stay_apart():
    merged = merge_contacts([
        contact(1, "Ana", emails=["ana@example.com"]),
        contact(2, "Ben", emails=["ben@example.com"], phones=["07700 900456"]),
        contact(3, "Cy", phones=["07700 900789"]),
    ])
    assert [c["merged_ids"] for c in merged] == [[1], [2], [3]]


def test_a_contact_can_join_two_others():
    merged = merge_contacts([
        contact(1, "Ana", emails=["ana@example.com"]),
        contact(2, "Ben", phones=["07700 900456"]),
        contact(3, "A. Silva", emails=["ana@example.com"], phones=["+44 7700 900456"]),
    ])
    assert [c["merged_ids"] for c in merged] == [[1, 2, 3]]


def test_a_contact_that_links_two_merged_pairs():
    merged = merge_contacts([
        contact(1, "Ana Silva", emails=["ana@example.com"]),
        contact(2, "Ana", emails=["ana@example.com"]),
        contact(3, "Ana S.", emails=["asilva@work.example"]),
        contact(4, "", emails=["asilva@work.example"], phones=["07700 900123"]),
        contact(5, "", emails=["ana@example.com"], phones=["07700 900123"]),
    ])
    assert len(merged) == 1
    assert merged[0]["merged_ids"] == [1, 2, 3, 4, 5]
    assert merged[0]["emails"] == ["ana@example.com", "asilva@work.example"]


def test_duplicate_ids_are_refused():
    with pytest.raises(ValueError, match="duplicate contact id 7"):
        merge_contacts([contact(7, "Ana"), contact(7, "Ben")])
