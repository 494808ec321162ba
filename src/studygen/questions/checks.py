"""Automatic checks: an item that fails one is dropped and counted, never printed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Parse, Question
from ..name_tables import PREFECTURES, titles
from .base import ANSWER_IN_SENTENCE, FACT_KINDS, Draft
from .keys import key_problem, unbalanced_brackets
from .context import (
    act_dropped, actor_as_event, first_word_cut, inanimate_actor, object_lost_its_verb, said_of_another, scene_question,
    topic_again, without_context,
)

_LEFTOVERS = re.compile(r"\?|[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]")
MAX_PROMPT = 90


CHECKS = ("answer_not_in_sentence", "prompt_gives_answer", "bad_choices", "leftover_symbols",
          "not_a_question", "too_long", "register", "question_word", "functional_expression", "leftover_link",
          "key_fragment", "count_shown", "question_word_attachment", "duplicate", "gives_away", "no_context",
          "no_scene", "name_blank")

# Every prompt a teacher prints is polite, whatever the article's style: …ましたか。 …ですか。
_POLITE_QUESTION = re.compile(r"(?:ます|ました|ません|ませんでした|です|でした)か。$")
_POLITE_STATEMENT = re.compile(r"(?:ます|ました|ません|ませんでした|です|でした)。$")
# 何対何 (a score: 3対2) is one question word
_WH = re.compile(r"いつ|どこ|誰|なぜ|いくら|いくつ|何対何|何(?!らか|とか|もかも)")
# A question word glued to what cannot follow it: いつすぎ, いつ末, いつからは, 誰は, 何人も.
_WH_GLUED = re.compile(r"(?:いつ|どこ|誰|何[^\s、。をがにでとへはもの]{0,4})(?:から|まで|で|に)?(?:は|も)(?![じ])|"
                       r"いつ(?:末|すぎ|過ぎ|中|初め|上旬|中旬|下旬|の)|(?:どこ|誰)の|の(?:いつ|誰|どこ)|"
                       # 翌いつ, 翌日いつ: a date word of the source left before the question word
                       r"(?:翌|翌日|同日|前日|当日|今日|昨日|明日|本日|明くる|既に|すでに)いつ|"
                       # インファンティノ誰が, 4月6日およびいつ: a name or および glued to the question word
                       r"[ァ-ヶー一-龥A-Za-z](?:誰|どこ)|(?:および|及び|ならびに|並びに)(?:いつ|どこ|誰|何)|"
                       # 福田三郎さん誰が (夫妻 asked): an honorific glued to the question word
                       r"(?:さん|ちゃん|くん|さま)(?:誰|どこ)|"
                       # 10月7日夕方いつ: a date of the source glued to the question word
                       r"(?:[0-9０-９]日|朝|昼|夕方|夜|未明|午前|午後)いつ|"
                       # いつ・スウェーデン大会, 期間は前年よりいつ多いですか: いつ inside a name, or for a quantity
                       r"いつ・|いつ(?:多|少な|長|短|早|遅)|"
                       # 14日から15日にかけて -> いつかけましたか: にかけて cut into a verb (round 30)
                       r"いつかけ")
# 〜について, 〜を含め, 〜に対して cut into a verb: 「…についたか」「何を含めましたか」
_FUNCTIONAL = re.compile(r"(?:に(?:つき|つい|対し|より|よっ|関し|わたり|わたっ|伴い|伴っ|基づき|基づい|向け|際し|比べ|おい|とっ)|"
                         r"を(?:含め|めぐり|めぐっ|通じ|通し|介し|経|除き|除い|はじめ)|と(?:し))(?:て?(?:き|い))?"
                         r"(?:ました|ます|ませんでした|ません)か。$")
# A prompt that leans on the sentence before it (その結果, これら) or keeps the source's marks (▽).
_LINK = re.compile(r"^(?:一方|また|さらに|ただ|しかし|そして|なお|その後|このため|そのため)、|^一方で|^一方の|"
                   # 金融庁の話として、…: the source's attribution left before the question
                   r"^[^、。]{1,20}の話として、|"
                   r"^(?:以後|以降|これで|更に|他に|ほかに|ただちに|直ちに|同じく|のちは|のちに|対する)、?|^[0-9０-９]+番目、|"
                   # 特に誰が…, 参考までに、…: an adverb that leans on what the article said before
                   r"^(?:特に|とりわけ|参考までに|ちなみに|実際に|結局)、?|"
                   # 者は女子選手で…: a suffix cut from its noun
                   r"^[者側分等]は|"
                   r"^(?:そこで|これにより|これを受け|それでも|ところが|だが|また)|"
                   # 何を通過したとアメリカ太平洋艦隊がしましたか: a report's light verb without its verb
                   r"[たるだ]と[^、。]{0,15}?がし(?:ました|ます)か。$|"
                   r"その(?:結果|一環|ため|際|上で|うち|後|あくる)|これら|それら|これ[をにがは]|それ[をにがは]|[▽▼◇◆●■※]|[:：]|"
                   # 記者会見で以下のようなやり取りが行われました: the list it announces is not shown
                   r"次の(?:通り|とおり|よう)|以下の|以下のよう|下記|上記|"
                   # 他は何人を死なせましたか (from 2人を死なせた他): a formal noun is no subject
                   r"^(?:他|ほか|一方|うち|事|こと|もの)[はが]|^(?:それ|これ)も|"
                   # 経営環境が悪化している他、物販部門は…: the first of two facts left before the asked one
                   r"^[^、。]{2,30}(?:他|ほか)、")
# Newspapers by their short names (毎日 of 毎日新聞によると, 産経と親会社の学研は…).
_PAPERS = ("産経", "読売", "朝日", "毎日", "日経", "共同", "時事")
_PAPER = "|".join(_PAPERS)
# 同町, 同府警, この日, その後: a reference to a sentence the item does not show.
# 私には何がありますか: a speaker's 私 lifted out of the quote asks the learner about themself.
_REFERENCE = re.compile(r"(?:^|[^一-龥]|当初|今回|翌日|当日)同(?:[一-龥]{1,3})|前者|後者|この|その|こちら|あちら|彼|彼女|私(?:は|が|に|を|の|も|たち)|僕|我々|われわれ|自分(?:は|が|に|を|の|たち)")
# 1977年といつ, 27日にもいつ: one date of a coordination asked, the other shown.
# アサヒビールは3月、麒麟麦酒は2月、サッポロビールはいつ…: one of a row of dates asked, the others shown.
_COORDINATED = re.compile(r"(?:[年月日時0-9０-９])(?:と|や|、)(?:いつ|何)|いつ[^、。]{0,12}、[0-9０-９]+日|"
                          r"[0-9０-９]+(?:年|月|日)[^。]{0,20}、[^、。]{0,15}いつ|"
                          # ハイチでは8人が、どこで3人が / 406人死亡、何人が / 第何回9月27日に第2回
                          r"[0-9０-９][^、。]{0,4}(?:が|を|死亡|負傷)、[^、。]{0,8}(?:どこ|いつ|何|誰)|何[^、。]{0,3}[0-9０-９]|"
                          # 死亡者は28人、行方不明者何人: one of a row of counts asked, the other shown
                          r"[0-9０-９](?:人|件|棟|台|隻|頭|本|戸|世帯|万人|千人)、[^、。]{0,8}何")
# ドイツのグループは100万塩基対、アメリカのグループは何を…; 南部沿岸に注意報、北部沿岸に何が…:
# the second half of a parallel pair asked, the first shown as its model answer.
_PARALLEL = re.compile(r"([にでをはが])[^、。]{1,15}、[^、。]{1,15}\1(?:何|どこ|いつ|誰)")
# 理由は…, 原因は…: a cause clause's noun taken for the subject of the question
# 疑いは何万円を要求しましたか, 規模は何万人を超えますか: an abstract noun taken for the actor
_CAUSE_TOPIC = re.compile(r"^(?:理由|原因|背景|目的|疑い|容疑|規模|内訳|結果|声|経緯|経過|詳細|状況|様子|人)は|"
                          # テレビ朝日は職権で何を抹消してきたといいますか: the paper that told it, not the actor
                          rf"^[^、。]{{0,10}}(?:新聞|通信|テレビ|放送|NHK|{_PAPER})(?:社)?は"
                          r"[^。]*といいますか。$|"
                          # …控えていたために結果ですか: a cause cut before its noun predicate
                          r"^[^。]*?ために?[一-龥]{1,4}(?:です|でした)か。$")
# 事件はいくらを流用しましたか, 療法は何を進めていますか, 記者会見は…どこで行ないましたか: an
# event or a sum does not act; whoever did is gone from the clause.
_THING_ACTS = re.compile(r"^[^、。]{0,12}(?:事件|事故|問題|会見|会談|試合|大会|シリーズ|選挙|計画|事業|療法|統計|"
                         r"調査|金額|売上高|記事|報道|制度|法案|条約|協定|被害)は、?[^。]*?(?:を[^。]*|"
                         r"行(?:な)?い|行っ)(?:ます|ました|ません|ませんでした|ています|ていました)か?。$|"
                         # 日本ダービーはいつ行いましたか: 行う with no object is said of an event
                         r"^[^を。]*行(?:な)?(?:い|っ)(?:ます|ました|ています|ていました)か?。$|"
                         # 雑木林は自動車を…離れましたか, 自転車は何を依頼されましたか: a thing as actor
                         r"^[^、。]{0,8}(?:林|自動車|車|自転車|建物|現場)は[^。]*を|"
                         # 災害訓練を視察は…, 日活に入社は…: a noun of the source's clause left as the topic
                         r"^[^。]*?を[一-龥ァ-ヶー]{1,6}(?:は|が)(?!じ)|^[^。]*?[一-龥ァ-ヶー]に[一-龥]{2,4}は(?!じ)")
# 誰が4科5種が確認されて…: a second subject after the question word's が
_TWO_SUBJECTS = re.compile(r"(?:誰|何|どこ)が[^、。「」]{1,20}[^のにでとへ、]が|"
                           # 島根県では長野県では…: two scenes of one predicate, a misread list
                           r"では、?[^、。]{1,10}では|"
                           # 福田氏が誰を大きく差を広げましたか: two objects of one verb (the source's slip)
                           r"(?:誰|何|どこ)を[^、。「」てでしりっ]{1,10}を")
# ロイターや読売新聞、…: the source's attribution cut from its によると
# 読売新聞では、スーパーにおいて…: the paper that reported it taken for the scene of the fact
_MEDIA_WHEN = re.compile(r"(?:報道機関|メディア|各紙|各社|新聞|通信|テレビ)(?:が|は)(?:[^、。]{0,6})?(?:伝え|報じ|報道し)")
_MEDIA_LEFT = re.compile(r"(?:新聞|通信|ロイター|AP|AFP|NHK|テレビ)、|^[^、。]{0,8}(?:新聞|通信|テレビ)[とや]|"
                         r"^(?:スポニチ|サンスポ|日刊|報知|デイリー|中日)[とや]|"
                         rf"^(?:{_PAPER})[とや]|(?:新聞|通信)・|"
                         r"^[^、。]{0,10}(?:新聞|通信|NHK|テレビ|報道)(?:では|によれば|によると)")
# 9月に何が予定されていることもありますか: a side remark of the source, not a fact to ask
_SIDE_REMARK = re.compile(r"ことも(?:あります|ありました)か。$|"
                          # 体をよじるようですか: a look reported, not a fact to ask
                          r"ような?(?:です|でした)か。$|"
                          # …計画がある事をしましたか, 方針をしましたか: the light verb without its 明らかに
                          r"(?:事|こと|方針|考え|意向|計画)を(?:し|され)(?:ました|ます)か?。$|"
                          # 父親は何を受けますか (逮捕を受けて: "in response to"): a frame, no event
                          r"何を受け(?:ます|ました)か。$|"
                          # 報酬がいつなりましたか (いつに…), 報道でなっていますか: なる without what it became
                          r"いつな(?:り|っ)|でな(?:り|っ)(?:ます|ました|ています|ていました)か。$|"
                          # 何株しかありませんか: しか with a negative asks nothing a teacher would
                          r"しか[^、。]{0,8}ませ(?:ん|んでした)か。$|"
                          # …優勝を逃したことを受けますか, 同じ考えであることをしました: a frame, no event
                          r"ことを(?:受け|し)(?:ます|ました)(?:か)?。$")
# 経営再建を果たすことはできませんでした (whose?), 治療に導入している大学病院もあります (to do
# what?), 移籍も可能性があります: a statement with no one in it, or a side remark of the source.
_NO_STATEMENT = re.compile(r"^[^はが、。]*こと[はが]|も(?:あります|います)。$|も可能性|"
                           # 報告はなります (世界初と lost), 本記事作成時点では…: no statement of the story
                           r"[はが]なり(?:ます|ました)。$|^(?:本|この)記事|"
                           # 選手会は…提案しています: what was proposed is gone
                           r"(?:^|、)[^を、]*(?:提案|表明|要求|要請|主張|指摘|発表|分析|説明|報告|強調)(?:し|され)"
                           r"(?:ます|ました|ています|ていました)。$|"
                           # 2人が…虚偽の報告を行なったことも認めました: who found it (岩倉裁判長は) is gone, and
                           # it reads as the defendants' admission (dev review 3109)
                           r"^[^は、。]*が[^。]*ことも?認め(?:ます|ました|ています|ていました)。$|"
                           # 現在のゴーン社長就任後は初めてのこととなります: what was a first is gone (dev 3111)
                           r"^[^がを]*(?:初めて|初)のこと(?:と|に)なり|"
                           # 業務改善命令では、求めています: what was asked for is gone
                           r"(?:^|、)[^を、]*求め(?:ます|ました|ています|ていました)。$|"
                           # 47NEWSの…取材で、ことが判りました: what was found is gone
                           r"、こと[がはを]|"
                           # バナバ村はグアテマラの西部、村です (アティトゥラン湖に面する dropped: dev review 9)
                           r"、[一-龥ァ-ヶー]{1,6}(?:です|でした)。$|"
                           # 14日、14日、…暴動が発生しました: the date told twice (dev review 10)
                           r"^([^、。]{2,12})、\1、")
# 110日間設けるです: a verb's plain form before です (not ようです, そうです, 近くです, 3つです)
_VERB_DESU = re.compile(r"(?:[ぐすぬぶむる]|(?<![よそ])う|(?<![近遠多])く|(?<![0-9０-９一二三四五六七八九十いくひふみよ])つ)"
                        r"です(?:か)?。$")
# 田辺市では何を決めていませんでしたか: what was not done is no fact of the story to ask
_NOT_DONE = re.compile(r"ませ(?:ん|んでした)か。$")
# 売上高は何億円近いですか, 取得金額は936億円です: a sum or share with no owner (whose sales?)
# asks about nothing a reader can place; 中国は1993年以来何回目でしたか: the 何回目 of what is gone.
_NO_OWNER = re.compile(r"^[一-龥ァ-ヶー]{0,4}(?:金額|総額|売上高|規模|割合|シェア|比率|損失|負債|利益|収入)は|"
                       r"何(?:回|度|人|番|位)目(?:でした|です)か。$|何[^、。]{0,4}近いですか。$")
# 日本、アメリカ、韓国の何か国: the count stands in the prompt.


# 建設する中止しました: a verb's plain form right before a verbal noun (…建設する計画を中止した
# lost 計画を) is no Japanese; ある程度回復しました is.
_CLAUSE_ON_VERB = re.compile(r"(?:する|した|[^っ]る)(?!程度)[一-龥]{2,4}(?:し|され)"
                             r"(?:ます|ました|ています|ていました|ません|ませんでした)か?。$")
# 夫婦の状態を取り消すには、: a verb's plain form with には is a purpose (in order to …)
_PURPOSE = re.compile(r"(?:^|、)[^、。]*[うくぐすつぬぶむる]には、")
# A ○× statement, a figure or a what question cut from a long sentence: graded on rounds 11-18,
# ○× from sentences of 70 characters or more were 25% A and 31% C (71% and 8% from shorter ones),
# how_many 29% A (57%), what 37% A and 23% C (46%, 10%). Who, when and where questions kept their
# grades on long sentences, so they may still come from one.
_SHORT_SOURCE = ("true_false", "how_many", "what", "why")
MAX_SOURCE = 70


# A list of cities whose headings lost their line breaks: a place's suffix runs straight into a
# prefecture (横浜市|神奈川県, 愛媛県|愛媛県警) or a date (浜松市|25日、)
_HEADINGS_RUN_IN = re.compile(rf"[市区町村県都府道](?:{'|'.join(PREFECTURES)})|^[^、。]{{2,12}}[市区町村][0-9０-９]+日、")
# いつ before a plan's own verb: 2005年秋に総選挙を行う意向を示した dates the election, not the words
_WHEN_OF_THE_INTENT = re.compile(r"いつ[^、。]{0,15}[うくすつぬむるぐぶ](?:意向|方針|計画|考え|姿勢|見通し|構え)を")
# A list's items are bare names (浜中、高田、森、誰が); a clause with a particle before its comma is
# no item (総務省消防庁のまとめでは、午前9時現在、何人が: two adverbials, then the question).
_LIST_BEFORE_WH = re.compile(r"(?:[^、。はがをにでとも]{1,8}、){2,}(?:誰|どこ|何|いつ)")
# いつ + a bare noun + でした: the copula took the place of the event the noun belonged to.
_WHEN_A_NOUN = re.compile(r"いつ[一-龥ァ-ヶー]{1,6}[さみ]?(?:でした|です)か。$")
# The question word before the topic: いつ騎手一同による挨拶は企画されましたか (挨拶はいつ…).
_WH_BEFORE_TOPIC = re.compile(r"(?:いつ|どこで|どこに)[^、。]{2,25}?[^でにとのへ]は(?![じ])")
# dev review 8: the question word before a clause of the source's (どこで5日午前9時40分ごろ、空港を
# 飛び立った…墜落しましたか), a topic with no predicate (「PokémonGO」は、いつですか), a date's
# contrastive には (9月にはどこで開催されますか)
_CUT_AROUND_WH = re.compile(r"^(?:どこ(?:で|に|から)|誰が|何が)[^、。]{4,30}、|は、(?:いつ|どこ|誰|何)(?:です|でした)か。$|"
                            r"[0-9０-９](?:月|日|年)には(?:どこ|誰|何)|"
                            # dev review 9: いつ月曜日に (the weekday of the key left), メキシコで42人、
                            # …、どこで11人が (the last of a list of counts), 決まったばかりでしたか
                            r"いつ[月火水木金土日]曜|いつから[^、。]{0,20}(?:務め|勤め|在籍し|所属し)ましたか。$|[0-9０-９]+(?:人|件|棟|戸|頭)、(?:どこ|誰|何)|ばかり(?:でした|です)か。$|"
                            # 南北海道代表・駒澤大学附属開かれましたか: a name glued to the verb, its
                            # particle and the rest of the clause lost (dev review 3111)
                            r"[一-龥ァ-ヶ](?:開かれ|行われ)")
_CORRECTION = re.compile(r"(?:訂正|お詫び|おわび|お断り)[:：]")


def check(d: Draft | Question, article: Article, names: Sequence[str] = ()) -> str | None:
    """The name of the first check an item fails, or None when it may be kept.

    - answer_not_in_sentence: a fact, quote or cloze answer must stand in its source sentence;
    - prompt_gives_answer: the prompt must not hold the answer;
    - bad_choices: choices distinct, holding the answer exactly once, none inside another;
    - leftover_symbols: no emoji or ``?`` left from a lost emoji;
    - not_a_question: a fact question ends in か。, a cloze has its blank;
    - too_long: the prompt fits a worksheet line or two, and a ○×, figure, what or why item comes
      from a sentence shorter than ``MAX_SOURCE``;
    - register: fact questions and ○× statements are polite (…ましたか。 …です。);
    - question_word: one question word, not glued to a suffix or a contrastive は (いつすぎ, いつからは);
    - functional_expression: no compound particle cut into a verb (「…についたか」, 「何を含めましたか」);
    - leftover_link: no link to the sentence before (その結果, これら, 同町, この日), no list mark (▽)
      or label (:), no quote cut open (誰が「富岡製糸場を…感謝しますか); no key 同地裁;
    - key_fragment: the key is no fragment of a larger unit (26年 of 平成26年, 10分 of 10分の1);
    - count_shown: a count is not asked when the prompt lists what is counted (日米韓の何か国);
    - no_context: a short question names someone of the story (see :func:`without_context`);
    - name_blank: a cloze's blank is no name of the article;
    - no_scene: a where question asks the scene of an event, a movement or a seat (see
      :func:`scene_question`).

    ``names`` are the article's names: a name may act as the topic of a question (see
    :func:`inanimate_actor`).
    """
    if not 0 <= d.sentence_index < len(article.sentences):
        return "answer_not_in_sentence"
    sentence = article.sentences[d.sentence_index].text
    if d.kind in ANSWER_IN_SENTENCE and (not d.answer or d.answer not in sentence):
        return "answer_not_in_sentence"
    if d.kind not in ("discussion", "reading", "meaning", "writing") and _HEADINGS_RUN_IN.search(d.prompt + "|" + d.answer):
        return "leftover_link"  # 神奈川県横浜市神奈川県相模原市…, 静岡県浜松市25日、: list headings run into the text
    if _CORRECTION.match(sentence) and d.kind not in ("discussion",):
        return "leftover_link"  # 訂正:この記事において…: the paper's correction notice, no content
    if d.kind in ANSWER_IN_SENTENCE and d.answer in d.prompt:
        return "prompt_gives_answer"
    if d.kind in ("reading", "writing") and d.answer in d.prompt:
        return "prompt_gives_answer"
    if d.choices is not None:
        if len(set(d.choices)) != len(d.choices) or d.choices.count(d.answer) != 1:
            return "bad_choices"
        if d.kind != "true_false" and (len(d.choices) < 2 or any(
                a != b and a in b for a in d.choices for b in d.choices)) and d.kind not in ("reading", "meaning"):
            return "bad_choices"
    if any(_LEFTOVERS.search(x) for x in (d.prompt, d.answer, *(d.choices or ()))):
        return "leftover_symbols"
    if d.kind in FACT_KINDS and (not d.prompt.endswith("か。") or "。" in d.prompt[:-1]):
        return "not_a_question"  # 水深は何メートル。4.7メートルですか: two sentences run together
    if d.kind == "cloze" and ("（　　　）" not in d.prompt or len(d.prompt.replace("（　　　）", "")) < 12):
        return "not_a_question"  # 「（　　　）だ。」: a blank with no sentence around it takes any word
    if d.kind in (*FACT_KINDS, "true_false") and len(d.prompt) > MAX_PROMPT or \
            d.kind in _SHORT_SOURCE and len(sentence) >= MAX_SOURCE:
        return "too_long"
    if d.kind in FACT_KINDS and not _POLITE_QUESTION.search(d.prompt) or \
            d.kind == "true_false" and not _POLITE_STATEMENT.search(d.prompt) or \
            d.kind in (*FACT_KINDS, "true_false") and _VERB_DESU.search(d.prompt):
        return "register"  # 110日間設けるです: a verb's plain form with です is no Japanese
    if d.kind in FACT_KINDS and (len(_WH.findall(d.prompt)) != 1 or _WH_GLUED.search(d.prompt) or
                                 len(_WH.sub("", d.prompt)) < 10):
        return "question_word"
    if d.kind in (*FACT_KINDS, "true_false") and _FUNCTIONAL.search(d.prompt):
        return "functional_expression"
    # (安倍首相は…記者団に「富士山は…本当にうれしい。: a sentence split inside a quote, whose
    # prompt lost the quote's bracket: 首相はいつ記者団に本当にうれしいですか)
    if d.kind in (*FACT_KINDS, "true_false") and (_LINK.search(d.prompt) or
                                                  d.prompt.count("「") != d.prompt.count("」") or
                                                  sentence.count("「") != sentence.count("」") or
                                                  unbalanced_brackets(d.prompt)):
        return "leftover_link"
    if d.kind in FACT_KINDS and _LIST_BEFORE_WH.search(d.prompt):
        return "question_word"  # 浜中、高田、森、中井、松若、誰が集まりましたか: the last of a list
    if d.kind == "when" and _WHEN_OF_THE_INTENT.search(d.prompt):
        return "question_word"  # いつ総選挙を行う意向を示しましたか: when the election, or when it was said?
    if d.kind == "who" and (re.search(r"誰を(?:務め|歴任|経験)", d.prompt) or d.answer in titles()) or \
            d.kind in FACT_KINDS and (_WH_BEFORE_TOPIC.match(d.prompt) or re.search(r"(?:得点|合計|総数)何", d.prompt)):
        return "question_word"  # 誰を務めましたか, 誰を受け継ぎましたか (監督: a post); 合計得点何点
    if d.kind == "what" and re.match(r"何が[^、。]{0,20}(?:会談|協議|会見|出席|表明)し", d.prompt) or \
            d.kind == "how_many" and re.search(r"何人が[^、。]*(?:派遣|逮捕|救助|搬送|保護|招待|起用)し(?:まし|ま)", d.prompt):
        return "question_word"  # 何がニューヨークで会談しますか (people); 何人が現地に派遣しましたか (were sent)
    if d.kind == "who" and d.choices and any(n.startswith(d.answer) and len(n) > len(d.answer) + 1 for n in names):
        return "key_fragment"  # 誰がトップに立ちましたか: 山下 of 山下拓郎 among full names (dev review 10)
    if d.kind == "what" and "何が" in d.prompt and re.search(r"(?:人|客|者|員|選手|市民|住民|児童|生徒|学生|サポーター|ファン)$",
                                                         d.answer):
        return "question_word"  # 何が桜の見物をしましたか (約32万人の観光客): people are asked with 何人 or 誰
    if d.kind == "where" and len(stem := re.sub(r"[都道府県市町村区郡]$", "", d.answer)) >= 2 and stem in d.prompt:
        return "prompt_gives_answer"  # 阿蘇神社はどこにありますか (阿蘇市): the name shows the place
    if d.kind == "true_false" and d.answer == "×" and "現在" in d.prompt:
        return "no_context"  # 21日午後4時現在…断水が続いています: an as-of time swapped is no false fact
    if d.kind == "when" and (re.search(r"[^\s、]といつ", d.prompt) or re.search(r"いつまでに[^、。]*に(?:ありま|いま)(?:した|す)か", d.prompt)):
        return "question_word"  # 28日に…「大館樹海ドーム」といつ (a date pair cut); いつまでに…にありましたか
    if d.kind in FACT_KINDS and _CUT_AROUND_WH.search(d.prompt):
        return "question_word"
    if d.kind == "true_false" and re.match(r"(?:男|女|男性|女性)(?:が|は)", d.prompt) and \
            not re.search(r"[0-9０-９]", d.prompt):
        return "no_context"  # 男が道路交通法違反で検挙されました: true of each of the story's incidents
    if d.kind == "who" and re.search(r"誰が[^、。]*(?:経過|発生|起こ|行われ|開催され|実施され|"
                                     # 誰が銅メダル獲得となりましたか: an outcome, not an act (dev 3110)
                                     r"(?:獲得|優勝|勝利|出場|受賞|入賞)とな)", d.prompt):
        return "question_word"  # 誰が死亡から1-2週間程度経過しましたか: no person lapses or takes place
    if d.kind == "when" and re.search(r"^いつ[^、。]*(?:した|する|された|される)と(?:発表|述べ|報告|明らかに|伝え)", d.prompt):
        return "question_word"  # いつ台風9号が発生したと発表しましたか: when it formed, or when it was said?
    if d.kind in FACT_KINDS and re.search(r"の(?:でした|です)か。$", d.prompt):
        return "register"  # 放送されていたのでしたか: the source's のだ left in the question
    if d.kind == "when" and _WHEN_A_NOUN.search(d.prompt):
        return "question_word"  # 石巻市鮎川ではいつ高さでしたか (高さ20センチの津波を観測: its noun is gone)
    if d.kind in FACT_KINDS and re.search(r"(?:会|式|会議|会見|選挙|試合)は[^、。をに]*行き(?:ました|ます)か。$", d.prompt):
        return "question_word"  # 取締役会はいつ行きましたか: 行った (おこなった) read as 行く (round 30)
    if d.kind == "what" and re.fullmatch(r"[^、。]{0,14}何(?:を(?:しました|します|行いました|行います)|"
                                         r"が(?:行われ|実施され)(?:ました|ます|ています))か。", d.prompt):
        return "no_context"  # 中京高校は何をしましたか, 議会では何が行われましたか: no one answer
    if d.kind in (*FACT_KINDS, "true_false") and first_word_cut(d.prompt, sentence):
        return "key_fragment"  # 新聞は…報じています of 毎日新聞は (毎日 dropped as "every day")
    if d.kind == "true_false" and object_lost_its_verb(d.prompt, sentence):
        return "functional_expression"  # 8馬身もの差を圧勝しました (差をつけ圧勝した: つけ dropped)
    problem = key_problem(d, sentence)
    if problem:
        return problem
    if d.kind in FACT_KINDS and (_COORDINATED.search(d.prompt) or _TWO_SUBJECTS.search(d.prompt) or
                                 _SIDE_REMARK.search(d.prompt) or _PARALLEL.search(d.prompt) or
                                 _CAUSE_TOPIC.match(d.prompt)):
        return "question_word"
    if d.kind in (*FACT_KINDS, "true_false") and (_THING_ACTS.match(d.prompt) or _NO_OWNER.search(d.prompt)) or \
            d.kind in FACT_KINDS and inanimate_actor(d.prompt, names):
        return "question_word"
    if d.kind in (*FACT_KINDS, "true_false") and (_MEDIA_LEFT.search(d.prompt) or any(
            d.prompt.startswith(m) and not d.prompt.startswith(m + "新聞") and m + "新聞" in sentence
            for m in _PAPERS)):
        return "leftover_link"  # 毎日関東地方などでは…: 毎日 of 毎日新聞によると, read as "every day"
    if d.kind == "true_false" and (_SIDE_REMARK.search(d.prompt) or _NO_STATEMENT.search(d.prompt)) or \
            d.kind in FACT_KINDS and re.search(r"^[^を「何]*(?:明らかに|発表|公表|達成|実現)し(?:ました|ます)か。$", d.prompt) \
            and not re.search(r"[たるいだ]と(?:発表|公表)", d.prompt):
        # 塩崎恭久厚生労働相はいつ明らかにしましたか: what was made known is gone (dev review 3109);
        # いつ興南が達成しましたか: what was achieved (dev review 3111)
        return "functional_expression"
    if d.kind in (*FACT_KINDS, "true_false") and _REFERENCE.search(d.prompt) or \
            d.kind in (*FACT_KINDS, "who_said") and _REFERENCE.match(d.answer):
        return "leftover_link"
    if d.kind == "what" and re.fullmatch(r"(?:摂氏|華氏|約|およそ|マイナス|氷点下)?[0-9０-９][0-9０-９,.．]*[^0-9０-９]{0,3}", d.answer):
        return "question_word"  # 最低気温は何を下回りましたか (摂氏0度): a figure is asked with 何度
    if d.kind == "when" and _MEDIA_WHEN.search(d.prompt):
        return "leftover_link"  # いつ各報道機関が伝えましたか: when it was reported is no fact of the story
    if d.kind == "when" and (re.match(r"[^、。]{1,12}はいつあり(?:ました|ます)か。$", d.prompt) or
                             re.search(r"(?:会見|会議|試合|大会|式|選挙)は[^、。]*いつ行き(?:ました|ます)か。$", d.prompt)):
        return "question_word"  # 大社駅はいつありましたか, 記者会見はいつ行きましたか: no event asked
    if d.kind in FACT_KINDS and re.search(r"など(?:による|の)何|何[^、。]{0,4}と(?:発表|報道|報じ|伝え)", d.prompt):
        return "question_word"  # 統合するなどによる何が, 何人と発表していますか (who announced it is gone)
    if d.kind in (*FACT_KINDS, "true_false") and (re.match(r"[一-龥]は", d.prompt) or topic_again(d.prompt)):
        return "leftover_link"  # 週はいつから始まりますか (which week?); 勝又容疑者は勝又容疑者の逮捕に…
    if d.kind in FACT_KINDS and re.search(r"のではないか|(?:は|、)前に何", d.prompt):
        return "question_word"  # いつ…出発したのではないかと…, 大統領は、前に何を (…を前に lost its noun)
    if d.kind == "what" and re.search(r"何を(?:訪れ|訪問し|出発し|勝利し|優勝し)", d.prompt) or \
            d.kind in FACT_KINDS and re.match(r"[0-9０-９]{4}年(?:度)?は", d.prompt):
        # 武豊騎手は今回何を勝利しましたか (勝利 takes で or に), 2010年はいつから開催しましたか (a
        # year for the topic; the racecourse lost): dev review 3110
        return "question_word"  # 何を訪れましたか (首相公邸): a place is asked with どこ
    if d.kind == "what" and (_NOT_DONE.search(d.prompt) or re.search(r"(?:恐れ|おそれ|可能性|見込み|必要)$", d.answer)):
        return "question_word"  # 関東地方に何がありますか (上陸の恐れ): a likelihood is no thing to name
    if d.kind in (*FACT_KINDS, "true_false") and _CLAUSE_ON_VERB.search(d.prompt):
        return "question_word"  # 代替施設を建設する中止しましたか: the noun the clause described is gone
    if d.kind in FACT_KINDS and _PURPOSE.search(d.prompt) and not re.search(r"必要(?:があります|です)か。$", d.prompt):
        return "question_word"  # 取り消すには、家裁が何を認めますか: a purpose asks what is needed
    if d.kind in FACT_KINDS and actor_as_event(d.prompt, names):
        return "question_word"
    if d.kind == "cloze" and d.answer in names:
        return "name_blank"  # 国際連合の（　　　）では…: a body's name is no word to choose (世界食糧計画)
    if d.kind == "true_false" and any(d.prompt[:12] in q for q in re.findall(r"「([^」]*)」", sentence)):
        return "no_context"  # 航平さんはいつも高い得点をとっています: a rival's words, stated as fact
    if d.kind == "who" and said_of_another(d, article) or d.kind in ("who", "true_false") and act_dropped(d, sentence):
        return "no_context"
    if without_context(d, names):
        return "no_context"
    if d.kind == "where" and not scene_question(d.prompt):
        return "no_scene"
    return None



def check_question(q: Question, article: Article, names: Sequence[str] = ()) -> str | None:
    """:func:`check` for a finished :class:`Question` (as the quality script and tests use it)."""
    return check(q, article, names)


# What a question word may hang from on its way to the predicate: an argument of a clause, never
# a modifier of a noun (nmod: 「近くの住民がいつ…」 read as 「夜いつ近くの住民」) or an unattached word.
_WH_PATH = frozenset(("nsubj", "obl", "obj", "iobj", "advcl", "acl", "ccomp", "csubj", "advmod", "ROOT", "nummod"))


def wh_attached(parse: Parse) -> bool:
    """Whether the parse of a finished prompt hangs its question word on the predicate through
    arguments and clauses only: a second reading of the item by the parser, which catches prompts
    that were well-formed only in the source sentence's parse."""
    from .tree import Tree

    m = _WH.search(parse.text)
    if not m:
        return False
    tree = Tree(parse)
    b = tree.at(m.start())
    while b >= 0:
        if tree.dep(b) not in _WH_PATH:
            return False
        b = tree.parent[b]
    return True
