"""Linking rules and other customer words, in the researcher's language (translated)."""

from __future__ import annotations

from workbench.i18n import translate


def rule_title(rule: str) -> str:
    """A linking rule's short name, as offered in the link dialog."""
    return {
        "exact": translate("Customers", "Same text"),
        "email": translate("Customers", "E-mail address"),
        "email-loose": translate("Customers", "E-mail, ignoring dots and +tags"),
        "phone": translate("Customers", "Phone number"),
        "id": translate("Customers", "Customer identifier"),
        "fuzzy": translate("Customers", "Similar name (proposals)"),
    }.get(rule, rule)


def rule_description(rule: str) -> str:
    """How a rule compares two values."""
    return {
        "exact": translate("Customers", "Equal after ignoring upper/lower case and extra spaces "
                           "(loyalty card, name + postcode...)."),
        "email": translate("Customers", "Equal e-mail addresses, ignoring case and spaces."),
        "email-loose": translate("Customers", "Also ignores a +tag in the address and the dots in "
                                 "Gmail addresses: mario.rossi+shop@gmail.com is "
                                 "mariorossi@gmail.com."),
        "phone": translate("Customers", "Equal phone numbers once written in one format: "
                           "+39 333 1234567, 0039 3331234567 and 333-1234567 are one number."),
        "id": translate("Customers", "Equal identifiers (leading zeros count). Two rows of one "
                        "source with the same identifier but different people are reported, "
                        "never merged."),
        "fuzzy": translate("Customers", "Names that are spelled almost alike become proposals "
                           "that you accept or reject; they are never merged silently."),
    }.get(rule, "")
