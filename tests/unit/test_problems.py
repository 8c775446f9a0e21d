"""Marshmallow's nested messages become field paths a client can point at."""

from services.api.problems import flatten


def test_nested_and_listed_fields_become_paths():
    messages = {
        "victim": {"date_of_birth": ["Not a valid date."]},
        "lines_of_enquiry": {0: ["Not a valid string."]},
        "csp_roles": {1: {"role": ["Missing data for required field."]}},
        "colour": ["Unknown field."],
    }
    assert flatten(messages) == [
        {"field": "victim.date_of_birth", "message": "Not a valid date."},
        {"field": "lines_of_enquiry[0]", "message": "Not a valid string."},
        {"field": "csp_roles[1].role", "message": "Missing data for required field."},
        {"field": "colour", "message": "Unknown field."},
    ]
    assert flatten(["Invalid JSON body."]) == [{"field": "body", "message": "Invalid JSON body."}]
