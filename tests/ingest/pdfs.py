"""Real PDF files for tests, written with fpdf2."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF


class _Paper(FPDF):
    """A PDF with an optional running head and foot ("{page}" and "{pages}" become the numbers)."""

    running_head = ""
    running_foot = ""

    def header(self) -> None:
        if self.running_head:
            self.set_font("Helvetica", "", 9)
            self.cell(0, 6, self.running_head, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self) -> None:
        if self.running_foot:
            self.set_y(-15)
            self.set_font("Helvetica", "", 9)
            self.cell(0, 6, self.running_foot.format(page=self.page_no(), pages="{nb}"), align="C")


def write_pdf(path: Path, pages: list[list[tuple[str, str]]], title: str = "", password: str | None = None,
              head: str = "", foot: str = "") -> Path:
    """Each page is a list of (kind, text): 'h' a heading, 'p' a wrapped paragraph, 't' a table row whose
    cells are separated by "|". `head` and `foot` run on every page."""
    pdf = _Paper()
    pdf.running_head, pdf.running_foot = head, foot
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
            elif kind == "t":
                pdf.set_font("Helvetica", "", 11)
                for cell in text.split("|"):
                    pdf.cell(60, 7, cell.strip(), border=1)
                pdf.ln(7)
                continue
            else:
                pdf.set_font("Helvetica", "", 11)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    pdf.output(str(path))
    return path
