"""Text a program writes on the page from codes the file holds, as the reader will see it.

- A spreadsheet's page headers and footers (`oddHeader`, `firstFooter` …) hold Excel's codes
  between the letters: "&C" centres, "&B" turns bold on, "&12" sets the size, so
  "&CFern&Bleigh" prints "Fernleigh". `header_footer` gives the printed text: formatting codes
  vanish, section and field codes part words.
- A formula (`<f>` in a worksheet) shows text it builds from its literals:
  `="Fern"&CHAR(108)&"eigh"`, `=UNICHAR(70)&"ernleigh"`. `literals` gives the literals and
  character codes in order, run together, which is the text whenever they are joined (the scan
  matches the formula as written too). A formula that computes letters some other way
  (SUBSTITUTE, MID) is not evaluated.
"""

from __future__ import annotations

import re

HEADER_FOOTER = {
    "oddHeader",
    "oddFooter",
    "evenHeader",
    "evenFooter",
    "firstHeader",
    "firstFooter",
}
# &&: a literal ampersand; &"font,style", &nn size, &K colour and &B/&I/&U/&S/&X/&Y/&E
# formatting vanish; &L/&C/&R sections and &P/&N/&D/&T/&F/&A/&Z/&G fields part words.
_CODE = re.compile(r'&(&|"[^"]*"|\d{1,3}|K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|[BIUSXYE]|[A-Za-z])')
_LITERAL = re.compile(r'"((?:[^"]|"")*)"|\b(?:UNI)?CHAR\(\s*(\d+)\s*\)', re.I)


def header_footer(text: str) -> str:
    def code(match: re.Match[str]) -> str:
        value = match.group(1)
        if value == "&":
            return "&"
        if len(value) == 1 and value in "LCRPNDTFAZG":
            return " "
        return ""

    return _CODE.sub(code, text)


def literals(instruction: str) -> str:
    out = []
    for match in _LITERAL.finditer(instruction):
        quoted, char = match.groups()
        if quoted is not None:
            out.append(quoted.replace('""', '"'))
        else:
            code = int(char)
            if 0 < code < 0x110000:
                out.append(chr(code))
    return "".join(out)
