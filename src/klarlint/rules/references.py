"""References to Myndigheternas skrivregler (8th edition, Språkrådet 2014), by section."""

SENTENCES = "Myndigheternas skrivregler, avsnitt 1.3 (Skriv lättlästa meningar)"
WORDS = "Myndigheternas skrivregler, avsnitt 1.4 (Använd enkla och begripliga ord)"
STRUCTURE = "Myndigheternas skrivregler, avsnitt 1.5 (Gör texten överskådlig)"
RECEIVER = "Myndigheternas skrivregler, avsnitt 1.2 (Låt mottagaren och syftet styra)"
