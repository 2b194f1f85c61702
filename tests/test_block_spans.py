"""Quotations and links of a block survive the cuts the guard makes (invisible characters, long tokens)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from klarlint.document import INVISIBLE, Block, BlockKind


def _block(text: str, quotes=(), links=()) -> Block:
    block = Block.verbatim(BlockKind.PARAGRAPH, text, 100)
    block.quotes, block.links = tuple(quotes), tuple(links)
    return block


def _texts(block: Block, spans) -> list[str]:
    return [block.text[start:end] for start, end in spans]


def test_cutting_soft_hyphens_keeps_the_link_on_its_words() -> None:
    text = "Läs mer om an\u00adsök\u00adan på vår webb\u00adplats idag."
    start = text.index("vår")
    block = _block(text, links=[(start, text.index(" idag"))])
    cut = block.without(INVISIBLE)
    assert cut.text == "Läs mer om ansökan på vår webbplats idag."
    assert _texts(cut, cut.links) == ["vår webbplats"]


def test_cutting_keeps_a_quotation_part_and_a_whole_block_quote() -> None:
    text = "Hon sa \u200bviktiga\u200b ord."
    block = _block(text, quotes=[(text.index("\u200bviktiga"), text.index(" ord"))])
    cut = block.without(INVISIBLE)
    assert _texts(cut, cut.quotes) == ["viktiga"]
    whole = _block(text).quote_all().without(INVISIBLE)
    assert whole.quotes == ((0, len(whole.text)),)


def test_a_link_made_only_of_cut_characters_is_gone() -> None:
    text = "Ett\u200b\u200b ord."
    cut = _block(text, links=[(3, 5)]).without(INVISIBLE)
    assert cut.links == ()


def test_a_slice_keeps_the_parts_of_links_and_quotations_inside_it() -> None:
    text = "Början av texten med en länk här och slutet."
    link = (text.index("en länk"), text.index(" här"))
    block = _block(text, quotes=[(0, len(text))], links=[link, (0, 6)])
    part = block.slice(text.index("med"), text.index(" och"))
    assert part.text == "med en länk här"
    assert _texts(part, part.links) == ["en länk"]
    assert part.quotes == ((0, len(part.text)),)


@given(st.lists(st.sampled_from(["a", "b", " ", "\u00ad", "\u200b", "ö"]), max_size=40), st.data())
def test_every_kept_character_of_a_span_stays_in_it(chars: list[str], data: st.DataObject) -> None:
    text = "".join(chars) + "."
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    cut = _block(text, links=[(start, end)]).without(INVISIBLE)
    expected = INVISIBLE.sub("", text[start:end])
    assert _texts(cut, cut.links) == ([expected] if expected else [])
    assert all(0 <= a < b <= len(cut.text) for a, b in cut.links)
