"""Shapes of a prompt a teacher would not print, as patterns: each is named by what went wrong
and shows, with an example from a graded round, the prompt it catches. :mod:`.checks` applies them."""

from __future__ import annotations

import re

from ..name_tables import PREFECTURES

# Every prompt a teacher prints is polite, whatever the article's style: …ましたか。 …ですか。
POLITE_QUESTION = re.compile(r"(?:ます|ました|ません|ませんでした|です|でした)か。$")
POLITE_STATEMENT = re.compile(r"(?:ます|ました|ません|ませんでした|です|でした)。$")
# 何対何 (a score: 3対2) is one question word
WH = re.compile(r"いつ|どこ|誰|なぜ|いくら|いくつ|何対何|何(?!らか|とか|もかも)")
# A question word glued to what cannot follow it: いつすぎ, いつ末, いつからは, 誰は, 何人も.
WH_GLUED = re.compile(r"(?:いつ|どこ|誰|何[^\s、。をがにでとへはもの]{0,4})(?:から|まで|で|に)?(?:は|も)(?![じ])|"
                       r"いつ(?:末|すぎ|過ぎ|中|初め|上旬|中旬|下旬|の)|(?:どこ|誰)の|の(?:いつ|誰|どこ)|"
                       # 翌いつ, 翌日いつ: a date word of the source left before the question word
                       # (同いつ: 同日 cut, round 61's 2614)
                       r"(?:翌|翌日|同日|同|前日|当日|今日|昨日|明日|本日|明くる|既に|すでに)いつ|"
                       # インファンティノ誰が, 4月6日およびいつ: a name or および glued to the question word
                       r"[ァ-ヶー一-龥A-Za-z](?:誰|どこ)|(?:および|及び|ならびに|並びに)(?:いつ|どこ|誰|何)|"
                       # 福田三郎さん誰が (夫妻 asked): an honorific glued to the question word
                       r"(?:さん|ちゃん|くん|さま)(?:誰|どこ)|"
                       # 10月7日夕方いつ: a date of the source glued to the question word
                       r"(?:[0-9０-９]日|朝|昼|夕方|夜|未明|午前|午後)いつ|"
                       # これまでどこでに44人が: two case particles after the question word (the clause of
                       # 最も死者の多いベトナムではこれまでに, 1182); 誰とにらみ合い is a word after と
                       r"(?:どこ|誰|何)(?:で|が|を|へ|と)(?:に|で|が|を|へ)(?![ぁ-ん])|"
                       # いつ・スウェーデン大会, 期間は前年よりいつ多いですか: いつ inside a name, or for a quantity
                       r"いつ・|いつ(?:多|少な|長|短|早|遅)|"
                       # 14日から15日にかけて -> いつかけましたか: にかけて cut into a verb (round 30)
                       r"いつかけ")
# 〜について, 〜を含め, 〜に対して cut into a verb: 「…についたか」「何を含めましたか」
FUNCTIONAL = re.compile(r"(?:に(?:つき|つい|対し|より|よっ|関し|わたり|わたっ|伴い|伴っ|基づき|基づい|向け|際し|比べ|おい|とっ)|"
                         r"を(?:含め|めぐり|めぐっ|通じ|通し|介し|経|除き|除い|はじめ)|と(?:し))(?:て?(?:き|い))?"
                         r"(?:ました|ます|ませんでした|ません)か。$")
# A prompt that leans on the sentence before it (その結果, これら) or keeps the source's marks (▽).
LINK = re.compile(r"^(?:一方|また|さらに|ただ|しかし|そして|なお|その後|このため|そのため)、|^一方で|^一方の|"
                   # 金融庁の話として、…: the source's attribution left before the question
                   r"^[^、。]{1,20}の話として、|"
                   # 対崇徳高校のサスペンデッドゲーム: a match named by its opponent, the team cut off (round 37)
                   r"^対[^、。「]{1,12}?(?:高校|高|大学|大|戦)の|"
                   # イタリアはこれで何回…: "with this" points at the sentence before (round 35)
                   r"^[^、。「]{1,15}は(?:これで|これにより)、?|"
                   # 続く7時46分頃には (round 113's 2633, B): "next" after the sentence before
                   r"^(?:以後|以降|これで|更に|他に|ほかに|ただちに|直ちに|同じく|のちは|のちに|対する|対して|これに対して|それに対して|続く|続いて|次いで)、?|^[0-9０-９]+番目、|"
                   # 特に誰が…, 参考までに、…: an adverb that leans on what the article said before
                   r"^(?:特に|とりわけ|参考までに|ちなみに|実際に|結局)、?|"
                   # 初めに…の先導で誰が入場しましたか: first in what? (round 127's 追悼式, B)
                   r"^(?:初めに|はじめに|最初に|まず|次に)、?|"
                   # 者は女子選手で…: a suffix cut from its noun
                   r"^[者側分等]は|"
                   r"^(?:そこで|これにより|これを受け|それでも|ところが|だが|また)|"
                   # こうした中で…: "amid this" leans on the sentence before (round 142's 2894, B)
                   r"^(?:こうした|そうした|こういった|そういった|このような|そのような)(?:状況の)?(?:中|なか)|"
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
PAPERS = ("産経", "読売", "朝日", "毎日", "日経", "共同", "時事")
PAPER = "|".join(PAPERS)
# 同町, 同府警, この日, その後, 元同診療所院長, 発見後同市: a reference to a sentence the item does not show.
# 私には何がありますか: a speaker's 私 lifted out of the quote asks the learner about themself.
# 決勝戦は同じくいつ行われましたか: 同じく "likewise" points to the sentence before too (dev 3113);
# 上述以外の地方球場での試合 (round 103's 0214) to what the article said above.
# 同チームの宮本高明代表 (round 113's 1830, C): "the same team" of the sentence before, in katakana too
# これにより (round 115's 1613, a why key opening on "by this": B)
# どちらもいつから…降格しますか, もう1人の女子高生は…, 裁定は今回が初めて (round 123's 0250, 2967,
# 1950, B): both of whom, the other one of whom, this time of what
REFERENCE = re.compile(r"(?:^|[^一-龥]|当初|今回|翌日|当日|後|元|前)同(?:[一-龥]{1,3}|[ァ-ヶ]ー?[ァ-ヶ])|これ(?:により|によって|を受け)|同じく|前者|後者|上述|前述|後述|この|その|こちら|あちら|彼|彼女|私(?:は|が|に|を|の|も|たち)|僕|我々|われわれ|自分(?:は|が|に|を|の|たち)|"
                       r"どちらも|いずれも|両者|もう(?:1|一|１)(?:人|つ|社|校|チーム)|今回(?:が|は|も)")
# 1977年といつ, 27日にもいつ: one date of a coordination asked, the other shown.
# アサヒビールは3月、麒麟麦酒は2月、サッポロビールはいつ…: one of a row of dates asked, the others shown.
# (研究グループは3日、何が…成功したと発表しましたか: a date set off by its comma before 何が or
# 何を is when the act was, no list of dates)
# (午前10時8分、19分、26分にも: いつ19分、26分に… asks one of a row of times, round 113's diff on 2828)
# (時津風親方はいつ名古屋場所番付発表の前日に…殴打しましたか: the day is said beside the question, round 115's 3579, C)
COORDINATED = re.compile(r"いつ[0-9０-９]+分|いつ[^。]*の(?:前日|翌日|当日|前夜|翌朝)|(?:[年月日時0-9０-９])(?:と|や)(?:いつ|何)|[年月日時0-9０-９]、(?:いつ|何(?![がを]))|いつ[^、。]{0,12}、[0-9０-９]+日|"
                          r"[0-9０-９]+(?:年|月|日)[^。]{0,20}、[^、。]{0,15}いつ|"
                          # ハイチでは8人が、どこで3人が / 406人死亡、何人が / 第何回9月27日に第2回
                          r"[0-9０-９][^、。]{0,4}(?:が|を|死亡|負傷)、[^、。]{0,8}(?:どこ|いつ|何|誰)|何[^、。]{0,3}[0-9０-９]|"
                          # 死亡者は28人、行方不明者何人: one of a row of counts asked, the other shown
                          r"[0-9０-９](?:人|件|棟|台|隻|頭|本|戸|世帯|万人|千人)、[^、。]{0,8}何")
# ドイツのグループは100万塩基対、アメリカのグループは何を…; 南部沿岸に注意報、北部沿岸に何が…:
# the second half of a parallel pair asked, the first shown as its model answer.
PARALLEL = re.compile(r"([にでをはが])[^、。]{1,15}、[^、。]{1,15}\1(?:何|どこ|いつ|誰)")
# 理由は…, 原因は…: a cause clause's noun taken for the subject of the question
# 疑いは何万円を要求しましたか, 規模は何万人を超えますか: an abstract noun taken for the actor
CAUSE_TOPIC = re.compile(r"^(?:理由|原因|背景|目的|疑い|容疑|規模|内訳|結果|声|経緯|経過|詳細|状況|様子|人)は|"
                          # テレビ朝日は職権で何を抹消してきたといいますか: the paper that told it, not the actor
                          rf"^[^、。]{{0,10}}(?:新聞|通信|テレビ|放送|NHK|{PAPER})(?:社)?は"
                          r"[^。]*といいますか。$|"
                          # …控えていたために結果ですか: a cause cut before its noun predicate
                          r"^[^。]*?ために?[一-龥]{1,4}(?:です|でした)か。$")
# 事件はいくらを流用しましたか, 療法は何を進めていますか, 記者会見は…どこで行ないましたか: an
# event or a sum does not act; whoever did is gone from the clause.
THING_ACTS = re.compile(r"^[^、。]{0,12}(?:事件|事故|問題|会見|会談|試合|大会|シリーズ|選挙|計画|事業|療法|統計|"
                         r"調査|金額|売上高|記事|報道|制度|法案|条約|協定|被害)は、?[^。]*?(?:を[^。]*|"
                         r"行(?:な)?い|行っ)(?:ます|ました|ません|ませんでした|ています|ていました)か?。$|"
                         # 日本ダービーはいつ行いましたか: 行う with no object is said of an event
                         r"^[^を。]*行(?:な)?(?:い|っ)(?:ます|ました|ています|ていました)か?。$|"
                         # 雑木林は自動車を…離れましたか, 自転車は何を依頼されましたか: a thing as actor
                         r"^[^、。]{0,8}(?:林|自動車|車|自転車|建物|現場)は[^。]*を|"
                         # 災害訓練を視察は…, 日活に入社は…: a noun of the source's clause left as the topic
                         r"^[^。]*?を[一-龥ァ-ヶー]{1,6}(?:は|が)(?!じ)|^[^。]*?[一-龥ァ-ヶー]に[一-龥]{2,4}は(?!じ)")
# 誰が4科5種が確認されて…: a second subject after the question word's が
TWO_SUBJECTS = re.compile(r"(?:誰|何|どこ)が[^、。「」]{1,20}[^のにでとへ、]が|"
                           # 島根県では長野県では…: two scenes of one predicate, a misread list
                           r"では、?[^、。]{1,10}では|"
                           # 福田氏が誰を大きく差を広げましたか: two objects of one verb (the source's slip)
                           r"(?:誰|何|どこ)を[^、。「」てでしりっ]{1,10}を")
# 衆議院に何回参議院に1回当選しましたか, 朝日新聞の調べで何校毎日新聞の調べで403校: the asked count
# and the next count of the same thing run together (the source's comma between them lost).
# (毎年何機ずつ計7機: a rate and its total, one fact)
_HOW_MANY_UNIT = re.compile(r"何([^\s、。0-9０-９何]{1,3}?)(?!ずつ)(?=[^、。]*?[0-9０-９]+\1)")


def count_beside_count(prompt: str) -> bool:
    """True when a count of the same unit as the one asked follows the question word.

    >>> count_beside_count("石井氏は衆議院に何回参議院に1回当選しましたか。")
    True
    >>> count_beside_count("石井氏は衆議院に何回当選しましたか。")
    False
    """
    return bool(_HOW_MANY_UNIT.search(prompt))


# 誰を目指しますか (史上初の黒人大統領), 誰を獲得しましたか (首位打者), 誰を抱えていましたか (4350人従業員):
# a post aimed at, a title won or staff held is no person acted on; ask it with 何, or not at all.
WHO_AS_A_POST = re.compile(r"誰を[^、。]{0,12}?(?:目指|獲得|抱え|受賞|取得|達成)")
# Two topics before one question: 連邦憲法裁判所は、解散は何を示しましたか (解散は belongs inside the
# judgement 解散は違憲ではない), 銀メダルは水鳥寿思選手は何位に…, アサヒビールはいつ麒麟麦酒は2月、…:
# a contrast or an inner clause's topic cut loose. それぞれ asks of both (Aは…、Bは…でそれぞれ何を).
_TOPIC = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30f6ーA-Za-z0-9０-９」』々]|さん|氏)は(?![じら])")


def two_topics(prompt: str) -> bool:
    """True when a question holds two noun-topics (…は …は) and no それぞれ.

    >>> two_topics("連邦憲法裁判所は、解散は何を示しましたか。"), two_topics("首相は何を示しましたか。")
    (True, False)
    """
    return len(_TOPIC.findall(prompt)) >= 2 and "それぞれ" not in prompt


# 誰が麻生氏を差を広げましたか: two objects of one verb, the source's slip copied (dev 3112)
DOUBLE_OBJECT = re.compile(r"(?:氏|さん|選手|首相|候補)を[^、。「」てでしりっ]{1,6}を")
# ロイターや読売新聞、…: the source's attribution cut from its によると
# 読売新聞では、スーパーにおいて…: the paper that reported it taken for the scene of the fact
MEDIA_WHEN = re.compile(r"(?:報道機関|メディア|各紙|各社|新聞|通信|テレビ)(?:が|は)(?:[^、。]{0,6})?(?:伝え|報じ|報道し)")
MEDIA_LEFT = re.compile(r"(?:新聞|通信|ロイター|AP|AFP|NHK|テレビ)、|^[^、。]{0,8}(?:新聞|通信|テレビ)[とや]|"
                         r"^(?:スポニチ|サンスポ|日刊|報知|デイリー|中日)[とや]|"
                         rf"^(?:{PAPER})[とや]|(?:新聞|通信)・|"
                         r"^[^、。]{0,10}(?:新聞|通信|NHK|テレビ|報道)(?:では|によれば|によると)|"
                         # 朝日新聞などは、…集会で、何がありましたか: the paper as the topic of what it
                         # reported, its 伝えている dropped (round 57's 2051)
                         r"^[^、。]{0,12}(?:新聞|通信|ロイター|テレビ|新華社)(?:など)?は、(?![^。]*(?:伝え|報じ|報道|とし))")
# 中国新聞は今後…何をしますか: the paper as the topic of what it reported (中国新聞は、警察当局も
# …把握しているとして、今後…捜査をする), its として dropped with the clause: the paper does not
# investigate (round 60's 2650); 日本テレビは…発表しましたか stays
MEDIA_TOPIC = re.compile(r"^[^、。]{0,12}(?:新聞|通信|ロイター|テレビ|新華社)(?:など)?は")
MEDIA_SAYS = re.compile(r"として|とし、|と伝え|と報じ")
# 9月に何が予定されていることもありますか: a side remark of the source, not a fact to ask
SIDE_REMARK = re.compile(r"ことも(?:あります|ありました)か。$|"
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
NO_STATEMENT = re.compile(r"^[^はが、。]*こと[はが]|も(?:あります|います)。$|も可能性|"
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
                           r"^([^、。]{2,12})、\1、|"
                           # 最低は栃木県の1.86%…でした: the lowest of what (turnout or its growth)
                           # was said in a sentence before (round 44)
                           r"^(?:最[低高多少大小下上]|トップ|首位|次い?で|以下|上位|下位)[はが、]")
# 110日間設けるです: a verb's plain form before です (not ようです, そうです, 近くです, 3つです)
VERB_DESU = re.compile(r"(?:[ぐすぬぶむる]|(?<![よそ])う|(?<![近遠多])く|(?<![0-9０-９一二三四五六七八九十いくひふみよ])つ)"
                        r"です(?:か)?。$")
# 田辺市では何を決めていませんでしたか: what was not done is no fact of the story to ask; どこが会派の
# 拘束をかけませんでしたか: two other parties did not either (dev 3113)
NOT_DONE = re.compile(r"ませ(?:ん|んでした)か。$")
# Shapes dev review 3113 graded C or B, each a question no teacher prints:
# 8月30日告示・いつ投開票されましたか, 59.32%は前回・いつ記録しましたか: one half of a dotted pair asked
# (何チーム・2回総当りですか: the question word on one side of a dot, round 115's 0680, B)
WH_AFTER_DOT = re.compile(r"・(?:いつ|どこ|誰|何)|何[^、。・]{0,4}・")
# 女何人がそれぞれ…検挙されましたか, 誰がそれぞれ: "each" with nothing before it to share out
# (5、6回に…それぞれ何点 keeps the pair it shares)
EACH_ALONE = re.compile(r"^[^、とや]*それぞれ")
# 自民党が291議席、どこが35議席を獲得しましたか: one of a row of results, the others shown
ROW_OF_RESULTS = re.compile(r"が[^、。]{0,10}[0-9０-９][^、。]{0,6}、(?:どこ|誰|何)が")
# ほか二人はブラジルの…です, 他にアルゼンチンと…があります: "the others" of a sentence not shown
OTHERS = re.compile(r"^(?:ほか|他|このほか|その他)|(?:は|が|、)他に")
# 売上高は何億円近いですか, 取得金額は936億円です: a sum or share with no owner (whose sales?)
# asks about nothing a reader can place; 中国は1993年以来何回目でしたか: the 何回目 of what is gone.
# 一部がアメリカ西海岸沖に漂着しています: a part of what? (瓦礫や漁船などの一部が, round 57's 2494)
NO_OWNER = re.compile(r"^[一-龥ァ-ヶー]{0,4}(?:金額|総額|売上高|規模|割合|シェア|比率|損失|負債|利益|収入)は|"
                      r"^(?:その)?(?:一部|大半|半数|残り|多く|ほとんど)(?:が|は)|"
                       r"何(?:回|度|人|番|位)目(?:でした|です)か。$|何[^、。]{0,4}近いですか。$|"
                      # 日本球界復帰をも含めての去就が注目されていました: whose? (松井選手の, round 129's 1907, B)
                      r"^(?:[^、。]{0,16}ての)?(?:去就|進退|容態|安否|消息|動静)(?:が|は)")
# 日本、アメリカ、韓国の何か国: the count stands in the prompt.


# 建設する中止しました: a verb's plain form right before a verbal noun (…建設する計画を中止した
# lost 計画を) is no Japanese; ある程度回復しました is.
CLAUSE_ON_VERB = re.compile(r"(?:する|した|[^っ]る)(?!程度)[一-龥]{2,4}(?:し|され)"
                             r"(?:ます|ました|ています|ていました|ません|ませんでした)か?。$")
# 夫婦の状態を取り消すには、: a verb's plain form with には is a purpose (in order to …)
PURPOSE = re.compile(r"(?:^|、)[^、。]*[うくぐすつぬぶむる]には、")


# A list of cities whose headings lost their line breaks: a place's suffix runs straight into a
# prefecture (横浜市|神奈川県, 愛媛県|愛媛県警) or a date (浜松市|25日、)
HEADINGS_RUN_IN = re.compile(rf"[市区町村県都府道](?:{'|'.join(PREFECTURES)})|^[^、。]{{2,12}}[市区町村][0-9０-９]+日、")
# いつ before a plan's own verb: 2005年秋に総選挙を行う意向を示した dates the election, not the words
# 2月29日、 4回、 12月22日に、: a date (or an inning) set off before the question word, as
# make_questions puts it for a who question (2月29日、誰が…死去しましたか)
LEADING_DATE = r"[0-9０-９][^、。「」]{0,12}?、"
# 両社は27日、いつ経営統合すると発表しましたか: the date before the comma is when it was said, the
# question word asks inside what was said; no pair of dates (COORDINATED) once the said date is
# set apart as the speaker's (the merger test article's lead). Replaced by the question alone.
REPORTED_WHEN = re.compile(r"(?<=[はが])[0-9０-９]+日(?:午前|午後|夜|朝)?、(いつ[^、。「」]*と(?:発表|公表|明らかに|報告|説明)"
                           r"し(?:ました|ています|ます)か。)$")
WHEN_OF_THE_INTENT = re.compile(r"いつ[^、。]{0,15}[うくすつぬむるぐぶ](?:意向|方針|計画|考え|姿勢|見通し|構え)を")
# A list's items are bare names (浜中、高田、森、誰が); a clause with a particle before its comma is
# no item (総務省消防庁のまとめでは、午前9時現在、何人が: two adverbials, then the question).
# (バラムラ町で3人と、どこで2人の計5人が: one place of a list with its count, wikinews-2828)
LIST_BEFORE_WH = re.compile(r"(?:[^、。はがをにでとも]{1,8}、){2,}(?:誰|どこ|何|いつ)|[0-9０-９][^、。]{0,3}と、?(?:誰|どこ)")
# いつ + a bare noun + でした: the copula took the place of the event the noun belonged to.
WHEN_A_NOUN = re.compile(r"いつ[一-龥ァ-ヶー]{1,6}[さみ]?(?:でした|です)か。$")
# The question word before the topic: いつ騎手一同による挨拶は企画されましたか (挨拶はいつ…).
WH_BEFORE_TOPIC = re.compile(r"(?:いつ|どこで|どこに)[^、。]{2,25}?[^でにとのへ]は(?![じ])")
# dev review 8: the question word before a clause of the source's (どこで5日午前9時40分ごろ、空港を
# 飛び立った…墜落しましたか), a topic with no predicate (「PokémonGO」は、いつですか), a date's
# contrastive には (9月にはどこで開催されますか)
# (誰が2026年3月14日、首相官邸で会談しましたか: the topic asked, its date after it, is Japanese)
CUT_AROUND_WH = re.compile(r"^(?:どこ(?:で|に|から)|誰が(?![0-9０-９]{1,4}[年月日][^、。]{0,8}、)|何が)[^、。]{4,30}、|は、(?:いつ|どこ|誰|何)(?:です|でした)か。$|"
                            r"[0-9０-９](?:月|日|年)には(?:どこ|誰|何)|"
                            # dev review 9: いつ月曜日に (the weekday of the key left), メキシコで42人、
                            # …、どこで11人が (the last of a list of counts), 決まったばかりでしたか
                            r"いつ[月火水木金土日]曜|いつから[^、。]{0,20}(?:務め|勤め|在籍し|所属し)ましたか。$|[0-9０-９]+(?:人|件|棟|戸|頭)、(?:どこ|誰|何)|ばかり(?:でした|です)か。$|"
                            # 南北海道代表・駒澤大学附属開かれましたか: a name glued to the verb, its
                            # particle and the rest of the clause lost (dev review 3111); not a duration
                            # (会合は…2日間開かれましたか)
                            r"[一-龥ァ-ヶ](?<!間)(?:開かれ|行われ)")
CORRECTION = re.compile(r"(?:訂正|お詫び|おわび|お断り)[:：]")
