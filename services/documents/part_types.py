"""The one table of part content types a Word or Excel upload may contain, and how each is checked.

A positive list: a part whose content type is not here (an embedded object, an executable, a
macro project, ActiveX, an external data connection, audio or video...) is refused with 415
naming the part. Each allowed type says how its bytes are proved to be what they claim:
"xml" parts are parsed (defusedxml, any encoding, no DTD), images must start with their format's
signature, fonts may live only in the fonts folder, and an SVG may hold no script.
"""

from __future__ import annotations

OOXML = "application/vnd.openxmlformats-officedocument"
WML = f"{OOXML}.wordprocessingml"
SML = f"{OOXML}.spreadsheetml"
DML = f"{OOXML}.drawingml"

# Parts any Office package may hold.
COMMON = {
    "application/vnd.openxmlformats-package.relationships+xml": "xml",
    "application/vnd.openxmlformats-package.core-properties+xml": "xml",
    "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml": "xml",
    "application/vnd.openxmlformats-package.digital-signature-origin": "empty",
    f"{OOXML}.extended-properties+xml": "xml",
    f"{OOXML}.custom-properties+xml": "xml",
    f"{OOXML}.customXmlProperties+xml": "xml",
    f"{OOXML}.theme+xml": "xml",
    f"{OOXML}.themeOverride+xml": "xml",
    f"{DML}.chart+xml": "xml",
    f"{DML}.chartshapes+xml": "xml",
    f"{DML}.diagramData+xml": "xml",
    f"{DML}.diagramLayout+xml": "xml",
    f"{DML}.diagramStyle+xml": "xml",
    f"{DML}.diagramColors+xml": "xml",
    "application/vnd.ms-office.drawingml.diagramDrawing+xml": "xml",
    "application/vnd.ms-office.chartstyle+xml": "xml",
    "application/vnd.ms-office.chartcolorstyle+xml": "xml",
    "application/vnd.ms-office.webextension+xml": "xml",  # an add-in's settings (ours too)
    "application/vnd.ms-office.webextensiontaskpanes+xml": "xml",
    "application/vnd.ms-office.classificationlabels+xml": "xml",  # a sensitivity label
    "application/vnd.ms-office.intelligence+xml": "xml",
    "application/vnd.ms-office.intelligence2+xml": "xml",
    "application/xml": "xml",  # custom XML data (e.g. SharePoint's document properties)
    "text/xml": "xml",
    "image/png": "png",
    "image/jpeg": "jpeg",
    "image/jpg": "jpeg",
    "image/gif": "gif",
    "image/bmp": "bmp",
    "image/tiff": "tiff",
    "image/x-emf": "emf",
    "image/x-wmf": "wmf",
    "image/svg+xml": "svg",
}
WORD = {
    f"{WML}.document.main+xml": "xml",
    f"{WML}.document.glossary+xml": "xml",
    f"{WML}.styles+xml": "xml",
    f"{WML}.stylesWithEffects+xml": "xml",
    "application/vnd.ms-word.stylesWithEffects+xml": "xml",
    f"{WML}.settings+xml": "xml",
    f"{WML}.webSettings+xml": "xml",
    f"{WML}.fontTable+xml": "xml",
    f"{WML}.numbering+xml": "xml",
    f"{WML}.footnotes+xml": "xml",
    f"{WML}.endnotes+xml": "xml",
    f"{WML}.comments+xml": "xml",
    f"{WML}.header+xml": "xml",
    f"{WML}.footer+xml": "xml",
    f"{WML}.people+xml": "xml",
    "application/vnd.ms-word.commentsExtended+xml": "xml",
    "application/vnd.ms-word.commentsIds+xml": "xml",
    "application/vnd.ms-word.commentsExtensible+xml": "xml",
    f"{OOXML}.vmlDrawing": "xml",
    f"{OOXML}.obfuscatedFont": "font",
    "application/x-fontdata": "font",
    "application/x-font-ttf": "font",
}
SHEET = {
    f"{SML}.sheet.main+xml": "xml",
    f"{SML}.worksheet+xml": "xml",
    f"{SML}.chartsheet+xml": "xml",
    f"{SML}.styles+xml": "xml",
    f"{SML}.sharedStrings+xml": "xml",
    f"{SML}.calcChain+xml": "xml",
    f"{SML}.comments+xml": "xml",
    f"{SML}.table+xml": "xml",
    f"{SML}.tableSingleCells+xml": "xml",
    f"{SML}.pivotTable+xml": "xml",
    f"{SML}.pivotCacheDefinition+xml": "xml",
    f"{SML}.pivotCacheRecords+xml": "xml",
    f"{SML}.sheetMetadata+xml": "xml",
    f"{SML}.volatileDependencies+xml": "xml",
    f"{SML}.revisionHeaders+xml": "xml",
    f"{SML}.revisionLog+xml": "xml",
    f"{SML}.userNames+xml": "xml",
    f"{OOXML}.drawing+xml": "xml",
    f"{OOXML}.vmlDrawing": "xml",
    "application/vnd.ms-excel.person+xml": "xml",
    "application/vnd.ms-excel.threadedcomments+xml": "xml",
    "application/vnd.ms-excel.slicer+xml": "xml",
    "application/vnd.ms-excel.slicerCache+xml": "xml",
    "application/vnd.ms-excel.timeline+xml": "xml",
    "application/vnd.ms-excel.timelineCache+xml": "xml",
}
ALLOWED = {"docx": {**COMMON, **WORD}, "xlsx": {**COMMON, **SHEET}}

# Each binary format's first bytes: a part claiming the type must start with one of them.
SIGNATURES = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "bmp": (b"BM",),
    "tiff": (b"II*\x00", b"MM\x00*"),
    "wmf": (b"\xd7\xcd\xc6\x9a", b"\x01\x00\x09\x00", b"\x02\x00\x09\x00"),
}
SVG_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener"}


def signature_ok(rule: str, head: bytes) -> bool:
    if rule == "emf":  # EMR_HEADER record, then " EMF" at byte 40
        return head[:4] == b"\x01\x00\x00\x00" and head[40:44] == b" EMF"
    return head.startswith(SIGNATURES[rule])
