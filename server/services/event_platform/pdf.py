"""A one-page PDF of text lines, for tickets and invoices (``application/pdf``).

Hand-written because no PDF library is installed and none is a dependency of the project;
a page of Helvetica text needs only the five objects of PDF 1.7 section 7.5 (catalog,
pages, page, font, content stream) and a cross-reference table, which is all this writes.
"""

from __future__ import annotations

from collections.abc import Sequence

#: A4 in points, and the layout of the text lines.
PAGE_WIDTH, PAGE_HEIGHT = 595, 842
LEFT, TOP, LEADING = 56, 780, 18


def _escape(text: str) -> str:
    # PDF literal strings: backslash and parentheses are escaped; WinAnsi covers Latin-1,
    # so anything beyond it is replaced rather than written as broken bytes.
    latin = text.encode("latin-1", "replace").decode("latin-1")
    return latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def render_pdf(title: str, lines: Sequence[str]) -> bytes:
    """A valid single-page PDF showing ``title`` in bold and ``lines`` below it."""
    commands = ["BT", f"/F2 18 Tf {LEFT} {TOP} Td ({_escape(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        commands.append(f"0 -{LEADING} Td ({_escape(line)}) Tj")
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
