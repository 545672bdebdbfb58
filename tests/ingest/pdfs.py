"""Real PDF files for tests, written with fpdf2."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF


def write_pdf(path: Path, pages: list[list[tuple[str, str]]], title: str = "", password: str | None = None) -> Path:
    """Each page is a list of (kind, text) with kind 'h' for a heading and 'p' for a wrapped paragraph."""
    pdf = FPDF()
    pdf.set_auto_page_break(auto=False)
    if title:
        pdf.set_title(title)
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    for blocks in pages:
        pdf.add_page()
        for kind, text in blocks:
            if kind == "h":
                pdf.set_font("Helvetica", "B", 15)
                pdf.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", "", 11)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    pdf.output(str(path))
    return path
