"""Shared fixtures: a hand-made study set (for exporters) and the real pipeline over the articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from studygen.model import Article, Name, Question, Sentence, StudySet, Term

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
EXAMPLES = Path(__file__).parent.parent / "examples"


def _hand_made_study_set() -> StudySet:
    sentences = (
        Sentence(0, 1, "日米首脳会談、協定締結を見送り", heading=True),
        Sentence(1, 2, "2026年3月14日、山田首相は<ワシントン>でスミス大統領と会談した。"),
        Sentence(2, 2, "両首脳は安全保障の協定締結を目指したが、署名は見送られた。"),
        Sentence(3, 3, "山田首相は「対話を続ける」と述べた。"),
    )
    article = Article(
        id="a1b2c3d4e5f6", title="日米首脳会談、協定締結を見送り & <b>速報</b>",
        source="tests/hand-made.txt", published="2026-03-14", sentences=sentences,
    )
    vocabulary = (
        Term("v-1", "首脳会談", "首脳会談", "しゅのうかいだん", "首脳会談[しゅのうかいだん]", "noun",
             ("summit meeting", "summit talks"), 0, count=1, level="advanced", kanji_grade=6),
        Term("v-2", "安全保障", "安全保障", "あんぜんほしょう", "安全保障[あんぜんほしょう]", "noun",
             ("security guarantee",), 2, level="intermediate", kanji_grade=5),
        Term("v-3", "見送られ", "見送る", "みおくる", "見送[みおく]る", "verb",
             ("to see off", "to let pass", "to postpone"), 2, level="intermediate", kanji_grade=3),
        Term("v-4", "締結", "締結", "ていけつ", "締結[ていけつ]", "noun",
             ("conclusion (of a treaty)", "execution (of a contract)"), 2, level="advanced", kanji_grade=8),
    )
    names = (
        Name("n-1", "山田", "やまだ", "person", 1, title="首相", count=2),
        Name("n-2", "ワシントン", "わしんとん", "place", 1),
        Name("n-3", "スミス", "すみす", "person", 1, title="大統領"),
    )
    questions = (
        Question("q-1", "when", "山田首相がスミス大統領と会談したのはいつですか。", "2026年3月14日", 1,
                 "【2026年3月14日】、山田首相は<ワシントン>でスミス大統領と会談した。"),
        Question("q-2", "where", "山田首相はどこでスミス大統領と会談しましたか。", "<ワシントン>", 1,
                 "2026年3月14日、山田首相は【<ワシントン>】でスミス大統領と会談した。",
                 choices=("<ワシントン>", "東京", "ロンドン", "パリ")),
        Question("q-3", "who_said", "「対話を続ける」と述べたのは誰ですか。", "山田首相", 3,
                 "【山田首相】は「対話を続ける」と述べた。"),
        Question("q-4", "cloze", "両首脳は（　　　）の協定締結を目指したが、署名は見送られた。", "安全保障", 2,
                 "両首脳は【安全保障】の協定締結を目指したが、署名は見送られた。", term_id="v-2"),
        Question("q-5", "true_false", "山田首相はロンドンでスミス大統領と会談した。", "×", 1,
                 "2026年3月14日、山田首相は【<ワシントン>】でスミス大統領と会談した。"),
        Question("q-6", "reading", "「締結」の読み方はどれですか。", "ていけつ", 2,
                 "締結（ていけつ）: conclusion (of a treaty)",
                 choices=("ていけつ", "ていけい", "てけつ", "たいけつ"), term_id="v-4"),
        Question("q-7", "meaning", "「首脳会談」の意味はどれですか。", "summit meeting", 0,
                 "首脳会談（しゅのうかいだん）: summit meeting",
                 choices=("summit meeting", "security guarantee", "to postpone", "conclusion (of a treaty)"),
                 term_id="v-1"),
        Question("q-8", "discussion", "日米の安全保障協力について、あなたの意見を書きましょう。", "", 2,
                 "自由回答"),
    )
    return StudySet(article, vocabulary, names, questions)


@pytest.fixture
def hand_made_study_set() -> StudySet:
    """A small study set written by hand, with HTML-special characters in article strings."""
    return _hand_made_study_set()


@pytest.fixture(scope="session")
def example_study_set() -> StudySet:
    """The example article through the real pipeline, once per test session."""
    from studygen.pipeline import build_study_set

    return build_study_set(EXAMPLES / "us-ukraine-summit.txt")


@pytest.fixture(scope="session")
def audio_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One audio cache for the session: a word synthesized by one test is reused by the next."""
    return tmp_path_factory.mktemp("audio-cache")
