"""References to Myndigheternas skrivregler (8th edition, Språkrådet 2014), by section."""

SENTENCES = "Myndigheternas skrivregler, avsnitt 1.3 (Skriv lättlästa meningar)"
WORDS = "Myndigheternas skrivregler, avsnitt 1.4 (Använd enkla och begripliga ord)"
STRUCTURE = "Myndigheternas skrivregler, avsnitt 1.5 (Gör texten överskådlig)"
RECEIVER = "Myndigheternas skrivregler, avsnitt 1.2 (Låt mottagaren och syftet styra)"
# The chapters below are cited by topic, not by section number: the numbering differs between editions.
NUMBERS = "Myndigheternas skrivregler, kapitlet om siffror och tal (tusental, datum, klockslag, procent)"
PUNCTUATION = "Myndigheternas skrivregler, kapitlet om skiljetecken (citattecken, tankstreck, streck mellan tal)"
SLASH = "Myndigheternas skrivregler, kapitlet om skiljetecken (snedstreck: undvik och/eller) och avsnitt 1.4"
# Sections 3.5 and 3.8 of the 8th edition, by the titles in its table of contents (link-text and meta-length cite
# its chapter 2, Att skriva för webben; session 42, the explain tester: *råden om rubriker/stycken* named no place)
HEADINGS = (
    "Myndigheternas skrivregler, avsnitt 1.5 (Gör texten överskådlig) och 3.5 (Rubriker ger struktur åt innehållet)"
)
PARAGRAPHS = "Myndigheternas skrivregler, avsnitt 1.5 (Gör texten överskådlig) och 3.8 (Några råd om styckeindelning)"
SKA_SKALL = "Myndigheternas skrivregler, råden om ordval (ska, inte skall, även i författningar)"
ABBREVIATIONS = "Myndigheternas skrivregler, kapitlet om förkortningar (skriv ut i löpande text, förklara initialord)"
NOMINAL_STYLE = "Myndigheternas skrivregler, avsnitt 1.3 (Skriv lättlästa meningar): verb i stället för substantiv"
ADDRESS = "Myndigheternas skrivregler, avsnitt 1.2 (Låt mottagaren och syftet styra): skriv du till läsaren"
