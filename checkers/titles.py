"""A rank used as a name: "我是王局", "是我，张处", "我，孙董".

The fake boss of a Chinese impersonation text names himself by surname and rank alone, as a
subordinate would address him, and so as if the reader already knew him: "在吗？我是王局，你现在
方便吗？". A real superior writes from the number the reader has saved and needs no name; a
stranger who is one gives the organisation ("我是市场监管局的执法人员", "我是宏达公司的吴总").
The lexicon cannot say "one surname, then the rank" (``..`` skips up to eight characters, which
also finds "我是财务处" and "我是董事会办公室的，孙董"), so the span is found here and read as
the concept ``senior_claim`` (see checkers/lexicon/rules.toml, TXT031).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

SURNAMES: Final = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
    "臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
"""Single-character surnames, the commonest first (about 95 in 100 people bear one of them)."""

RANKS: Final = "总局处董厅"
"""A general manager or owner (王总), a bureau (王局), a division (王处), a board (王董), a
department of a province (王厅): the ranks said as names."""

_RANK: Final = rf"[{SURNAMES}][{RANKS}](?:长|事长|经理)?"
_TITLE_NAME: Final = re.compile(
    # "我是王局", "是我，张处": not "我是王总的司机", "王总家", "王局办公室".
    rf"(?:我是|是我[，,、\s]*){_RANK}(?![的家办和])"
    # "小吴，我，王处。": a rank alone after "我" ends its clause; "我，张总，李经理三个人" lists.
    rf"|(?<![\u4e00-\u9fff])我[，,、\s]+{_RANK}(?=[。.！!？?…~～\s]|$)"
    # "我吴局，你先帮我转两万": "我" and the rank with no pause, the clause ending after them
    # (chat's shorthand for "我是吴局"); "跟我王总说了", "我王总那边说好了" go on.
    rf"|(?<![\u4e00-\u9fff])我{_RANK}(?=[，,。.！!？?…~～\s])"
)


def title_names(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``text`` where the writer names himself by surname and rank alone."""
    for match in _TITLE_NAME.finditer(text):
        yield match.start(), match.end()
