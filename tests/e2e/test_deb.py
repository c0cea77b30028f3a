"""The Debian package (issue 13): `cpack -G DEB` makes one .deb holding the program, libgalley,
its headers, the CMake and pkg-config files and the data, with its dependencies declared; unpacked
into a fresh folder (dpkg -x), the program converts the sample with the styles and fonts it
brought, found relative to where it was unpacked.
Usage: test_deb.py BUILD_DIR SAMPLE"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile

from e2e import check, finish

build, sample = sys.argv[1:3]
tmp = tempfile.mkdtemp(prefix="galley-deb-")
env = {k: v for k, v in os.environ.items() if k != "GALLEY_DATA_DIR"}
env.setdefault("SOURCE_DATE_EPOCH", "1700000000")


def run(cmd, what, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900, **kw)
    check(p.returncode == 0, f"{what}: exit {p.returncode}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    return p


run(["cpack", "-G", "DEB", "--config", os.path.join(build, "CPackConfig.cmake"), "-B", os.path.join(tmp, "pkg")],
    "cpack -G DEB", cwd=build)
debs = glob.glob(os.path.join(tmp, "pkg", "*.deb"))
if not check(len(debs) == 1, f"one .deb made: {debs}"):
    finish()
deb = debs[0]

fields = run(["dpkg-deb", "--field", deb, "Package", "Architecture", "Depends"], "dpkg-deb --field").stdout
depends = fields.split("Depends:", 1)[-1]
check("Package: galley" in fields, f"package name: {fields}")
for lib in ["libc6", "libstdc++6", "libpodofo", "libharfbuzz", "libicu", "libzip", "libfreetype", "libfontconfig"]:
    check(lib in depends, f"Depends names {lib}: {depends.strip()}")

# Its dependencies are satisfiable here: apt would install it (simulated, nothing changes).
if shutil.which("apt-get"):
    p = run(["apt-get", "install", "--simulate", os.path.abspath(deb)], "apt-get install --simulate")
    check("Conf galley" in p.stdout, f"apt would configure galley: {p.stdout[-1000:]}")

listing = run(["dpkg-deb", "--contents", deb], "dpkg-deb --contents").stdout
for path in ["./usr/bin/galley", "./usr/include/galley/galley.hpp", "./usr/share/galley/styles/classic.toml",
             "./usr/share/galley/fonts/NotoSerif-Regular.ttf", "/galley.pc", "/galleyConfig.cmake", "/libgalley.so"]:
    check(path in listing, f"the package holds {path}")

# Unpacked anywhere, the program uses the data it brought (a style only the package has).
root = os.path.join(tmp, "root")
run(["dpkg", "-x", deb, root], "dpkg -x")
styles = os.path.join(root, "usr", "share", "galley", "styles")
shutil.copy(os.path.join(styles, "classic.toml"), os.path.join(styles, "deb-only.toml"))
epub, pdf = os.path.join(tmp, "sample.epub"), os.path.join(tmp, "sample.pdf")
run([os.path.join(root, "usr", "bin", "galley"), "convert", sample, "--style", "deb-only", "-o", epub, "-o", pdf],
    "the unpacked galley converts the sample")
run(["qpdf", "--check", pdf], "qpdf --check on the unpacked galley's PDF")
p = subprocess.run(["pdffonts", pdf], capture_output=True, text=True)
check("Noto" in p.stdout, f"the PDF embeds the packaged Noto fonts: {p.stdout}")

shutil.rmtree(tmp, ignore_errors=True)
finish()
