"""Same input and SOURCE_DATE_EPOCH → byte-identical EPUB and PDF; another epoch changes them."""
import filecmp
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from e2e import *  # noqa: E402,F403

d = tmpdir()
for article in sys.argv[1:]:
    outs = []
    for run, epoch in enumerate(["1700000000", "1700000000", "1600000000"]):
        e, p = os.path.join(d, f"{run}.epub"), os.path.join(d, f"{run}.pdf")
        r = run_galley("convert", article, "-o", e, "-o", p, env={"SOURCE_DATE_EPOCH": epoch})
        check(r.returncode == 0, f"{article}: exit {r.returncode} {r.stderr}")
        outs.append((e, p))
    for k in range(2):
        check(filecmp.cmp(outs[0][k], outs[1][k], shallow=False), f"{article}: run 1 and 2 identical ({outs[0][k]})")
        check(not filecmp.cmp(outs[0][k], outs[2][k], shallow=False), f"{article}: the epoch reaches the output ({outs[0][k]})")
finish()
