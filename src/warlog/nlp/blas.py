"""The pipeline's matrix products through numpy's BLAS, held to one thread.

spaCy's layers multiply matrices with ``Ops.gemm``; thinc's ``NumpyOps`` hands that to
BLIS (the ``blis`` package), which picks its kernels by CPU at start-up and falls back to
its generic, unvectorised kernel on a CPU it does not know: on the AMD EPYC (Zen 4)
machines warlog runs on, ``BLIS_ARCH_DEBUG=1`` shows ``selecting sub-configuration
'generic'``, and a product of the token encoder's size takes three times as long as
numpy's OpenBLAS on one thread. :func:`use_numpy_gemm` gives every layer of the loaded
pipeline ``NumpyOps(use_blis=False)``, thinc's own switch to numpy's ``dot`` (every other
operation stays NumpyOps' own), once numpy's OpenBLAS has been held to one thread: left
to itself OpenBLAS starts a thread per core, and on a shared machine its waiting threads
burn more CPU than the product saves. Where that cannot be done (numpy built on another
BLAS, or the library not found) the pipeline keeps BLIS.

The weights and the arithmetic are the same; only the order of the sums inside a product
may differ, by a few units in the last place of a float32. ``warlog extract`` writes the
same bytes either way on the seed, the dev articles, FA-KES and the incidents.
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
            "openblas_set_num_threads64_", "openblas_set_num_threads")
_GETTERS = ("scipy_openblas_get_num_threads64_", "scipy_openblas_get_num_threads",
            "openblas_get_num_threads64_", "openblas_get_num_threads")

_state: dict[str, bool] = {}


def _numpy_openblas() -> list[Path]:
    """The OpenBLAS libraries numpy's wheel carries (``numpy.libs`` on Linux, ``.dylibs``
    on macOS)."""
    import numpy

    here = Path(numpy.__file__).parent
    found: list[Path] = []
    for folder in (here.parent / "numpy.libs", here / ".dylibs"):
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir() if "openblas" in p.name.lower())
    return found


def single_threaded_openblas() -> bool:
    """Hold numpy's OpenBLAS to one thread (once per process); True when it now runs one."""
    if "one_thread" in _state:
        return _state["one_thread"]
    import numpy

    numpy.ones(1)  # numpy, and with it its BLAS, loaded before the library is opened
    ok = False
    for path in _numpy_openblas():
        try:
            lib: Any = ctypes.CDLL(str(path))
        except OSError:
            continue
        setter = next((getattr(lib, n) for n in _SETTERS if hasattr(lib, n)), None)
        getter = next((getattr(lib, n) for n in _GETTERS if hasattr(lib, n)), None)
        if setter is None or getter is None:
            continue
        setter.argtypes, getter.restype = [ctypes.c_int], ctypes.c_int
        setter(1)
        ok = getter() == 1
        if ok:
            break
    _state["one_thread"] = ok
    return ok


def use_numpy_gemm(nlp: Language) -> bool:
    """Give every trained component of ``nlp`` (disabled ones too) thinc's NumpyOps
    without BLIS (see the module docstring); True when done, False (nothing changed)
    where numpy's BLAS could not be held to one thread or a model runs on other ops."""
    from thinc.api import NumpyOps

    models = [m for _, proc in nlp.components if (m := getattr(proc, "model", None)) is not None
              and hasattr(m, "walk")]
    if not models or any(type(node.ops) is not NumpyOps for m in models for node in m.walk()):
        return False
    if not single_threaded_openblas():
        return False
    ops = NumpyOps(use_blis=False)
    for m in models:
        for node in m.walk():
            node.ops = ops
    return True
