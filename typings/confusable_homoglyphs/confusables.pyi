# The one name services/domain/canonical.py uses; confusable_homoglyphs ships no type information.
# confusables.json: character -> [{"c": the character it may be confused with, "n": its name}]
confusables_data: dict[str, list[dict[str, str]]]
