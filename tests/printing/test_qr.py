"""The page code's QR encoder (grantdesk/printing/qr.py) scores masks as reportlab does, so
the code printed is module for module reportlab's own, and a reader reads it back."""

from __future__ import annotations

import random

import pytest
from reportlab.graphics.barcode import qrencoder

from grantdesk.printing.qr import penalty, qr_modules


def _texts():
    rnd = random.Random(20)
    alphabet = "GD1|0123456789abcdef/ ӘәҚқҢңӨөҰұҮүІі fr24 Lorem"
    texts = ["GD1|0123456789abcdef|1|fr24|3/11|0123456789ab", "1", "A" * 300]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 160))) for _ in range(60)]
    return texts


@pytest.mark.parametrize("text", _texts())
def test_every_mask_scores_as_reportlab_scores_it(text):
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.version = qr.calculate_version()
    for mask in range(8):
        qr.makeImpl(True, mask)
        assert penalty(qr.modules) == qrencoder.QRUtil.getLostPoint(qr), mask


@pytest.mark.parametrize("text", _texts()[:20])
def test_the_code_is_reportlabs_module_for_module(text):
    ref = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    ref.addData(text)
    ref.make()
    assert qr_modules(text) == [[bool(m) for m in row] for row in ref.modules]


def test_the_png_reads_back():
    from io import BytesIO

    import zxingcpp
    from PIL import Image

    from grantdesk.printing.pagecode import qr_png

    text = "GD1|0123456789abcdef|7|fr24|0123456789ab"
    image = Image.open(BytesIO(qr_png(text))).convert("L")
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [text]
