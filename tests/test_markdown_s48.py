"""Markup of static site generators that markdown-it reads as text (session 48, docs-as-code re-test): code and
comments in template tags, GitHub alerts, Hugo shortcodes over several lines, kramdown abbreviation definitions.
Each: no finding and no fix in the markup, the prose around it found at its exact place and fixed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import lint_text
from klarlint.cli import main
from klarlint.readers import read_text


def fix(tmp_path: Path, text: str) -> str:
    path = tmp_path / "sida.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SystemExit):
        main([str(path), "--fix"])
    return path.read_text(encoding="utf-8")


def found(text: str) -> list[tuple[str, str, int, bool]]:
    """(rule, text, line, fixable) of each finding, after checking that its offsets point at its text."""
    report = lint_text(text, "markdown")
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text, finding
    return [(f.rule, f.text, text.count("\n", 0, f.start) + 1, f.fixable) for f in report.findings]


# --- 1. code shortcodes: the body is code, as in a fenced block ---------------------------------------------------

CODE_SHORTCODES = """# Installera

Du skall köra kommandot nedan.

{{< highlight bash >}}
# Installera skall
echo "Installationen är klar" > /tmp/logg-8-17.txt

grep -c 15% rapport.txt
{{< /highlight >}}

{% highlight ruby %}
puts "Klart t.ex. nu"
{% endhighlight %}

{{< code lang="yaml" >}}
text: "Du skall få svar"
- ej
{{< /code >}}

Svaret erhålls inom en vecka.
"""


def test_the_body_of_a_code_shortcode_is_code(tmp_path: Path) -> None:
    assert sorted(found(CODE_SHORTCODES)) == [
        ("jargon", "erhålls", 21, False),
        ("passive-voice", "erhålls", 21, False),
        ("skall", "skall", 3, True),
    ]
    assert fix(tmp_path, CODE_SHORTCODES) == CODE_SHORTCODES.replace("Du skall köra", "Du ska köra")


@pytest.mark.parametrize(
    "text",
    [
        "Skriv `{{< highlight bash >}}` före koden.\n\nDu skall svara.\n\n{{< /highlight >}}\n",  # in a code span
        "```\n{% highlight ruby %}\n```\n\nDu skall svara.\n\n{% endhighlight %}\n",  # in a fenced block
        "{% highlight ruby %}\n\nDu skall svara.\n",  # never closed
        "{{< highlighter >}}\nDu skall svara.\n{{< /highlighter >}}\n",  # another shortcode
    ],
)
def test_prose_after_a_code_tag_that_opens_nothing_is_prose(text: str) -> None:
    assert ("skall", "skall", text.count("\n", 0, text.index("Du skall")) + 1, True) in found(text)


@pytest.mark.parametrize("tag", ["{% raw %}", "{{< highlight x >}}", "{% raw %}{% endraw %}", "{{< a\n"])
def test_many_template_tags_are_read_in_linear_time(tag: str) -> None:
    """Each tag's line was counted from its start for each tag: 40 s for 50 000 tags on one line."""
    started = time.perf_counter()
    read_text(tag * 30_000, "markdown")
    assert time.perf_counter() - started < 5


# --- 2. Liquid comment and raw: not published prose ----------------------------------------------------------------

LIQUID = """Du kan få hjälp av oss.

{% comment %}
Denna text skall ej publiceras, den erhålls av redaktören.
{% endcomment %}

{% raw %}
Mall: skall erhålla {{ x }}
{% endraw %}

Du skall svara {%- comment -%}skall ej{%- endcomment -%} i tid och {% raw %}{{ ej }}{% endraw %} erhålla svar.
"""


def test_liquid_comment_and_raw_bodies_are_not_prose(tmp_path: Path) -> None:
    assert found(LIQUID) == [("skall", "skall", 11, True), ("jargon", "erhålla", 11, True)]
    assert fix(tmp_path, LIQUID) == LIQUID.replace("Du skall svara", "Du ska svara").replace(
        "{% endraw %} erhålla", "{% endraw %} få"
    )


# --- 3. GitHub alerts: the site's own text, the marker markup ------------------------------------------------------

ALERTS = """> [!WARNING]
> Ansökan skall skickas in senast den 1 maj.

> [!TIP]
> Du erhåller svar inom en vecka.

> [!note]
>
> Du skall svara.
>
> > Vi skall svara, sa hon.

> Citat: Ansökan skall skickas in.
"""


def test_a_github_alert_is_the_sites_text_and_its_marker_is_markup(tmp_path: Path) -> None:
    findings = found(ALERTS)
    assert ("skall", "skall", 2, True) in findings and ("jargon", "erhåller", 5, True) in findings
    assert ("skall", "skall", 9, True) in findings
    assert not [f for f in findings if f[0] == "abbreviation"]  # TIP
    assert not [f for f in findings if f[0] == "skall" and f[2] in (11, 13)]  # quotations stay quotations
    passive = [f for f in lint_text(ALERTS, "markdown").findings if f.rule == "passive-voice"]
    assert [(f.text, "i ett citat" in f.message) for f in passive] == [("skickas in", False), ("skickas in", True)]
    fixed = fix(tmp_path, ALERTS)
    assert fixed == ALERTS.replace("Ansökan skall skickas in senast", "Ansökan ska skickas in senast").replace(
        "Du erhåller", "Du får"
    ).replace("> Du skall svara.", "> Du ska svara.")


def test_a_marker_with_text_on_its_line_is_no_alert() -> None:
    assert not [f for f in found("> [!NOTE] Ansökan skall skickas in.\n") if f[0] == "skall"]


# --- 4. a Hugo shortcode over several lines is markup, as a one-line one is -------------------------------------

FIGURES = """Du skall söka bidrag hos oss.

{{< figure
  src="/img/a.jpg"
  caption="Ansökan erhålls hos kommunen"
>}}

{{% notice
   title="Ansökan skall vara komplett" %}}
Ansökan skall vara komplett.
{{% /notice %}}

Text före {{< figure src="/b.jpg"
  alt="Ej en mening" >}} och sedan skall du svara.
"""


def test_a_shortcode_over_several_lines_is_markup(tmp_path: Path) -> None:
    findings = found(FIGURES)
    assert [(rule, line) for rule, _, line, _ in findings if rule in ("skall", "jargon")] == [
        ("skall", 1),
        ("skall", 10),
        ("skall", 14),
    ]
    fixed = fix(tmp_path, FIGURES)
    assert fixed == FIGURES.replace("Du skall söka", "Du ska söka").replace(
        "Ansökan skall vara komplett.", "Ansökan ska vara komplett."
    ).replace("sedan skall du", "sedan ska du")


# --- 5. kramdown abbreviation definitions are markup ----------------------------------------------------------

ABBREVIATIONS = """Du kan t.ex. söka bidrag.

*[t.ex.]: till exempel
*[m.m.]: med mera, skall vi säga
"""


def test_a_kramdown_abbreviation_definition_is_markup(tmp_path: Path) -> None:
    assert found(ABBREVIATIONS) == [("abbreviation", "t.ex.", 1, True)]
    assert fix(tmp_path, ABBREVIATIONS) == ABBREVIATIONS.replace("kan t.ex. söka", "kan till exempel söka")
