"""References to Myndigheternas skrivregler (8th edition, Språkrådet 2014), by section."""

SENTENCES = "Myndigheternas skrivregler, avsnitt 1.3 (Skriv lättlästa meningar)"
WORDS = "Myndigheternas skrivregler, avsnitt 1.4 (Använd enkla och begripliga ord)"
STRUCTURE = "Myndigheternas skrivregler, avsnitt 1.5 (Gör texten överskådlig)"
RECEIVER = "Myndigheternas skrivregler, avsnitt 1.2 (Låt mottagaren och syftet styra)"
# The chapters below are cited by topic, not by section number: the numbering differs between editions.
NUMBERS = "Myndigheternas skrivregler, kapitlet om siffror och tal (tusental, datum, klockslag, procent)"
PUNCTUATION = "Myndigheternas skrivregler, kapitlet om skiljetecken (citattecken, tankstreck, streck mellan tal)"
SLASH = "Myndigheternas skrivregler, kapitlet om skiljetecken (snedstreck: undvik och/eller) och avsnitt 1.4"
HEADINGS = "Myndigheternas skrivregler, avsnitt 1.5 (Gör texten överskådlig) och råden om rubriker"
PARAGRAPHS = "Myndigheternas skrivregler, avsnitt 1.5 (Gör texten överskådlig) och råden om stycken"
