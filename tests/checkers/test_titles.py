"""A rank used as a name ("我是王局") is read as a senior's claim; a department is not."""

from __future__ import annotations

import pytest

from checkers.titles import title_names


@pytest.mark.parametrize(
    "text",
    [
        "在吗？我是王局，你现在方便吗？",
        "是我，张处，你在单位吗？",
        "小吴，我，王处。明天上午到我办公室一趟哈。",
        "我是刘局长，这是我的新号码，你存一下。",
        "喂，是我，李总，你现在说话方便不？",
        "我吴局，你找个可靠的账户先帮我转两万出去。",
        "小陈，我陈总，那个广告公司的款你付了没？",
    ],
)
def test_a_rank_said_as_a_name(text: str) -> None:
    assert list(title_names(text))


@pytest.mark.parametrize(
    "text",
    [
        "我是财务处的小李，你这个月的报销单还差发票。",
        "我是市场监管局的执法人员，明天上午到你店里检查。",
        "你好，我是董事会办公室的，孙董明天的行程麻烦确认一下。",
        "我是王总的司机，王总让我来拿文件。",
        "我，张总，李经理三个人周五出差。",
        "王局，您现在方便吗？材料我整理好了。",
        "明天我、张总和李总一起去开会。",
        "这事跟我王总说过了，你放心。",
        "我王总那边已经谈好了，明天签合同。",
    ],
)
def test_a_department_an_errand_or_a_list_is_no_name(text: str) -> None:
    assert list(title_names(text)) == []
