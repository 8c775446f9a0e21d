"""V16 in an action-plan workbook: a register name in every place a worksheet can carry text,
including text Excel prints from codes (headers and footers) or builds from a formula's
literals, is found by the scan the check runs."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from services.domain.anonymity import Scanner, name_terms
from services.workflows.publication.anonymity import scan_package

SCANNER = Scanner(name_terms("Morwen Fernleigh", "Pseudonym"))


def _header(codes: str):
    def put(book, sheet):
        sheet.oddHeader.center.text = codes

    return put


def _footer(codes: str):
    def put(book, sheet):
        sheet.firstFooter.left.text = codes
        sheet.HeaderFooter.differentFirst = True

    return put


def _cell(value: str):
    def put(book, sheet):
        sheet["B2"] = value

    return put


def _validation(book, sheet):
    rule = DataValidation(type="list", formula1='"Fernleigh,Other"')
    sheet.add_data_validation(rule)
    rule.add("C3")


def _hidden_sheet(book, sheet):
    other = book.create_sheet("Notes")
    other["A1"] = "Seen by Fernleigh"
    other.sheet_state = "hidden"


PLACES = {
    "cell": _cell("Seen by Fernleigh"),
    "formula of literals": _cell('=CONCATENATE("Fern","leigh")'),
    "formula with character codes": _cell('="Fern"&CHAR(108)&"eigh"'),
    "formula with UNICHAR": _cell('=UNICHAR(70)&"ernleigh"'),
    "header, centred": _header("Fernleigh"),
    "header, bold switched on inside the name": _header("Fern&Bleigh"),
    "footer, sized and coloured": _footer('&12&KFF0000Fern&"Arial,Bold"leigh'),
    "sheet name": lambda book, sheet: setattr(sheet, "title", "Fernleigh notes"),
    "hidden sheet": _hidden_sheet,
    "comment": lambda book, sheet: setattr(sheet["B2"], "comment", Comment("Fernleigh", "a")),
    "data validation list": _validation,
    "defined name": lambda book, sheet: book.defined_names.__setitem__(
        "Fernleigh", DefinedName("Fernleigh", attr_text="Sheet!$A$1")
    ),
    "number format": lambda book, sheet: setattr(sheet["B2"], "number_format", '"Fernleigh "0'),
}


def workbook(put) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Action"
    sheet["A2"] = "Share the learning with partners"
    put(book, sheet)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("where", list(PLACES))
def test_a_name_anywhere_in_an_action_plan_is_found(where):
    findings = scan_package(SCANNER, workbook(PLACES[where]), "action plan.xlsx").findings
    assert [f for f in findings if f["term"] == "Fernleigh"], where


@pytest.mark.parametrize(
    "put",
    [
        _header("&LAction plan&RPage &P of &N"),
        _cell('=IF(A1="Done","Closed","Open")'),
        _cell("=SUM(1,2)&CHAR(37)"),
    ],
)
def test_codes_and_formulas_without_a_name_are_clean(put):
    assert scan_package(SCANNER, workbook(put), "action plan.xlsx").findings == []
