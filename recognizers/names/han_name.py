"""A name written in Chinese characters inside a text in Latin letters: a person's name beside its Pinyin
("YE Xinyi (叶欣怡)", "Lily陈丽华"), a messaging app's contact ("21:14 – 林秀英 (vocal)", "| 浩浩 | le frère |"), a
place or a group's name standing alone ("阿军 巴黎").

A run of two to five Han characters that stands apart from any other Han character and from the punctuation
Chinese sentences use (，。！？、：「」 and the full-width forms): in a French, Dutch or English text, such a run is
a name, its translation given beside it or not. A Chinese sentence's words ("哥，三月的钱别忘了。") are
no run apart. The names found are then looked for inside the Chinese sentences too (anonymizer.propagate), where
no space or punctuation sets them apart.
"""

from __future__ import annotations

import re

from anonymizer.recognizers.base import FrSpanRecognizer
from presidio_analyzer import RecognizerResult

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK unified ideographs, extension A, compatibility ideographs
CHINESE_PUNCTUATION = "\u3000-\u303f\uff00-\uffef"  # CJK symbols and punctuation, half- and full-width forms
HAN_RUN = re.compile(rf"(?<![{HAN}{CHINESE_PUNCTUATION}])[{HAN}]{{2,5}}(?![{HAN}{CHINESE_PUNCTUATION}])")
ANY_HAN = re.compile(rf"[{HAN}]")


class HanNameRecognizer(FrSpanRecognizer):
    SUPPORTED_ENTITY = "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if not ANY_HAN.search(text):
            return []
        return [self.result(match.start(), match.end(), 0.6) for match in HAN_RUN.finditer(text)]
