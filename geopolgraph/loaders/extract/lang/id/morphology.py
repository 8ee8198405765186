"""Indonesian verb morphology shared by the lexicon tool and the extractor: meN- with nasal
assimilation.

``tools/derive_relations_id.py`` builds the cue forms of ``relations_id.tsv`` with it; the
extractor uses it to give the parser the meN- verb a headline's bare form stands for ("Rusia
Kirim Rudal" is read as "Rusia mengirim rudal"), the form the treebanks taught it.

>>> nasal("me", "kirim"), nasal("me", "luncurkan"), nasal("me", "telepon")
('mengirim', 'meluncurkan', 'menelepon')
"""

from __future__ import annotations

__all__ = ["nasal", "syllables"]

VOWELS = "aeiou"
DIPHTHONGS = frozenset({"ai", "au", "oi", "ei"})


def syllables(word: str) -> int:
    """Syllables: vowels, a diphthong (ai, au, oi, ei) counting once ("jual" has two).

    >>> [syllables(w) for w in ("bom", "jual", "pantau", "dialog")]
    [1, 2, 2, 3]
    """
    count, prev = 0, ""
    for ch in word:
        vowel = ch in VOWELS
        count += vowel and prev + ch not in DIPHTHONGS
        prev = ch if vowel else ""
    return count


def nasal(prefix: str, root: str) -> str:
    """meN-/peN- + root with Indonesian nasal assimilation ("me" or "pe" as ``prefix``).

    >>> [nasal("me", r) for r in ("serang", "tuduh", "kecam", "pukul", "desak", "ancam", "lawat")]
    ['menyerang', 'menuduh', 'mengecam', 'memukul', 'mendesak', 'mengancam', 'melawat']
    >>> [nasal("me", r) for r in ("kritik", "protes", "bom", "gempur")]
    ['mengkritik', 'memprotes', 'mengebom', 'menggempur']
    >>> nasal("pe", "tangkap") + "an"
    'penangkapan'
    """
    first, second = root[0], root[1:2]
    cluster = second and second not in VOWELS  # loanwords keep their first consonant
    if syllables(root) == 1:
        return prefix + "nge" + root
    if first in VOWELS:
        return prefix + "ng" + root
    if first in "lmnrwy" or root.startswith(("ng", "ny")):
        return prefix + root
    if first in "bfv":
        return prefix + "m" + root
    if first == "p":
        return prefix + "m" + (root if cluster or root.startswith("per") else root[1:])
    if first in "dcjz":
        return prefix + "n" + root
    if first == "t":
        return prefix + "n" + (root if cluster else root[1:])
    if first == "s":
        return prefix + ("n" + root if cluster else "ny" + root[1:])
    if first == "k":
        return prefix + "ng" + (root if cluster else root[1:])
    return prefix + "ng" + root  # g, h, kh
