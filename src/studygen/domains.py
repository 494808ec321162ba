"""Domains of vocabulary items: the JMdict field tags (law, military, economics, finance,
medicine …) of the senses an item is glossed with.

Only the sense of the item's main (first) gloss counts: 後退 is glossed 'retreat; falling back', and its third
sense 'backspace (key)' (computing) is not what the article means, so 後退 has no domain; 忌避
is law only when glossed 'recusation (of a judge)', not as 'evasion'. A word glossed from its
parts (融和的) has none either. JMdict tags few news words with a field (憲法, 関税, 起訴 and
軍事 have none; 複利 is finance, 比較優位 economics), and this JMdict has no politics field: a
missing domain says nothing about the word.

    >>> from studygen.dictionary import default_dictionary
    >>> from studygen.model import Term
    >>> t = Term("v-0", "複利", "複利", "ふくり", "複利[ふくり]", "名詞", ("compound interest",), 0)
    >>> domains_for(t, default_dictionary())
    ('finance',)
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Term

__all__ = ["domain_tag", "domains_for", "with_domains"]

_NOT_TAG = re.compile(r"[^0-9a-z]+")


def domains_for(term: Term, dictionary) -> tuple[str, ...]:
    """The JMdict fields of the sense ``term`` is glossed with first (its main meaning): 一環
    shows 'link; part (of a plan)' and then 'monocyclic' (botany), and is no botany word."""
    main = next((g for g in term.glosses if g.strip()), "")
    # A gloss may join one sense's glosses: "link (e.g. in a chain of events); part (of …)".
    shown = {piece.strip() for piece in main.split("; ") if piece.strip()}
    if not shown or not term.in_dictionary:
        return ()
    for entry in dictionary.entries(term.lemma):
        for sense in entry.senses:
            if sense.applies_to(term.lemma, term.reading) and shown & set(sense.glosses):
                return tuple(dict.fromkeys(sense.fields))
    return ()


def with_domains(terms: tuple[Term, ...], dictionary) -> tuple[Term, ...]:
    """Each term with its ``domains`` filled in."""
    return tuple(replace(t, domains=domains_for(t, dictionary)) for t in terms)


def domain_tag(domain: str) -> str:
    """The Anki tag of a domain: ``studygen::domain::law``; JMdict's "food, cooking" becomes
    ``food-cooking`` (Anki splits tags on spaces).

    >>> domain_tag("food, cooking")
    'studygen::domain::food-cooking'
    """
    return "studygen::domain::" + (_NOT_TAG.sub("-", domain.lower()).strip("-") or "other")
