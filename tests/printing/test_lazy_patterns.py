"""reportlab's two wide patterns compiled when first used (grantdesk/printing/lazy_patterns.py):
the same matches as compiled at import, re.compile itself left as it was, the finder gone."""

from __future__ import annotations

import subprocess
import sys


def test_the_wide_patterns_wait_and_then_match_as_compiled():
    code = """
import re, sys
real_compile = re.compile
import grantdesk.printing
import reportlab.platypus
import reportlab.platypus.paragraph as paragraph, reportlab.lib.textsplit as textsplit
from grantdesk.printing.lazy_patterns import LazyPattern
lazy = [type(paragraph.uri_pat) is LazyPattern, type(textsplit.rx) is LazyPattern]
finders = [f for f in sys.meta_path if type(f).__module__ == "grantdesk.printing.lazy_patterns"]
eager = real_compile(paragraph.uri_pat.pattern, paragraph.uri_pat.flags)
urls = ["https://example.com/a/b?c=d", "HTTP://WWW.EXAMPLE.KZ/path/", "ftp://10.0.0.1:2121/x", "no url here"]
same = [bool(paragraph.uri_pat.match(u)) == bool(eager.match(u)) for u in urls]
print(lazy, re.compile is real_compile, len(finders), same, textsplit.rx.sub(r"\\1 ", "漢字"),
      paragraph._uri_split_pairs("https://example.com/a/b")[0])
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ("[True, True] True 0 [True, True, True, True] 漢 字  ('https://example.com/a/', 'b')")
