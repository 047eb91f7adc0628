from contacts.disjoint_sets import DisjointSets
from contacts.normalize import normalize_email, normalize_phone


def _keys(contact):
    """What identifies the person behind a contact: each address and each phone number."""
    for email in contact.get("emails", []):
        email = normalize_email(email)
        if email:
            yield "email:" + email
    for phone in contact.get("phones", []):
        phone = normalize_phone(phone)
        if phone:
            yield "phone:" + phone


def _combine(group):
    group = sorted(group, key=lambda contact: contact["id"])
    names = [contact["name"].strip() for contact in group if contact.get("name", "").strip()]
    emails = {normalize_email(e) for contact in group for e in contact.get("emails", [])}
    phones = {normalize_phone(p) for contact in group for p in contact.get("phones", [])}
    return {
        "id": group[0]["id"],
        "name": names[0] if names else "",
        "emails": sorted(e for e in emails if e),
        "phones": sorted(p for p in phones if p),
        "merged_ids": [contact["id"] for contact in group],
    }


def merge_contacts(contacts):
    """Merges every contact that shares an address or a phone number, directly or through other contacts."""
    sets = DisjointSets()
    first_owner = {}
    for contact in contacts:
        if contact["id"] in sets:
            raise ValueError(f"duplicate contact id {contact['id']}")
        sets.add(contact["id"])
        for key in _keys(contact):
            if key in first_owner:
                sets.union(first_owner[key], contact["id"])
            else:
                first_owner[key] = contact["id"]

    groups = {}
    for contact in contacts:
        groups.setdefault(sets.find(contact["id"]), []).append(contact)
    merged = [_combine(group) for group in groups.values()]
    return sorted(merged, key=lambda contact: contact["id"])
