#!/usr/bin/env python3
"""Makes the .docx and XML fixtures of tests/fixtures/{docx,xml}/ (Python 3 stdlib only).

    cargo build && python3 scripts/make-fixtures.py

Writes Word documents as Word does (WordprocessingML in a zip: styles,
numbering.xml with automatic list numbers, footnotes.xml with real
footnotes, w:tbl tables, hyperlinks with relationships), with fixed
timestamps so that the same input gives the same bytes.

- docx/seed.docx: the whole seed, from what `kamerlint parse --format json`
  read of it: questions as an automatically numbered list, answers as
  paragraphs (wrapped PDF lines joined), real footnotes where the text has a
  definition, superscript digits where it has none (as a draft with lost
  footnotes looks), the reconstructed tables as w:tbl. No page furniture.
- xml/seed.xml: the same in the official publication XML.
- docx/seed-part.docx: questions 1-15 of the seed with real footnotes and
  the top-10 table of question 15 as a real table with a header row.
- {txt,docx,xml}/defects/*: one small list, clean and with one injected
  defect each, in all three formats (tests/formats.rs compares rule ids).
"""

import json
import os
import re
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "corpus", "36180-164-beleidsagenda-buitenlandse-handel.txt")
OUT = os.path.join(ROOT, "tests", "fixtures")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK = R + "/hyperlink"


def attr(s):
    return escape(s, {'"': "&quot;"})


# ---------------------------------------------------------------- Word ----


class Docx:
    """A Word document being written: body XML, footnotes and relationships."""

    def __init__(self):
        self.body = []
        self.footnotes = []  # (id, xml of runs)
        self.rels = []  # (id, type, target, external)
        self.note_rels = []
        self.next_note = 1
        self.auto = 0  # automatically numbered references so far

    def link_id(self, url, footnote=False):
        rels = self.note_rels if footnote else self.rels
        rid = "rIdL%d" % (len(rels) + 1)
        rels.append((rid, HYPERLINK, url, True))
        return rid

    @staticmethod
    def run(text, superscript=False):
        if not text:
            return ""
        props = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>' if superscript else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (props, escape(text))

    def runs(self, text, footnote=False):
        """Runs for text, URLs as hyperlinks."""
        out = []
        pos = 0
        for m in re.finditer(r"https?://[^\s<>]+[^\s<>.,;)]", text):
            out.append(self.run(text[pos : m.start()]))
            rid = self.link_id(m.group(0), footnote)
            out.append(
                '<w:hyperlink r:id="%s"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
                '<w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>' % (rid, escape(m.group(0)))
            )
            pos = m.end()
        out.append(self.run(text[pos:]))
        return "".join(out)

    def footnote(self, text, number=None, links=True):
        """A real footnote; returns the reference run. `number` prints a
        custom mark when Word's automatic number would differ."""
        fid = self.next_note
        self.next_note += 1
        content = self.runs(" " + text, footnote=True) if links else self.run(" " + text)
        if not text:
            content = ""
        self.footnotes.append((fid, content))
        ref = '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        if number is None or number == self.auto + 1:
            self.auto += 1
            return '<w:r>%s<w:footnoteReference w:id="%d"/></w:r>' % (ref, fid)
        return (
            '<w:r>%s<w:footnoteReference w:customMarkFollows="1" w:id="%d"/><w:t>%d</w:t></w:r>'
            % (ref, fid, number)
        )

    def para(self, runs, style=None, numbered=False, num_id=1):
        props = ""
        if style:
            props += '<w:pStyle w:val="%s"/>' % style
        if numbered:
            props += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num_id
        if props:
            props = "<w:pPr>%s</w:pPr>" % props
        self.body.append("<w:p>%s%s</w:p>" % (props, runs))

    def table(self, header, rows):
        """A table: header rows repeat on each page (w:tblHeader)."""
        cols = max(len(r) for r in header + rows)
        grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // cols) for _ in range(cols))
        out = [
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            "<w:tblGrid>%s</w:tblGrid>" % grid
        ]
        for i, row in enumerate(header + rows):
            tr = ["<w:tr>"]
            if i < len(header):
                tr.append("<w:trPr><w:tblHeader/></w:trPr>")
            for cell in row:
                tr.append("<w:tc><w:p>%s</w:p></w:tc>" % self.run(cell))
            tr.append("</w:tr>")
            out.append("".join(tr))
        out.append("</w:tbl>")
        self.body.append("".join(out))

    def save(self, path):
        ns = 'xmlns:w="%s" xmlns:r="%s"' % (W, R)
        document = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            "<w:document %s><w:body>%s"
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
            % (ns, "".join(self.body))
        )
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, content in self.footnotes:
            notes.append(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>'
                % (fid, content)
            )
        footnotes = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
            % (ns, "".join(notes))
        )
        rels = [
            ("rId1", R + "/styles", "styles.xml", False),
            ("rId2", R + "/numbering", "numbering.xml", False),
            ("rId3", R + "/footnotes", "footnotes.xml", False),
        ] + self.rels
        parts = [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", PACKAGE_RELS),
            ("docProps/core.xml", CORE),
            ("word/document.xml", document),
            ("word/styles.xml", STYLES),
            ("word/numbering.xml", NUMBERING),
            ("word/footnotes.xml", footnotes),
            ("word/_rels/document.xml.rels", relationships(rels)),
            ("word/_rels/footnotes.xml.rels", relationships(self.note_rels)),
        ]
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with zipfile.ZipFile(path, "w") as z:
            for name, text in parts:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, text.encode("utf-8"))
        print("wrote", os.path.relpath(path, ROOT))


def relationships(rels):
    items = "".join(
        '<Relationship Id="%s" Type="%s" Target="%s"%s/>'
        % (rid, typ, attr(target), ' TargetMode="External"' if ext else "")
        for rid, typ, target, ext in rels
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
        % items
    )


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Lijst van vragen en antwoorden</dc:title><dc:creator>kamerlint fixtures</dc:creator></cp:coreProperties>"""

# "Vraag" is a paragraph style with list numbering: the number comes from
# numbering.xml through the style, as in ministry templates.
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Vraag"><w:name w:val="Vraag"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:keepNext/></w:pPr><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>"""

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Vraag"/><w:lvlText w:val="%1"/><w:suff w:val="space"/><w:lvlJc w:val="left"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"""


# ------------------------------------------------------------ the seed ----


def seed_model():
    exe = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "debug", "kamerlint")
    out = subprocess.run(
        [exe, "parse", "--format", "json", SEED], check=True, capture_output=True, cwd=ROOT
    ).stdout
    return json.loads(out)


def line_spans(raw):
    """(start, end) byte offsets of every line, without its line break."""
    spans = []
    start = 0
    for line in raw.split(b"\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def join_lines(parts):
    """Wrapped PDF lines into one paragraph; a URL broken at a line end is joined."""
    text = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        last = text.rsplit(" ", 1)[-1] if text else ""
        if text and ("://" in last or "/" in last) and last.endswith(("/", "-", "?", "_", "=", "&")):
            text += p
        elif text:
            text += " " + p
        else:
            text = p
    return re.sub(r" {2,}", " ", text)


def seed_documents():
    model = seed_model()
    raw = open(SEED, "rb").read()
    lines = line_spans(raw)
    skip = [(f["span"]["start"], f["span"]["end"]) for f in model["furniture"]]
    skip += [(d["span"]["start"], d["span"]["end"]) for d in model["definitions"]]
    skip += [(r["span"]["start"], r["span"]["end"]) for e in model["entries"] for r in e["page_refs"]]
    defs = {}
    for d in model["definitions"]:
        body = raw[d["span"]["start"] : d["span"]["end"]].decode("utf-8")
        body = re.sub(r"^\s?\d+", "", body, count=1)
        defs.setdefault(d["number"], join_lines(body.split("\n")))
    markers = {m["span"]["start"]: m for m in model["markers"]}
    tables = [(t["span"]["start"], t["span"]["end"], t) for t in model["tables"]]

    def content(start, end):
        """Text of a line part with its markers as ('text'|'marker', value) pieces."""
        out = []
        pos = start
        for s in sorted(k for k in markers if start <= k < end):
            m = markers[s]
            out.append(("text", raw[pos:s].decode("utf-8")))
            out.append(("marker", m["number"]))
            pos = m["span"]["end"]
        out.append(("text", raw[pos:end].decode("utf-8")))
        return out

    def paragraphs(spans):
        """Line parts → paragraphs of pieces: a blank line, or a short line
        that ends a sentence, ends a paragraph; tables become ('table', t)."""
        paras, cur, prev_end, done_tables = [], [], None, set()
        for (s, e) in spans:
            table = next((t for t in tables if t[0] <= s < t[1]), None)
            if table:
                if cur:
                    paras.append(cur)
                    cur = []
                if table[0] not in done_tables:
                    done_tables.add(table[0])
                    paras.append([("table", table[2])])
                continue
            gap = prev_end is not None and raw[prev_end:s].count(b"\n") > 1
            if gap and cur:
                paras.append(cur)
                cur = []
            if cur:
                cur.append(("text", " "))
            cur.extend(content(s, e))
            text = raw[s:e].decode("utf-8").rstrip()
            if len(text) < 60 and text.endswith((".", ":", "?")):
                paras.append(cur)
                cur = []
            prev_end = e
        if cur:
            paras.append(cur)
        return paras

    def lines_in(start, end, number_end=None):
        out = []
        for (s, e) in lines:
            if e <= start or s >= end:
                continue
            s2, e2 = max(s, start), min(e, end)
            if number_end is not None and s2 < number_end <= e2:
                s2 = number_end
            # Furniture and definitions are left out; a page reference
            # glued to the end of a question line is cut off.
            lead = len(raw[s2:e2]) - len(raw[s2:e2].lstrip())
            drop = False
            for k in skip:
                if overlaps((s2, e2), k):
                    if k[0] <= s2 + lead:
                        drop = True
                    else:
                        e2 = min(e2, k[0])
            if drop:
                continue
            if raw[s2:e2].strip():
                out.append((s2, e2))
        return out

    front_end = model["entries"][0]["span"]["start"]
    front = [p for p in lines_in(0, front_end)]
    entries = []
    for e in model["entries"]:
        q_start = e["question"]["span"]["start"] if e["question"] else e["number_span"]["end"]
        a_start = e["answer"]["span"]["start"] if e["answer"] else e["span"]["end"]
        question = lines_in(e["number_span"]["end"], a_start)
        answer = lines_in(a_start, e["span"]["end"])
        entries.append((e["numbers"][0], question, answer))
    return model, raw, defs, front, entries, paragraphs, content


def pieces_to_runs(doc, pieces, defs, state):
    """Runs for pieces: markers with a definition become real footnotes,
    the others superscript digits (a marker whose footnote was lost)."""
    out = []
    for kind, value in pieces:
        if kind == "text":
            out.append(doc.run(value))
        elif value in defs and value not in state["used"]:
            state["used"].add(value)
            out.append(doc.footnote(defs[value], number=value, links=False))
        else:
            out.append(doc.run(str(value), superscript=True))
    return "".join(out)


def squeeze(pieces):
    """Collapse runs of spaces inside text pieces (PDF line ends)."""
    out = []
    for kind, value in pieces:
        if kind == "text":
            value = re.sub(r"\s+", " ", value)
        out.append((kind, value))
    while out and out[0][0] == "text" and not out[0][1].strip():
        out.pop(0)
    if out and out[0][0] == "text":
        out[0] = ("text", out[0][1].lstrip())
    if out and out[-1][0] == "text":
        out[-1] = ("text", out[-1][1].rstrip())
    return out


def make_seed_docx(path, upto=None, real_table=False):
    model, raw, defs, front, entries, paragraphs, content = seed_documents()
    doc = Docx()
    state = {"used": set()}
    for (s, e) in front:
        doc.para(doc.run(raw[s:e].decode("utf-8").strip()))
    for number, question, answer in entries:
        if upto and number > upto:
            break
        qp = []
        for i, (s, e) in enumerate(question):
            if i:
                qp.append(("text", " "))
            qp.extend(content(s, e))
        doc.para(pieces_to_runs(doc, squeeze(qp), defs, state), style="Vraag")
        for para in paragraphs(answer):
            if para and para[0][0] == "table":
                t = para[0][1]
                if t.get("caption"):
                    doc.para(doc.run(t["caption"]))
                header = [[""] + h for h in t["header"]]
                rows = [[r.get("label") or ""] + r["cells"] for r in t["rows"]]
                doc.table(header, rows)
                continue
            doc.para(pieces_to_runs(doc, squeeze(para), defs, state))
    doc.save(path)


# ------------------------------------------------------------- the XML ----


def xml_pieces(pieces, defs, state):
    out = []
    for kind, value in pieces:
        if kind == "text":
            out.append(escape(value))
        elif value in defs and value not in state["used"]:
            state["used"].add(value)
            state["n"] += 1
            text = defs[value]
            out.append(
                '<noot id="ID-%d" type="voet"><noot.nr>%d</noot.nr><noot.al>%s</noot.al></noot>'
                % (state["n"], value, xml_inline(text))
            )
        else:
            # A marker whose footnote was lost: the number in superscript.
            out.append("<sup>%d</sup>" % value)
    return "".join(out)


def xml_inline(text):
    out, pos = [], 0
    for m in re.finditer(r"https?://[^\s<>]+[^\s<>.,;)]", text):
        out.append(escape(text[pos : m.start()]))
        out.append('<extref soort="URL" doc="%s">%s</extref>' % (attr(m.group(0)), escape(m.group(0))))
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def official(dossiernr, ondernummer, dossier_title, title, body):
    return """<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<metadata><meta name="DC.type" content="Kamerstuk"/></metadata>
<kamerstuk>
<kamerstukkop><tekstregel inhoud="kamer">Tweede Kamer der Staten-Generaal</tekstregel><tekstregel inhoud="vergaderjaar">Vergaderjaar 2025-2026</tekstregel></kamerstukkop>
<dossier><dossiernummer><dossiernr>%s</dossiernr></dossiernummer><titel>%s</titel></dossier>
<stuk><stuknr>Nr. <ondernummer>%s</ondernummer></stuknr><titel>%s</titel>
<algemeen><vrije-tekst><tekst>
%s
</tekst></vrije-tekst></algemeen>
</stuk>
</kamerstuk>
</officiele-publicatie>
""" % (escape(dossiernr), escape(dossier_title), escape(ondernummer), escape(title), body)


def make_seed_xml(path):
    model, raw, defs, front, entries, paragraphs, content = seed_documents()
    state = {"used": set(), "n": 0}
    body = []
    for (s, e) in front:
        body.append("<al>%s</al>" % escape(raw[s:e].decode("utf-8").strip()))
    for number, question, answer in entries:
        qp = [("text", "%d " % number)]
        for i, (s, e) in enumerate(question):
            if i:
                qp.append(("text", " "))
            qp.extend(content(s, e))
        body.append("<al>%s</al>" % xml_pieces(squeeze(qp), defs, state))
        for para in paragraphs(answer):
            if para and para[0][0] == "table":
                t = para[0][1]
                cols = 1 + max(len(r["cells"]) for r in t["rows"])
                spec = "".join('<colspec colname="col%d"/>' % (i + 1) for i in range(cols))
                rows = []
                for h in t["header"]:
                    rows.append(
                        "<thead><row><entry/>%s</row></thead>"
                        % "".join("<entry><al>%s</al></entry>" % escape(c) for c in h)
                    )
                trs = "".join(
                    "<row><entry><al>%s</al></entry>%s</row>"
                    % (escape(r.get("label") or ""), "".join("<entry><al>%s</al></entry>" % escape(c) for c in r["cells"]))
                    for r in t["rows"]
                )
                title = "<title>%s</title>" % escape(t["caption"]) if t.get("caption") else ""
                body.append(
                    '<table>%s<tgroup cols="%d">%s%s<tbody>%s</tbody></tgroup></table>'
                    % (title, cols, spec, "".join(rows), trs)
                )
                continue
            body.append("<al>%s</al>" % xml_pieces(squeeze(para), defs, state))
    text = official(
        "36 180",
        "164",
        "Beleidsagenda Buitenlandse Handel",
        "LIJST VAN VRAGEN EN ANTWOORDEN",
        "\n".join(body),
    )
    write(path, text)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", os.path.relpath(path, ROOT))


# ----------------------------------------------------- injected defects ----

# One small list. In the strings, [n] is a footnote reference to footnote
# key n, " [n]" (with a space) a detached one. FOOTNOTES maps a key to its
# text; a key without text (None) is a reference whose footnote is missing.
BASE = {
    "numbers": [1, 2, 3, 4, 5],
    "entries": [
        (
            "Kan worden aangegeven of er goud uit Sudan naar Nederland wordt geïmporteerd?",
            ["In 2024 importeerde Nederland geen goud uit Soedan.[a] Dit betreft goederenstromen die de grens over komen."],
        ),
        (
            "Hoeveel handelsverdragen bestaan er tussen Nederland en Israël?",
            [
                "Er is één bilateraal verdrag over douanezaken (Trb. 1996, 155).[b]",
                "Een overzicht staat in de Verdragenbank.[c] Zie ook het antwoord op vraag 1.",
            ],
        ),
        (
            "Welke rol speelt de financiële sector in de handel?",
            ["De financiële sector speelt een centrale rol, zie het antwoord op vraag 2."],
        ),
        (
            "Welke landen zijn onze belangrijkste handelspartners?",
            ["Duitsland, België en de Verenigde Staten."],
        ),
        (
            "Hoeveel banen hangen samen met de export?",
            ["Ongeveer een derde van de werkgelegenheid."],
        ),
    ],
    "footnotes": {
        "a": "UN Comtrade. HS code 7108.",
        "b": "Kamerstuk 21501-02, nr. 3221.",
        "c": "https://verdragenbank.overheid.nl/",
    },
}

# name → (change, rule ids expected in every format)
DEFECTS = {
    "clean": (lambda d: d, []),
    "unknown-question": (
        lambda d: sub(d, 2, 1, "Zie ook het antwoord op vraag 1.", "Zie ook het antwoord op vraag 9."),
        ["xref/missing-target"],
    ),
    "duplicate-number": (lambda d: dict(d, numbers=[1, 2, 3, 4, 4]), ["structure/duplicate-number"]),
    "missing-number": (lambda d: dict(d, numbers=[1, 2, 3, 4, 6]), ["structure/missing-number"]),
    "empty-answer": (lambda d: entry(d, 2, answer=[]), ["structure/empty-answer"]),
    "undefined-footnote": (lambda d: note(d, "b", None), ["footnote/undefined"]),
    "empty-footnote": (lambda d: note(d, "c", ""), ["footnote/empty-definition"]),
    "detached-marker": (
        lambda d: sub(d, 1, 0, "Soedan.[a]", "Soedan. [a]"),
        ["footnote/detached-marker"],
    ),
    "malformed-url": (
        lambda d: note(d, "c", "htps://verdragenbank.overheid.nl/"),
        ["footnote/malformed-url"],
    ),
    "duplicate-url": (
        lambda d: note(d, "c", "https://verdragenbank.overheid.nl/ https://verdragenbank.overheid.nl/"),
        ["footnote/duplicate-url"],
    ),
    "missing-footnote-reference": (
        lambda d: sub(d, 2, 1, "Zie ook het antwoord op vraag 1.", "Zie ook voetnoot 7."),
        ["xref/missing-footnote"],
    ),
}


def sub(d, number, para, old, new):
    entries = [(q, list(a)) for q, a in d["entries"]]
    q, a = entries[number - 1]
    assert old in a[para], (old, a[para])
    a[para] = a[para].replace(old, new)
    return dict(d, entries=entries)


def entry(d, number, answer):
    entries = list(d["entries"])
    entries[number - 1] = (entries[number - 1][0], answer)
    return dict(d, entries=entries)


def note(d, key, text):
    return dict(d, footnotes=dict(d["footnotes"], **{key: text}))


def split_refs(s):
    """'a.[x] b' → [('text', 'a.'), ('ref', 'x'), ('text', ' b')]."""
    out, pos = [], 0
    for m in re.finditer(r"\[(\w)\]", s):
        out.append(("text", s[pos : m.start()]))
        out.append(("ref", m.group(1)))
        pos = m.end()
    out.append(("text", s[pos:]))
    return out


def numbering(d):
    """Footnote key → printed number, in order of first reference."""
    order = {}
    for q, answer in d["entries"]:
        for para in [q] + answer:
            for kind, v in split_refs(para):
                if kind == "ref" and v not in order:
                    order[v] = len(order) + 1
    return order


def defect_text(d):
    nums = numbering(d)
    out = ["Lijst van vragen en antwoorden", ""]
    for n, (q, answer) in zip(d["numbers"], d["entries"]):
        used = []
        lines = ["%d %s" % (n, q)] + answer
        for line in lines:
            text = ""
            for kind, v in split_refs(line):
                if kind == "text":
                    text += v
                else:
                    text += str(nums[v])
                    used.append(v)
            out.append(text)
        defs = [v for v in used if d["footnotes"].get(v) is not None]
        if defs:
            out.append("")
            for v in defs:
                out.append(("%d %s" % (nums[v], d["footnotes"][v])).rstrip())
        out.append("")
    return "\n".join(out)


def defect_docx(d, path):
    nums = numbering(d)
    doc = Docx()
    doc.para(doc.run("Lijst van vragen en antwoorden"))
    auto = d["numbers"] == list(range(1, len(d["numbers"]) + 1))
    for n, (q, answer) in zip(d["numbers"], d["entries"]):
        for i, line in enumerate([q] + answer):
            runs = [] if auto or i else [doc.run("%d " % n)]
            for kind, v in split_refs(line):
                if kind == "text":
                    runs.append(doc.runs(v))
                elif d["footnotes"].get(v) is None:
                    runs.append(doc.run(str(nums[v]), superscript=True))
                else:
                    runs.append(doc.footnote(d["footnotes"][v], number=nums[v]))
            doc.para("".join(runs), style="Vraag" if (i == 0 and auto) else None)
    doc.save(path)


def defect_xml(d, path):
    nums = numbering(d)
    body = ["<al>Lijst van vragen en antwoorden</al>"]
    ids = {}
    for n, (q, answer) in zip(d["numbers"], d["entries"]):
        for i, line in enumerate([q] + answer):
            text = "%d " % n if i == 0 else ""
            for kind, v in split_refs(line):
                if kind == "text":
                    text += escape(v)
                elif d["footnotes"].get(v) is None:
                    # A marker whose footnote is missing: the number in superscript.
                    text += "<sup>%d</sup>" % nums[v]
                elif v in ids:
                    text += '<nootref refid="%s"/>' % ids[v]
                else:
                    ids[v] = "ID-%s" % v
                    text += '<noot id="%s" type="voet"><noot.nr>%d</noot.nr><noot.al>%s</noot.al></noot>' % (
                        ids[v],
                        nums[v],
                        xml_inline(d["footnotes"][v]),
                    )
            body.append("<al>%s</al>" % text)
    write(path, official("36 180", "999", "Voorbeeld", "LIJST VAN VRAGEN EN ANTWOORDEN", "\n".join(body)))


def main():
    make_seed_docx(os.path.join(OUT, "docx", "seed.docx"))
    make_seed_docx(os.path.join(OUT, "docx", "seed-part.docx"), upto=15)
    make_seed_xml(os.path.join(OUT, "xml", "seed.xml"))
    expected = {}
    for name, (change, rules) in DEFECTS.items():
        d = change(BASE)
        write(os.path.join(OUT, "txt", "defects", name + ".txt"), defect_text(d))
        defect_docx(d, os.path.join(OUT, "docx", "defects", name + ".docx"))
        defect_xml(d, os.path.join(OUT, "xml", "defects", name + ".xml"))
        expected[name] = rules
    write(os.path.join(OUT, "txt", "defects", "expected.json"), json.dumps(expected, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    sys.exit(main())
