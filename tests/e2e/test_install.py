"""Installable (issue 13): `cmake --install` into a temporary prefix gives the program, libgalley,
its public headers, a CMake package and a pkg-config file, with the data under share/galley;
examples/convert_string.cpp builds against that tree through find_package(galley) and through
pkg-config, and converts an in-memory article to EPUB and PDF bytes; examples/make_book.cpp makes
the samples' book through a BookJob, byte-identical to the installed `galley book`.
Usage: test_install.py BUILD_DIR SOURCE_DIR SAMPLE"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from e2e import check, finish

build, source, sample = sys.argv[1:4]
tmp = tempfile.mkdtemp(prefix="galley-install-")
prefix = os.path.join(tmp, "prefix")
env = {k: v for k, v in os.environ.items() if k != "GALLEY_DATA_DIR"}
env.setdefault("SOURCE_DATE_EPOCH", "1700000000")
extra_flags = os.environ.get("GALLEY_EXAMPLE_CXXFLAGS", "").split()  # a sanitized build's


def run(cmd, what, **kw):
    """Runs cmd; a failure is a failed check showing its output."""
    p = subprocess.run(cmd, capture_output=True, text=True, env=kw.pop("env", env), timeout=600, **kw)
    check(p.returncode == 0, f"{what}: exit {p.returncode}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    return p


def check_example_outputs(folder, stdout, what):
    """The example's river.epub (OCF zip, typed metadata) and river.pdf (qpdf --check)."""
    epub, pdf = os.path.join(folder, "river.epub"), os.path.join(folder, "river.pdf")
    if not check(os.path.exists(epub) and os.path.exists(pdf), f"{what}: both outputs written"):
        return
    with zipfile.ZipFile(epub) as z:
        first = z.infolist()[0]
        check(first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
              and z.read("mimetype") == b"application/epub+zip", f"{what}: EPUB starts with a stored mimetype")
        check(z.testzip() is None, f"{what}: EPUB zip is sound")
        opf = z.read("EPUB/package.opf").decode()
    check(">Bernd Müller</dc:creator>" in opf and "<dc:subject>rivers, English</dc:subject>" in opf,
          f"{what}: typed authors and keywords in the OPF")
    run(["qpdf", "--check", pdf], f"{what}: qpdf --check river.pdf")
    text = run(["pdftotext", pdf, "-"], f"{what}: pdftotext").stdout
    check("River" in text and "herons" in text, f"{what}: the PDF gives its text back")
    # The library found its data in the prefix it was installed in, not in the source tree.
    m = re.search(r"data from (.*)$", stdout, re.M)
    share = os.path.realpath(os.path.join(prefix, "share", "galley"))
    check(m is not None and os.path.realpath(m.group(1)) == share,
          f"{what}: libgalley's data folder is {share}: {stdout!r}")


# 1. The installed tree.
run(["cmake", "--install", build, "--prefix", prefix], "cmake --install")
libdirs = [d for d in ("lib", "lib64", "lib/x86_64-linux-gnu") if glob.glob(os.path.join(prefix, d, "libgalley.so*"))]
check(len(libdirs) == 1, f"libgalley.so installed once: {libdirs}")
libdir = os.path.join(prefix, libdirs[0] if libdirs else "lib")
for rel in ["bin/galley", "include/galley/galley.hpp", "include/galley/Job.hpp", "include/galley/Result.hpp",
            "include/galley/Error.hpp", "include/galley/Diagnostic.hpp", "include/galley/Book.hpp", "share/galley/styles/classic.toml",
            "share/galley/fonts/NotoSerif-Regular.ttf", "share/galley/fonts/OFL.txt"]:
    check(os.path.exists(os.path.join(prefix, rel)), f"installed {rel}")
for rel in ["cmake/galley/galleyConfig.cmake", "cmake/galley/galleyConfigVersion.cmake",
            "cmake/galley/galleyTargets.cmake", "pkgconfig/galley.pc", "libgalley.so"]:
    check(os.path.exists(os.path.join(libdir, rel)), f"installed {libdir}/{rel}")

# 2. The public headers include only each other and the standard library.
for header in glob.glob(os.path.join(prefix, "include", "galley", "*.hpp")):
    for inc in re.findall(r'^#include\s+(\S+)', open(header, encoding="utf-8").read(), re.M):
        check(re.fullmatch(r'<[a-z_]+>|"galley/[A-Za-z]+\.hpp"', inc) is not None,
              f"{os.path.basename(header)} includes only public or standard headers: {inc}")

# 3. libgalley.so exports galley::api and nothing of the libraries inside it.
syms = run(["nm", "-DC", "--defined-only", os.path.join(libdir, "libgalley.so")], "nm -D").stdout.splitlines()
names = [line.split(" ", 2)[2] for line in syms if line.count(" ") >= 2]
check(any(n.startswith("galley::api::convert(") for n in names), "libgalley.so exports galley::api::convert")
leaked = [n for n in names if not n.startswith("galley::api::") or re.search(r"galley::(?!api::)", n)]
check(not leaked, f"libgalley.so exports only galley::api, with no internal type: {leaked[:10]}")

# 4. The installed program finds its styles and fonts in the prefix (a style only there).
shutil.copy(os.path.join(prefix, "share/galley/styles/classic.toml"),
            os.path.join(prefix, "share/galley/styles/prefix-only.toml"))
out = os.path.join(tmp, "cli")
os.makedirs(out)
run([os.path.join(prefix, "bin", "galley"), "convert", sample, "--style", "prefix-only",
     "-o", os.path.join(out, "a.epub"), "-o", os.path.join(out, "a.pdf"), "-q"],
    "installed galley with a style of the prefix")
run(["qpdf", "--check", os.path.join(out, "a.pdf")], "installed galley: qpdf --check")

# 5. The example through find_package(galley).
example_build = os.path.join(tmp, "example-cmake")
run(["cmake", "-S", os.path.join(source, "examples"), "-B", example_build, f"-DCMAKE_PREFIX_PATH={prefix}",
     "-DCMAKE_BUILD_TYPE=Release", f"-DCMAKE_CXX_FLAGS={' '.join(extra_flags)}"], "configure examples/ with find_package(galley)")
run(["cmake", "--build", example_build], "build examples/")
out = os.path.join(tmp, "out-cmake")
os.makedirs(out)
p = run([os.path.join(example_build, "convert_string"), out], "run convert_string (CMake)")
check_example_outputs(out, p.stdout, "find_package")

# 5b. A book through the library (examples/make_book.cpp, a BookJob): the same bytes as the
# installed `galley book` gives for the same manifest.
manifest = os.path.join(source, "samples", "book.toml")
out = os.path.join(tmp, "book-lib")
os.makedirs(out)
p = run([os.path.join(example_build, "make_book"), manifest, out], "run make_book (CMake)")
check("5 articles" in p.stdout, f"make_book reports the book's articles: {p.stdout!r}")
cli = os.path.join(tmp, "book-cli")
os.makedirs(cli)
run([os.path.join(prefix, "bin", "galley"), "book", manifest, "-o", os.path.join(cli, "book.epub"),
     "-o", os.path.join(cli, "book.pdf"), "-q"], "installed galley book")
for name in ("book.epub", "book.pdf"):
    a, b = os.path.join(out, name), os.path.join(cli, name)
    check(os.path.exists(a) and os.path.exists(b) and open(a, "rb").read() == open(b, "rb").read(),
          f"make_book's {name} is byte-identical to galley book's")

# 6. The same example through pkg-config.
pc_env = dict(env, PKG_CONFIG_PATH=os.path.join(libdir, "pkgconfig"))
flags = run(["pkg-config", "--cflags", "--libs", "galley"], "pkg-config galley", env=pc_env).stdout.split()
check(f"-I{os.path.realpath(os.path.join(prefix, 'include'))}" in [f if not f.startswith("-I") else "-I" + os.path.realpath(f[2:]) for f in flags],
      f"pkg-config --cflags names the prefix's include folder: {flags}")
exe = os.path.join(tmp, "convert_string_pc")
run([os.environ.get("CXX", "c++"), "-std=c++17", os.path.join(source, "examples", "convert_string.cpp"),
     "-o", exe, *extra_flags, *flags, f"-Wl,-rpath,{libdir}"], "build convert_string with pkg-config", env=pc_env)
out = os.path.join(tmp, "out-pc")
os.makedirs(out)
p = run([exe, out], "run convert_string (pkg-config)")
check_example_outputs(out, p.stdout, "pkg-config")

shutil.rmtree(tmp, ignore_errors=True)
finish()
