"""PDF documents for tests, laid out by WeasyPrint from HTML: plans and
criteria appendices as offices print them, for the readers to read back. The
product draws its own PDFs (reports/exports/pdf_draw.py) and does not import
WeasyPrint."""


def html_to_pdf(html: str) -> bytes:
    """`html` printed to PDF by WeasyPrint.

    Importing weasyprint sets Pillow's global LOAD_TRUNCATED_IMAGES to True,
    which would let reports.photos accept truncated uploads later in the same
    test process; the flag is put back as it was."""
    from PIL import ImageFile

    before = ImageFile.LOAD_TRUNCATED_IMAGES
    from weasyprint import HTML

    ImageFile.LOAD_TRUNCATED_IMAGES = before
    return HTML(string=html).write_pdf()
