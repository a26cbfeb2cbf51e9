#!/usr/bin/env python3
"""Writes raisers-edge.xlsx: a Raiser's Edge constituent/gift export as a person saves it from Excel.

Dates are real date cells, amounts numbers (one typed as text with a dollar sign), and four rows are wrong on purpose.
Only the standard library: an .xlsx is a zip of a few XML parts. Run: python3 make_raisers_edge_xlsx.py
"""
import datetime
import zipfile
from xml.sax.saxutils import escape

HEADER = ["Constituent ID", "First Name", "Last Name", "Preferred Email", "Class of", "Gift ID", "Gift Date",
          "Gift Amount", "Gift Type", "Gift Payment Type", "Campaign", "Fund", "Reference"]
D = datetime.date
ROWS = [
    ["C-1001", "James", "Whitfield", "jwhitfield@example.com", 1998, "G-9001", D(2025, 1, 15), 5000, "Cash", "Personal Check", "Capital Campaign 2025", "Building Fund", "Ck 2231"],
    ["C-1002", "Priya", "Raman", "priya.raman@example.com", 2005, "G-9002", D(2025, 2, 3), 250, "Cash", "Credit Card", "Athletics Fund", "Athletics", ""],
    ["C-1003", "Tomás", "Ortega", "tomas.ortega@example.com", 2012, "G-9003", D(2025, 2, 20), "$1,200.00", "Cash", "Personal Check", "Capital Campaign 2025", "Building Fund", "Ck 118"],
    ["C-1001", "James", "Whitfield", "jwhitfield@example.com", 1998, "G-9004", D(2025, 6, 30), 750, "Cash", "Personal Check", "Athletics Fund", "Athletics", "Ck 2290"],
    ["C-1004", "", "Nguyen", "l.nguyen@example.com", 2019, "G-9005", D(2025, 3, 1), 40, "Cash", "Cash", "Athletics Fund", "Athletics", ""],
    ["C-1005", "Hannah", "Brooks", "hannah.brooks@example.com", 2010, "G-9006", "31/02/2025", 300, "Cash", "Personal Check", "Capital Campaign 2025", "Building Fund", "Ck 77"],
    ["C-1006", "Oliver", "Grant", "oliver.grant@example.com", 2001, "G-9007", D(2025, 3, 10), "n/a", "Cash", "Credit Card", "Capital Campaign 2025", "Building Fund", ""],
    ["C-1007", "Sofia", "Rossi", "sofia.rossi@example.com", "19xx", "G-9008", D(2025, 3, 12), 125, "Cash", "Credit Card", "Athletics Fund", "Athletics", ""],
    ["C-1008", "Daniel", "Kim", "daniel.kim@example.com", 2015, "G-9009", D(2025, 4, 4), 100, "Cash", "Cash", "Athletics Fund", "Athletics", ""],
]


def column(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def cell(ref, value):
    if isinstance(value, datetime.date):
        serial = (value - datetime.date(1899, 12, 30)).days
        return f'<c r="{ref}" s="1"><v>{serial}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def sheet():
    rows = []
    for r, values in enumerate([HEADER] + ROWS, start=1):
        cells = "".join(cell(f"{column(c)}{r}", v) for c, v in enumerate(values) if v != "")
        rows.append(f'<row r="{r}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(rows)}</sheetData></worksheet>')


PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Gifts" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    "xl/worksheets/sheet1.xml": sheet(),
}

with zipfile.ZipFile("raisers-edge.xlsx", "w", zipfile.ZIP_DEFLATED) as xlsx:
    for name, text in PARTS.items():
        # A fixed timestamp keeps the file byte-identical from one run to the next.
        xlsx.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), text)
