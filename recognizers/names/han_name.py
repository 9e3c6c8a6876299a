"""A name written in Chinese characters inside a text in Latin letters: a person's name beside its Pinyin
("YE Xinyi (叶欣怡)", "Lily陈丽华"), a messaging app's contact ("21:14 – 林秀英 (vocal)", "| 浩浩 | le frère |",
"阿军").

A run of Han characters (two to five, a name four at most) that stands apart from any other Han character and from the
punctuation Chinese sentences use (，。！？、：「」 and the full-width forms), and reads as a name
(:func:`han_name`: a listed surname first, a nickname's prefix, a character doubled; not a relative's
word, "妈妈", nor a word, "微信", "春节"). A Chinese
sentence's words ("哥，三月的钱别忘了。") are no run apart. The names found are then looked for inside the Chinese
sentences too (anonymizer.propagate), where no space or punctuation sets them apart.
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrSpanRecognizer
from presidio_analyzer import RecognizerResult

from anonymizer import vocabulary

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK unified ideographs, extension A, compatibility ideographs
CHINESE_PUNCTUATION = "\u3000-\u303f\uff00-\uffef"  # CJK symbols and punctuation, half- and full-width forms
HAN_RUN = re.compile(rf"(?<![{HAN}{CHINESE_PUNCTUATION}])[{HAN}]{{2,5}}(?![{HAN}{CHINESE_PUNCTUATION}])")
ANY_HAN = re.compile(rf"[{HAN}]")
# characters no Chinese personal name holds: pronouns, particles, question words, and a teacher's or a doctor's word
NOT_IN_NAMES = frozenset("的了是我你他她它们不没在吗呢吧啊呀哦嗯么什谁哪里这那师")
# what a child calls a relative, doubled ("妈妈", "奶奶", "哥哥"; not a nickname doubled, "浩浩", "怡怡")
KIN_CHARACTERS = frozenset("妈爸奶爷哥姐弟妹婆公姨叔舅伯姑嫂")
# the prefixes of a nickname: "阿军", "小明", "老张"
NICKNAME_PREFIXES = frozenset("阿小老")
MAX_NAME = 4  # characters of a name with a compound surname ("欧阳明月")


def han_name(run: str) -> bool:
    """A run of Chinese characters that reads as a person's name: a listed surname and one to three characters
    ("叶欣怡", "欧阳明月"), a nickname's prefix and one character ("阿军", "小明"), or one character doubled ("浩浩",
    not a relative's word, "妈妈"); none of ``NOT_IN_NAMES``. Words are none ("微信", "春节", "北京", "谢谢")."""
    if any(character in NOT_IN_NAMES for character in run) or len(run) > MAX_NAME:
        return False
    surnames = vocabulary.chinese_surnames()
    return run[:1] in surnames or run[:2] in surnames and len(run) > 2 \
        or len(run) == 2 and run[0] in NICKNAME_PREFIXES \
        or len(run) == 2 and run[0] == run[1] and run[0] not in KIN_CHARACTERS


class HanNameRecognizer(FrSpanRecognizer):
    SUPPORTED_ENTITY = "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if not ANY_HAN.search(text):
            return []
        return [self.result(match.start(), match.end(), 0.6) for match in HAN_RUN.finditer(text)
                if han_name(match.group())]
