//! Every user-facing string, in every language.
//!
//! To add a string, add one entry with a text for each language; the macro
//! rejects an entry with a language missing. Placeholders are written `{name}`
//! and must match across languages (checked in `i18n::tests`).

use super::Lang;

macro_rules! catalogue {
    ($($key:ident { ja: $ja:literal, en: $en:literal $(,)? })*) => {
        /// A user-facing string. Referencing a key that does not exist is a
        /// compile error, so the UI can never show a blank for a typo.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            pub fn text(self, lang: Lang) -> &'static str {
                // A table, not a match: a match over every key compiled to 12 KB of wasm.
                const TEXTS: &[[&str; 2]] = &[$([$ja, $en]),*];
                TEXTS[self as usize][match lang { Lang::Ja => 0, Lang::En => 1 }]
            }
        }
    };
}

catalogue! {
    AppName { ja: "すくすく手帳", en: "Sukusuku Handbook" }
    AppTagline { ja: "母子健康手帳と発達のめやすチェック", en: "Your child handbook and development check" }
    SkipToContent { ja: "本文へ移動", en: "Skip to content" }

    NavMain { ja: "メインメニュー", en: "Main menu" }
    NavHome { ja: "ホーム", en: "Home" }
    NavRecord { ja: "記録", en: "Record" }
    NavCheck { ja: "チェック", en: "Check" }
    NavConsult { ja: "相談", en: "Talk" }
    NavSettings { ja: "設定", en: "Settings" }

    LangSwitchLabel { ja: "表示言語を{language}に切り替える", en: "Switch the language to {language}" }

    GuidanceNote {
        ja: "チェックの結果は「めやす（目安）」で、診断ではありません。気になることがあれば、いつでも相談できます。",
        en: "Check results are a guide, not a diagnosis. Whenever something worries you, there is someone to talk to.",
    }

    HomeTitle { ja: "ようこそ", en: "Welcome" }
    HomeIntro {
        ja: "お子さんの成長の記録と、2〜3か月ごとの発達のめやすチェックを、この端末の中だけに保存します。アカウントは不要で、一度開けばオフラインでも使えます。",
        en: "Keep your child's growth record and a development check every 2 to 3 months, stored only on this device. No account is needed, and once opened it works offline.",
    }
    HomeRecordTitle { ja: "記録をつける", en: "Keep the record" }
    HomeRecordBody { ja: "妊娠中の健診、お子さんの誕生、「はじめて」の日、成長を記録します。", en: "Prenatal checkups, your child's birth, their firsts and their growth." }
    HomeCheckTitle { ja: "発達のめやすチェック", en: "Development check" }
    HomeCheckBody { ja: "いまできることを、運動・言葉・社会性・生活の4つの分野でふりかえります。", en: "Look at what your child does now in four areas: movement, language, social and daily living." }
    HomeConsultTitle { ja: "相談する", en: "Talk to someone" }
    HomeConsultBody { ja: "お住まいの自治体の相談窓口と、夜間・休日の電話相談につながります。", en: "Reach your municipality's consultation services and the night and holiday phone lines." }

    RecordTitle { ja: "記録", en: "Record" }
    RecordIntro {
        ja: "妊娠の記録、お子さんの記録、成長曲線、予防接種と健診をここにまとめます。",
        en: "Your pregnancy record, your children's records, growth charts, vaccinations and checkups, all in one place.",
    }

    CheckTitle { ja: "発達のめやすチェック", en: "Development check" }
    CheckIntro {
        ja: "2〜3か月ごとに、お子さんがいまできることを短い質問でふりかえります。結果は分野ごとに「順調」「様子を見る」「相談してみる」のめやすで示します。",
        en: "Every 2 to 3 months, a few short questions about what your child does now. Each area's result is a guide: on track, worth watching, or worth talking over.",
    }
    CheckNoChild { ja: "チェックするには、まず記録のページでお子さんを登録してください。", en: "To start a check, first add your child on the Record page." }
    CheckAddChild { ja: "お子さんを登録する", en: "Add your child" }
    CheckBankBroken { ja: "チェックの質問データに問題があり、チェックを始められません。アプリを更新してください。", en: "The check's question data has a problem, so the check cannot start. Please update the app." }
    CheckFirstOn { ja: "最初のチェックは {date}（{band}）からです。", en: "The first check opens on {date} ({band})." }
    CheckDueNow { ja: "いまは「{band}」のチェックの時期です（{date}から）。", en: "It is time for the {band} check (from {date})." }
    CheckOverdue { ja: "「{band}」のチェックの時期を過ぎています（{date}から）。いつでも始められます。", en: "The {band} check was due on {date}. You can do it any time." }
    CheckRecheckDue { ja: "前回「様子を見る」だった分野を、もう一度チェックする時期です（{date}から）。", en: "Time to check again the areas that were worth watching last time (from {date})." }
    CheckDoneNext { ja: "「{band}」のチェックは済んでいます。次のチェックは {date} からです。", en: "The {band} check is done. The next check opens on {date}." }
    CheckAllDone { ja: "チェックはすべて終わりました。気になることがあれば、いつでも相談できます。", en: "All the checks are done. If anything worries you, you can always talk to someone." }
    CheckStart { ja: "チェックを始める", en: "Start the check" }
    CheckResume { ja: "続きから答える", en: "Continue the check" }
    CheckAgain { ja: "もう一度チェックする", en: "Check again" }
    CheckDiscard { ja: "途中の回答を消して最初から", en: "Clear the answers and start over" }
    CheckCorrectedNote { ja: "早く生まれたお子さんなので、2歳までは修正月齢（出産予定日から数えた月齢）で質問を選んでいます。", en: "Because your child was born early, questions are chosen by corrected age (counted from the due date) until age 2." }
    CheckSupportLabel { ja: "療育などの発達支援をすでに受けている", en: "My child already receives developmental support (therapy)" }
    CheckSupportHint { ja: "チェックは記録のために続けられます。結果で相談をすすめる代わりに、支援の先生と共有するための言葉を表示します。", en: "You can keep using the check to track progress. Instead of urging you to seek advice, results suggest sharing them with your child's support team." }
    CheckHistoryTitle { ja: "これまでのチェック", en: "Past checks" }
    CheckHistoryEmpty { ja: "まだチェックの記録はありません。", en: "No checks yet." }
    CheckHistoryDate { ja: "実施日", en: "Date" }
    CheckProgress { ja: "質問 {n} / {total}", en: "Question {n} of {total}" }
    CheckAboutYou { ja: "保護者の方ご自身のこと", en: "About you" }
    CheckAboutChild { ja: "お子さんの様子", en: "About your child" }
    CheckAnswersLabel { ja: "回答", en: "Answer" }
    AnswerCan { ja: "できる", en: "Yes" }
    AnswerYes { ja: "はい", en: "Yes" }
    AnswerSometimes { ja: "ときどき", en: "Sometimes" }
    AnswerNotYet { ja: "まだ", en: "Not yet" }
    AnswerNo { ja: "いいえ", en: "No" }
    AnswerUnknown { ja: "わからない", en: "Not sure" }
    CheckBack { ja: "前の質問へ", en: "Previous question" }
    CheckNext { ja: "次へ", en: "Next" }
    CheckFinish { ja: "回答を終えて結果を見る", en: "Finish and see the result" }
    CheckNoDraft { ja: "答えている途中のチェックはありません。", en: "There is no check in progress." }
    CheckBackToList { ja: "チェックのページへ戻る", en: "Back to the check page" }
    ResultTitle { ja: "チェックの結果（めやす）", en: "Check result (a guide)" }
    ResultGuide {
        ja: "この結果は、いまの様子をふりかえるための「めやす」です。診断ではありません。発達の進み方は一人ひとり違います。",
        en: "This result is a guide to look back on how things are now. It is not a diagnosis. Every child develops at their own pace.",
    }
    ResultFor { ja: "{name}さん・{band}・{date}", en: "{name}, {band}, {date}" }
    ResultAreaLevel { ja: "{area}：{level}。", en: "{area}: {level}." }
    LevelOnTrack { ja: "順調のようです", en: "Looks on track" }
    LevelWatch { ja: "様子を見ましょう", en: "Worth watching" }
    LevelConsult { ja: "一度相談してみましょう", en: "Worth talking over with someone" }
    LevelConsultSupported { ja: "支援の先生と一緒に見てみましょう", en: "Worth looking at with your support team" }
    LevelIncomplete { ja: "まだわかりません", en: "Not enough answers yet" }
    ReasonAllDone { ja: "この時期によく見られることが、できています。", en: "Your child does what most children do at this age." }
    ReasonNotYet { ja: "「まだ」の答えが {n} つありました。", en: "{n} answer(s) were \"not yet\"." }
    ReasonSometimes { ja: "「ときどき」の答えが {n} つありました。できるようになる途中のようです。", en: "{n} answer(s) were \"sometimes\": these skills seem to be on their way." }
    ReasonUnknown { ja: "「わからない」の答えが {n} つありました。おうちで試してみてから、もう一度チェックしてください。", en: "{n} answer(s) were \"not sure\". Try these at home, then come back to the check." }
    ReasonWatchNext { ja: "1か月後（{date}ごろ）にもう一度チェックしてみましょう。", en: "Check again in a month (around {date})." }
    ReasonWatchNextCheck { ja: "次のチェック（{date}ごろ）で、もう一度様子を見てみましょう。", en: "Look at this again at the next check (around {date})." }
    ResultTryTitle { ja: "おうちで試せること", en: "Things to try at home" }
    ResultSignTitle { ja: "気になるサイン", en: "A sign worth talking over" }
    ResultCaregiverTitle { ja: "あなた自身のことも相談できます", en: "You can talk about yourself, too" }
    ResultCaregiverBody { ja: "子育ては一人で抱えなくて大丈夫です。相談窓口では、保健師や心理士などが保護者の方の話も聞いてくれます。", en: "You do not have to carry parenting alone. Consultation services listen to parents too: nurses, psychologists and social workers." }
    ResultConsultTitle { ja: "相談してみませんか", en: "Would you like to talk it over?" }
    ResultConsultBody { ja: "結果は診断ではありませんが、気になることを早めに話しておくと安心です。お住まいの自治体の相談窓口につながります。", en: "The result is not a diagnosis, but talking things over early brings peace of mind. These are your municipality's consultation services." }
    ResultSupportBody { ja: "この結果は、療育の先生や相談先と共有するときの参考にできます。", en: "You can use this result when you talk with your child's support team or a consultation service." }
    ResultConsultAnytime { ja: "結果にかかわらず、お子さんのことで気になることがあれば、いつでも相談できます。", en: "Whatever the result, if anything about your child worries you, you can always talk to someone." }
    ResultConsultOpen { ja: "相談先を見る", en: "See who to talk to" }
    ResultNext { ja: "次のチェック: {date}", en: "Next check: {date}" }
    ResultAnswers { ja: "回答の一覧（健診で見せられます）", en: "All answers (to show at a checkup)" }
    ResultNotFound { ja: "このチェックの結果は見つかりません。", en: "This check result could not be found." }
    HomeNextCheck { ja: "{name}さんの次のチェック: {date}", en: "{name}'s next check: {date}" }
    HomeCheckDue { ja: "{name}さんのチェックの時期です", en: "It is time for {name}'s check" }
    HomeCheckOverdue { ja: "{name}さんのチェックの時期を過ぎています（{date}から）", en: "{name}'s check was due on {date}" }

    ConsultTitle { ja: "相談する", en: "Talk to someone" }
    ConsultIntro {
        ja: "子育てや発達のこと、ご自身の気持ちのこと、どんなことでも相談できます。",
        en: "You can talk about raising your child, their development, or how you yourself are feeling.",
    }
    ConsultEmergencyTitle { ja: "緊急のとき", en: "In an emergency" }
    ConsultEmergencyBody {
        ja: "意識がない、息が苦しそう、けいれんが止まらないなど、命にかかわるときはすぐに119番へ電話してください。",
        en: "If your child is unconscious, struggling to breathe, or has a seizure that does not stop, call 119 at once.",
    }
    ConsultCall119 { ja: "119番に電話する", en: "Call 119" }
    ConsultNationalTitle { ja: "全国の電話相談", en: "National phone lines" }

    Line8000Name { ja: "こども医療でんわ相談 #8000", en: "Child health phone line #8000" }
    Line8000Purpose { ja: "夜間や休日に、子どもの急な病気やけがで受診を迷うとき。", en: "At night or on holidays, when your child is suddenly ill or hurt and you are unsure whether to see a doctor." }
    Line8000Hours { ja: "夜間・休日（時間は都道府県により異なります）", en: "Nights and holidays (hours vary by prefecture)" }
    Line189Name { ja: "児童相談所虐待対応ダイヤル 189", en: "Child guidance centre line 189" }
    Line189Purpose { ja: "子育てがつらいとき、子どもへの虐待が心配なとき。匿名でも相談できます。", en: "When raising your child feels too hard, or you are worried a child is being harmed. You may stay anonymous." }
    LineYorisoiName { ja: "よりそいホットライン", en: "Yorisoi hotline" }
    LineYorisoiPurpose { ja: "暮らしや気持ちのこと、どんな悩みでも。", en: "Any worry, about daily life or about how you feel." }
    Hours24 { ja: "24時間・無料", en: "24 hours, free" }
    CallNumber { ja: "{number} に電話する", en: "Call {number}" }

    ErrRequired { ja: "入力してください。", en: "Please fill this in." }
    ErrNotANumber { ja: "数字で入力してください（例: 3.25）。", en: "Please enter a number (for example 3.25)." }
    ErrNotADate { ja: "日付を「2025-04-01」の形で入力してください。", en: "Please enter a date such as 2025-04-01." }
    ErrNotATime { ja: "時刻を「14:30」の形で入力してください。", en: "Please enter a time such as 14:30." }
    ErrDateInFuture { ja: "未来の日付になっています。今日かそれより前の日付にしてください。", en: "This date is in the future. Please use today or an earlier date." }
    ErrDateBeforeBirth { ja: "生まれた日（{birth}）より前の日付です。日付を確かめてください。", en: "This is before the date of birth ({birth}). Please check the date." }
    ErrDateTooFarAhead { ja: "先の日付すぎます。日付を確かめてください。", en: "This date is too far ahead. Please check it." }
    ErrDateTooLongAgo { ja: "古すぎる日付です。年を確かめてください。", en: "This date is too long ago. Please check the year." }
    ErrOutOfRange { ja: "{min}〜{max} {unit} の範囲で入力してください。", en: "Please enter a value from {min} to {max} {unit}." }
    ErrLooksLikeGrams { ja: "グラムで入力されているようです。この欄はキログラムです。{kg} kg のことですか？", en: "This looks like grams, but this field is in kilograms. Did you mean {kg} kg?" }
    ErrLooksLikeKilograms { ja: "キログラムで入力されているようです。この欄はグラムです。{grams} g のことですか？", en: "This looks like kilograms, but this field is in grams. Did you mean {grams} g?" }
    ErrLooksLikeMillimetres { ja: "ミリメートルで入力されているようです。この欄はセンチメートルです。{cm} cm のことですか？", en: "This looks like millimetres, but this field is in centimetres. Did you mean {cm} cm?" }
    ErrTooLong { ja: "{max}文字以内で入力してください。", en: "Please keep this to {max} characters or fewer." }
    ErrGestationDays { ja: "日数は0〜6日で入力してください（7日で1週です）。", en: "Days must be 0 to 6 (7 days make a week)." }
    ErrSystolicNotAboveDiastolic { ja: "最高血圧は最低血圧より大きい値です。上下が入れ替わっていないか確かめてください。", en: "The upper (systolic) value should be higher than the lower (diastolic) one. Please check they are not swapped." }
    ErrNothingMeasured { ja: "体重・身長・頭囲・胸囲のうち、少なくとも1つを入力してください。", en: "Please enter at least one of weight, length, head or chest." }

    FaultSyntax { ja: "JSONとして読めません（{detail}）", en: "{detail}" }
    FaultExpected { ja: "{kind}でなければなりません", en: "expected {kind}" }
    FaultMissing { ja: "項目「{name}」がありません", en: "missing field `{name}`" }
    FaultUnknownField { ja: "知らない項目「{name}」があります", en: "unknown field `{name}`" }
    FaultUnknownValue { ja: "「{value}」は使えない値です（使えるのは {choices}）", en: "unknown value `{value}`, expected one of {choices}" }
    FaultUnreadable { ja: "「{text}」は{kind}として読めません", en: "not {kind}: {text}" }
    KindObject { ja: "項目のまとまり（オブジェクト）", en: "an object" }
    KindString { ja: "文字列", en: "a string" }
    KindBoolean { ja: "true か false", en: "true or false" }
    KindNumber { ja: "数値", en: "a number" }
    KindWhole { ja: "範囲内の整数", en: "a whole number in range" }
    KindList { ja: "リスト（配列）", en: "a list" }
    KindDateTime { ja: "日時", en: "a date and time" }
    KindDate { ja: "日付", en: "a date" }
    KindTime { ja: "時刻", en: "a time" }
    KindAgeRow { ja: "[日齢, L, M, S] の行", en: "[age_days, L, M, S]" }
    KindOneOf { ja: "{choices} のどれか", en: "one of {choices}" }

    ImportEmpty { ja: "ファイルが空です。バックアップを書き出したときのファイルを選んでください。", en: "The file is empty. Please choose the file you saved when you exported a backup." }
    ImportTooLarge { ja: "ファイルが大きすぎます（{size} MB、上限 {max} MB）。このアプリのバックアップではないようです。", en: "The file is too large ({size} MB; the limit is {max} MB). It does not look like a backup from this app." }
    ImportNotJson { ja: "ファイルの中身が読み取れません（{line}行目 {column}文字目付近）。このアプリのバックアップファイルを選んでください。", en: "The file cannot be read (near line {line}, column {column}). Please choose a backup file from this app." }
    ImportNotABackup { ja: "このアプリのバックアップファイルではありません。「sukusuku-backup-日付.json」という名前のファイルを選んでください。", en: "This is not a backup file from this app. Please choose a file named like sukusuku-backup-date.json." }
    ImportNewerFormat { ja: "新しいバージョンのアプリで作られたファイルです（形式 {found}、このアプリは {supported} まで）。アプリを更新してから読み込んでください。", en: "This file was made by a newer version of the app (format {found}; this app reads up to {supported}). Please update the app, then import it." }
    ImportBadFormatVersion { ja: "ファイルの形式の番号が正しくありません。ファイルが壊れている可能性があります。", en: "The file's format number is not valid. The file may be damaged." }
    ImportShape { ja: "ファイルの「{path}」の内容が正しくありません。{detail}。ファイルが壊れているか、書き換えられている可能性があります。", en: "The file's \"{path}\" is not valid: {detail}. The file may be damaged or edited." }
    ImportImpossible { ja: "ファイルの「{path}」の値がありえない値です: {detail}", en: "The file's \"{path}\" holds an impossible value: {detail}" }
    ImportDuplicateId { ja: "ファイルの中で同じ番号（{id}）が2回使われています。ファイルが壊れている可能性があります。", en: "The file uses the same number ({id}) twice. The file may be damaged." }

    CorrectedAge { ja: "修正月齢 {age}", en: "Corrected age {age}" }
    BeforeDueDate { ja: "出産予定日まであと{days}日（修正月齢は予定日から数えます）", en: "{days} days before the due date (corrected age counts from the due date)" }
    GestationValue { ja: "{weeks}週{days}日", en: "{weeks} weeks {days} days" }
    SexFemale { ja: "女の子", en: "Girl" }
    SexMale { ja: "男の子", en: "Boy" }
    SexUnspecified { ja: "記録しない", en: "Not recorded" }
    FirstHeadControl { ja: "首すわり", en: "Holds head steady" }
    FirstRollingOver { ja: "寝返り", en: "Rolls over" }
    FirstSittingAlone { ja: "ひとりすわり", en: "Sits without support" }
    FirstCrawling { ja: "はいはい", en: "Crawls" }
    FirstPullingToStand { ja: "つかまり立ち", en: "Pulls up to stand" }
    FirstWalkingAlone { ja: "ひとり歩き", en: "Walks alone" }
    FirstWords { ja: "意味のある言葉（はじめての言葉）", en: "First meaningful words" }
    FirstOther { ja: "その他（自由に記入）", en: "Other (your own words)" }
    UrineNegative { ja: "陰性", en: "negative" }
    UrineTrace { ja: "ごく微量", en: "trace" }

    Save { ja: "保存する", en: "Save" }
    Cancel { ja: "やめる", en: "Cancel" }
    Edit { ja: "編集", en: "Edit" }
    Delete { ja: "削除", en: "Delete" }
    ConfirmDelete { ja: "「{what}」を削除します。元に戻せません。", en: "This deletes \"{what}\". It cannot be undone." }
    ConfirmDeleteYes { ja: "削除する", en: "Delete" }
    FormHasErrors { ja: "{count}か所の入力を確かめてください。", en: "Please check {count} field(s)." }
    Back { ja: "戻る", en: "Back" }
    NotRecorded { ja: "未記入", en: "Not recorded" }
    ShowAll { ja: "すべて表示（{count}件）", en: "Show all ({count})" }

    RecordChildren { ja: "お子さん", en: "Children" }
    RecordNoChildren { ja: "まだお子さんの記録はありません。", en: "No child has been added yet." }
    AddChild { ja: "お子さんを追加", en: "Add a child" }
    RecordPregnancies { ja: "妊娠の記録", en: "Pregnancy records" }
    RecordNoPregnancies { ja: "まだ妊娠の記録はありません。", en: "No pregnancy record yet." }
    AddPregnancy { ja: "妊娠の記録を追加", en: "Add a pregnancy record" }
    RecordCaregivers { ja: "保護者", en: "Caregivers" }
    AddCaregiver { ja: "保護者を追加", en: "Add a caregiver" }
    RecordPrivacy { ja: "記録はこの端末の中だけに保存され、どこにも送信されません。機種変更に備えて、設定からバックアップを書き出しておきましょう。", en: "Your record is kept only on this device and is never sent anywhere. Export a backup from Settings in case you change phones." }
    NoSuchItem { ja: "この記録は見つかりません。削除されたか、別のタブで変更された可能性があります。", en: "This record cannot be found. It may have been deleted or changed in another tab." }

    ChildName { ja: "名前またはニックネーム", en: "Name or nickname" }
    ChildBirthDate { ja: "生年月日", en: "Date of birth" }
    ChildSex { ja: "性別", en: "Sex" }
    ChildSexHint { ja: "成長曲線の基準を選ぶために使います。", en: "Used to pick the right growth chart." }
    GestationWeeks { ja: "在胎週数（週）", en: "Gestation at birth (weeks)" }
    GestationDays { ja: "（日）", en: "(days)" }
    GestationHint { ja: "37週より前に生まれたお子さんは、2歳まで修正月齢でもふりかえります。", en: "For children born before 37 weeks, development is also looked at by corrected age until age 2." }
    ChildAge { ja: "月齢・年齢", en: "Age" }
    DeleteChildWarning { ja: "{name}さんの記録（身体計測{measurements}件、メモ{notes}件、「はじめて」{firsts}件）をすべて削除します。元に戻せません。", en: "This deletes everything recorded for {name} ({measurements} measurements, {notes} notes, {firsts} firsts). It cannot be undone." }

    FirstsTitle { ja: "「はじめて」の記録", en: "Firsts" }
    FirstsHint { ja: "保育園や健診の書類でよく聞かれる日付です。", en: "Nursery and checkup forms often ask for these dates." }
    FirstWhat { ja: "できたこと", en: "What" }
    FirstLabel { ja: "内容", en: "Description" }
    FirstDate { ja: "日付", en: "Date" }
    AddFirst { ja: "「はじめて」を記録", en: "Record a first" }
    AtAge { ja: "（{age}）", en: " (at {age})" }

    MeasurementsTitle { ja: "身体計測", en: "Measurements" }
    AddMeasurement { ja: "計測を記録", en: "Add a measurement" }
    MeasuredOn { ja: "計測日", en: "Date measured" }
    Weight { ja: "体重", en: "Weight" }
    Length { ja: "身長", en: "Length / height" }
    Head { ja: "頭囲", en: "Head" }
    Chest { ja: "胸囲", en: "Chest" }
    WeightKgHint { ja: "キログラムで（例: 3.25）", en: "In kilograms (e.g. 3.25)" }
    NoMeasurements { ja: "まだ計測の記録はありません。", en: "No measurements yet." }

    NotesTitle { ja: "日記・メモ", en: "Diary and notes" }
    AddNote { ja: "メモを書く", en: "Write a note" }
    NoteDate { ja: "日付", en: "Date" }
    NoteText { ja: "メモ", en: "Note" }
    NoNotes { ja: "まだメモはありません。", en: "No notes yet." }

    PregnancyTitle { ja: "妊娠の記録", en: "Pregnancy record" }
    ExpectedDelivery { ja: "出産予定日", en: "Expected delivery date" }
    PregnancyNotes { ja: "メモ", en: "Notes" }
    PrenatalCheckups { ja: "妊婦健診", en: "Prenatal checkups" }
    AddCheckup { ja: "妊婦健診を記録", en: "Add a prenatal checkup" }
    NoCheckups { ja: "まだ健診の記録はありません。", en: "No checkups recorded yet." }
    CheckupDate { ja: "健診日", en: "Checkup date" }
    CheckupWeeks { ja: "妊娠週数（週）", en: "Weeks of pregnancy" }
    MaternalWeight { ja: "体重", en: "Weight" }
    BloodPressure { ja: "血圧", en: "Blood pressure" }
    BpSystolic { ja: "最高血圧", en: "Systolic (upper)" }
    BpDiastolic { ja: "最低血圧", en: "Diastolic (lower)" }
    UrineProtein { ja: "尿たんぱく", en: "Urine protein" }
    UrineSugar { ja: "尿糖", en: "Urine sugar" }
    NotesLabel { ja: "メモ（医師・助産師から言われたことなど）", en: "Notes (what the doctor or midwife said, etc.)" }
    BirthTitle { ja: "出産の状態", en: "The birth" }
    AddBirth { ja: "出産の記録を書く", en: "Record the birth" }
    BirthDate { ja: "出生日", en: "Date of birth" }
    BirthTime { ja: "出生時刻", en: "Time of birth" }
    BirthWeight { ja: "出生体重", en: "Birth weight" }
    BirthWeightHint { ja: "グラムで（例: 3120）", en: "In grams (e.g. 3120)" }
    BirthLength { ja: "身長", en: "Length" }
    CaregiverName { ja: "名前", en: "Name" }
    CaregiverRelation { ja: "続柄（母、父など）", en: "Relationship (mother, father, …)" }

    SaveFailed { ja: "保存できませんでした。入力した内容はこの画面を閉じるまで残っています。念のためバックアップを書き出してください。", en: "Your change could not be saved. It stays on screen until you close the app; please export a backup to be safe." }
    SaveFailedQuota { ja: "端末の保存容量がいっぱいで保存できませんでした。入力した内容はこの画面を閉じるまで残っています。バックアップを書き出し、端末の空き容量を増やしてください。", en: "The device's storage is full, so your change was not saved. It stays on screen until you close the app. Please export a backup and free some space." }
    StorageUnavailable { ja: "このブラウザでは記録を保存できません（プライベートブラウズなど）。画面を閉じると入力した内容は消えます。バックアップを書き出すか、通常のブラウズで開いてください。", en: "This browser does not allow the app to save (private browsing, for example). What you enter is lost when you close it. Export a backup, or open the app in a normal window." }
    SaveConflict { ja: "この端末の記録が別のタブで変更されましたが、この画面の変更はまだ保存できていません。どちらも上書きしないよう、保存を止めています。この画面の記録をバックアップとして書き出してから、ページを再読み込みしてください。", en: "The record on this device was changed in another tab while this one still had a change it could not save. Saving is paused so neither is overwritten. Please export this tab's record as a backup, then reload the page." }
    SaveStoredUnreadable { ja: "この端末の記録が、別のタブで新しいバージョンのアプリによって保存されました。上書きしないよう、保存を止めています。この画面の変更をバックアップとして書き出してから、ページを再読み込みしてください。", en: "The record on this device was saved in another tab by a newer version of the app. Saving is paused so it is not overwritten. Please export this tab's change as a backup, then reload the page." }
    LoadNewer { ja: "この端末の記録は新しいバージョンのアプリで保存されています。上書きしないよう、保存を止めています。ページを再読み込みしてアプリを更新してください。", en: "The record on this device was saved by a newer version of the app. Saving is paused so nothing is overwritten. Please reload the page to update the app." }
    LoadBlocked { ja: "この端末に保存されている記録が読み取れませんでした。消してしまわないよう、保存を止めています。バックアップを書き出して、お問い合わせください。", en: "The record saved on this device could not be read. Saving is paused so it is not lost. Please export what you can and contact support." }
    LoadQuarantined { ja: "この端末に保存されていた記録が読み取れなかったため、空の記録で始めています。読み取れなかったデータは消さずに別の場所に保管してあり、ファイルとして書き出せます。バックアップがあれば、設定の「記録のバックアップと削除」から復元できます。", en: "The record saved on this device could not be read, so the app has started with an empty record. The unreadable data has been kept aside, not deleted, and you can save it as a file. If you have a backup, you can restore it under Settings → Backup and deletion." }
    ExportUnreadable { ja: "読み取れなかったデータを書き出す", en: "Save the unreadable data as a file" }
    UpdatedElsewhere { ja: "別のタブや画面で記録が更新されたため、最新の内容を表示しています。", en: "The record was changed in another tab, so the latest version is shown." }
    ExportBackup { ja: "バックアップを書き出す", en: "Export a backup" }

    DataTitle { ja: "記録のバックアップと削除", en: "Backup and deletion" }
    DataIntro { ja: "記録はこの端末のブラウザの中だけにあります。ブラウザのデータ消去や機種変更で失われないよう、ときどきバックアップを書き出して、別の場所（パソコン、クラウドなど）に保管してください。", en: "Your record exists only in this browser on this device. So that clearing browser data or changing phones does not lose it, export a backup now and then and keep it somewhere else (a computer, cloud storage)." }
    PersistGranted { ja: "この端末では、空き容量が少なくなっても記録が自動で消されないよう設定されています。", en: "This browser has agreed not to delete the record automatically when space runs low." }
    PersistDenied { ja: "このブラウザは、空き容量が少ないときなどに記録を消すことがあります。ホーム画面に追加し、バックアップも書き出しておくと安心です。", en: "This browser may delete the record when space runs low. Adding the app to your home screen and exporting backups keeps it safer." }
    PersistUnknown { ja: "記録を保存すると、消されにくくするようブラウザに依頼します。", en: "When you first save, the app asks the browser to keep the record safe from automatic deletion." }
    ExportHint { ja: "記録全体を1つのファイル（JSON形式）として保存します。ファイル名には日付が入ります。", en: "Saves the whole record as one file (JSON), named with today's date." }
    LastExport { ja: "前回の書き出し: {date}", en: "Last exported: {date}" }
    NeverExported { ja: "まだ書き出したことはありません。", en: "Not exported yet." }
    ImportTitle { ja: "バックアップから戻す", en: "Restore from a backup" }
    ImportHint { ja: "書き出したファイルを選ぶと、中身を確認してから戻せます。確認するまで今の記録は変わりません。", en: "Choose a file you exported; you will see what it holds before anything changes." }
    ImportChoose { ja: "ファイルを選ぶ", en: "Choose a file" }
    ImportPreviewTitle { ja: "このファイルの内容", en: "What this file holds" }
    ImportExportedOn { ja: "{date} に書き出されたバックアップです。", en: "A backup exported on {date}." }
    ImportWillReplace { ja: "戻すと、この端末の今の記録（{current}）は、このファイルの内容に置き換わります。", en: "Restoring replaces the record now on this device ({current}) with this file's content." }
    ImportReplace { ja: "置き換えて戻す", en: "Replace and restore" }
    ImportDone { ja: "バックアップから記録を戻しました。", en: "The record has been restored from the backup." }
    CountsSummary { ja: "お子さん{children}人・妊娠の記録{pregnancies}件・計測{measurements}件・メモ{notes}件", en: "{children} children, {pregnancies} pregnancy records, {measurements} measurements, {notes} notes" }
    QuarantineTitle { ja: "読み取れなかったデータ", en: "Data that could not be read" }
    DeleteAllTitle { ja: "この端末のデータをすべて削除", en: "Delete all data on this device" }
    DeleteAllWarning { ja: "この端末に保存されている記録（{current}）と設定をすべて削除します。元に戻せません。削除する前に、バックアップを書き出すことをおすすめします。", en: "This deletes the record on this device ({current}) and its settings. It cannot be undone. We recommend exporting a backup first." }
    DeleteAllConfirm { ja: "すべて削除する", en: "Delete everything" }
    DeleteAllDone { ja: "この端末のデータを削除しました。", en: "All data on this device has been deleted." }
    ExportReminder { ja: "最後のバックアップから30日以上たっています。機種変更やデータ消去に備えて、バックアップを書き出しましょう。", en: "It has been 30 days or more since your last backup. Export one now in case you change phones or browser data is cleared." }

    Open24h { ja: "24時間受付", en: "Open 24 hours" }
    OpenUntil { ja: "受付中・{time}まで", en: "Open now, until {time}" }
    Today { ja: "今日", en: "today" }
    ClosedOpensAt { ja: "受付時間外です。次は{day}{time}から", en: "Closed now. Opens {day} at {time}" }
    ClosedMessageRead { ja: "受付時間外ですが、メッセージは今送れます。{day}{time}から読まれます", en: "Closed now, but you can send a message; it will be read {day} from {time}" }
    ClosedForNow { ja: "しばらく受付を休止しています", en: "Not taking consultations for now" }
    ShareHeader { ja: "【すくすく手帳から相談します】", en: "[A consultation from Sukusuku Handbook]" }
    ShareName { ja: "子どもの名前: {name}", en: "Child's name: {name}" }
    ShareAge { ja: "月齢・年齢: {age}", en: "Age: {age}" }
    SharePregnancy { ja: "妊娠{weeks}週", en: "{weeks} weeks pregnant" }
    ShareConcerns { ja: "気になっていること: {areas}", en: "What I would like to talk about: {areas}" }
    ShareNote { ja: "保護者から: {note}", en: "From the parent: {note}" }

    ConsultCityTitle { ja: "{city}の相談窓口", en: "{city}: consultation services" }
    ConsultNothingOpen { ja: "いまは受付時間外の窓口ばかりです。急いで話したいときは、下の24時間の電話相談を使ってください。", en: "None of these desks is open right now. If you need to talk now, use the 24-hour phone lines below." }
    ConsultLoading { ja: "自治体の相談窓口を読み込んでいます…", en: "Loading your municipality's services…" }
    CityUnavailable { ja: "自治体の相談窓口の情報を読み込めませんでした（通信がないようです）。全国の電話相談は使えます。", en: "Your municipality's services could not be loaded (no connection). The national phone lines below still work." }
    ShareTitle { ja: "相談するときに送る内容", en: "What you will send" }
    ShareIntro { ja: "LINE・フォーム・メールで相談するときは、下の文章がそのまま送信欄に入ります。送る前に、相手の画面で確認・変更できます。名前は、入れると決めたときだけ入ります。", en: "When you use LINE, a form or e-mail, exactly the text below is put in the message. You can still check and change it there before sending. The name is included only if you choose." }
    ShareAbout { ja: "誰のことで相談しますか", en: "Who is this about" }
    ShareAboutNobody { ja: "子どものことではない・選ばない", en: "Not about a child / prefer not to say" }
    SharePregnancyOption { ja: "妊娠中のこと", en: "My pregnancy" }
    ShareIncludeName { ja: "子どもの名前を入れる", en: "Include the child's name" }
    ShareNoteLabel { ja: "伝えたいこと（任意）", en: "What you would like to say (optional)" }
    ShareCopy { ja: "文章をコピー", en: "Copy the text" }
    ShareCopied { ja: "コピーしました。", en: "Copied." }
    ShareCopyFailed { ja: "コピーできませんでした。上の文章を長押しして選び、コピーしてください。", en: "The text could not be copied. Press and hold the text above to select and copy it." }
    SendLine { ja: "LINEで相談する", en: "Message on LINE" }
    SendWeb { ja: "相談フォームを開く", en: "Open the form" }
    SendMail { ja: "メールで相談する", en: "Send an e-mail" }
    ServicesTitle { ja: "そのほかのサービス", en: "Other services" }
    DemoBadge { ja: "デモ", en: "Demo" }
    DemoCityNotice { ja: "これは架空の自治体のデモ表示です。実際の相談窓口ではありません。", en: "This is a fictional demonstration municipality, not a real consultation service." }
    ConfigErrorTitle { ja: "自治体の設定ファイルに誤りがあります（ホームページ担当の方へ）", en: "The municipality's configuration file has mistakes (for the webmaster)" }
    ConfigErrorFamilies { ja: "ご家族の方へ: 記録やチェックはそのまま使えます。全国の電話相談も使えます。", en: "For families: the record and checks work as usual, and the national phone lines are available." }
    SettingsCity { ja: "お住まいの自治体", en: "Your municipality" }
    SettingsCityHint { ja: "引っ越したときは選び直してください。記録はそのまま残ります。", en: "Choose again if you move; your record stays as it is." }
    EmbeddedNotice { ja: "このアプリは自治体のページの中に表示されています。この状態ではブラウザが記録を別の場所に保存するため、記録をつける前に、専用のタブで開くかホーム画面に追加してください。", en: "This app is shown inside your municipality's page, where the browser keeps its data separately. Before you start a record, open it in its own tab or add it to your home screen." }
    OpenInOwnTab { ja: "専用のタブで開く", en: "Open in its own tab" }

    SettingsTitle { ja: "設定", en: "Settings" }
    SettingsLanguage { ja: "表示言語", en: "Language" }
    SettingsOfflineTitle { ja: "オフラインでの利用", en: "Offline use" }
    SettingsOfflineReady { ja: "この端末ではオフラインでも開けます。", en: "This device can open the app offline." }
    SettingsOfflinePending {
        ja: "オフライン用の準備がまだ終わっていません。通信できる場所で一度開いてください。",
        en: "Offline use is not ready yet. Open the app once while you have a connection.",
    }
    SettingsVersion { ja: "バージョン {version}", en: "Version {version}" }

    UpdateAvailable {
        ja: "新しいバージョンがあります。入力中の内容があれば、終えてから更新してください。",
        en: "A new version is available. If you are in the middle of entering something, finish it before updating.",
    }
    UpdateNow { ja: "更新する", en: "Update now" }
    UpdateLater { ja: "あとで", en: "Later" }
    OfflineReady {
        ja: "準備ができました。これからは通信がなくてもこのアプリを開けます。",
        en: "All set: from now on this app opens even without a connection.",
    }
    Dismiss { ja: "閉じる", en: "Close" }

    DemoBanner { ja: "デモ表示中：見本の家族です。この端末の本当の記録は読み書きしません。", en: "Demo: a sample family. This device's real record is not read or changed." }
    DemoReset { ja: "見本を元に戻す", en: "Reset the demo" }
    DemoExit { ja: "デモを終わる", en: "Leave the demo" }
    DemoEnter { ja: "デモを始める（見本の家族）", en: "Start the demo (a sample family)" }
    CheckupRoomTitle { ja: "健診会場で使う（保健師・スタッフ向け）", en: "At the checkup (for nurses and staff)" }
    CheckupRoomHint { ja: "デモは見本の家族を表示します。この端末の本当の記録には触れず、終わるとそのまま戻ります。", en: "The demo shows a sample family. This device's real record is not touched, and is there as it was when you leave." }
    PresentationLabel { ja: "大きな文字で表示する（プロジェクター・タブレット用）", en: "Large text (for a projector or tablet)" }
    ShareAppLink { ja: "このアプリを紹介する（QRコード）", en: "Share this app (QR code)" }
    ShareAppTitle { ja: "このアプリを紹介する", en: "Share this app" }
    ShareAppIntro { ja: "スマートフォンのカメラでQRコードを読み取ると、このアプリが開きます。", en: "Scan the QR code with a phone's camera to open this app." }
    ShareAppQrLabel { ja: "このアプリのアドレスのQRコード: {address}", en: "QR code of this app's address: {address}" }

    SummaryTitle { ja: "健診用のまとめ", en: "Checkup summary" }
    SummaryOpen { ja: "健診用のまとめ（印刷できます）", en: "Checkup summary (printable)" }
    SummaryPrint { ja: "印刷 / PDFで保存", en: "Print / save as PDF" }
    SummaryBirth { ja: "生年月日", en: "Date of birth" }
    SummaryAge { ja: "月齢・年齢", en: "Age" }
    SummaryCorrected { ja: "修正月齢", en: "Corrected age" }
    SummaryGrowth { ja: "最近の身体計測（WHO基準のパーセンタイル）", en: "Latest measurements (WHO centiles)" }
    SummaryVaccinesDone { ja: "受けた予防接種", en: "Vaccinations given" }
    SummaryVaccinesDue { ja: "これからの予防接種", en: "Vaccinations due" }
    SummaryDueUntil { ja: "{date}まで", en: "until {date}" }
    SummaryOverdueSince { ja: "{date}から（時期を過ぎています）", en: "due since {date}" }
    SummaryFrom { ja: "{date}から", en: "from {date}" }
    SummaryCheck { ja: "最近の発達のめやすチェック", en: "Latest development check" }
    SummaryFirsts { ja: "「はじめて」の記録", en: "Firsts" }
    SummaryQuestions { ja: "健診で聞きたいこと", en: "Questions for the nurse or doctor" }
    SummaryQuestionsHint { ja: "ここに書いたことは、この端末に保存され、まとめに印刷されます。", en: "What you write here is kept on this device and printed on the summary." }
    SummaryNone { ja: "記録なし", en: "Nothing recorded" }
    SummaryFooter { ja: "すくすく手帳（母子健康手帳アプリ）の記録から。発達のめやすチェックの結果は診断ではありません。", en: "From the Sukusuku Handbook app. Development check results are a guide, not a diagnosis." }

    NotFoundTitle { ja: "ページが見つかりません", en: "Page not found" }
    NotFoundBody { ja: "アドレスが変わったか、まちがっている可能性があります。", en: "The address may have changed or may be mistyped." }
    NotFoundHome { ja: "ホームへ戻る", en: "Back to home" }

    // Growth charts, vaccinations and checkups (issue 4).
    CentileValue { ja: "{n}パーセンタイル", en: "{n} centile" }
    CentileBelow1 { ja: "1パーセンタイル未満", en: "below the 1st centile" }
    CentileAbove99 { ja: "99パーセンタイル超", en: "above the 99th centile" }
    CentileColumn { ja: "パーセンタイル", en: "Centile" }
    GrowthTitle { ja: "成長曲線", en: "Growth chart" }
    GrowthMeasureLabel { ja: "表示する計測", en: "Measurement shown" }
    GrowthSpanLabel { ja: "表示する期間", en: "Age range shown" }
    GrowthSpan24 { ja: "0〜2歳", en: "0-2 years" }
    GrowthSpan60 { ja: "0〜5歳", en: "0-5 years" }
    GrowthCorrected { ja: "修正月齢（出産予定日から数えた月齢）で表示する", en: "Plot by corrected age (counted from the due date)" }
    GrowthChooseRef { ja: "比べる基準", en: "Compare with" }
    GrowthChooseRefHint { ja: "性別が記録されていないので、どちらの基準の曲線で見るか選んでください（記録は変わりません）。", en: "The sex is not recorded, so choose which reference curves to compare with (the record is not changed)." }
    GrowthChooseRefPrompt { ja: "選んでください", en: "Choose" }
    GrowthRefGirls { ja: "女の子の基準", en: "girls' reference" }
    GrowthRefBoys { ja: "男の子の基準", en: "boys' reference" }
    GrowthAxisMonths { ja: "月齢（か月）", en: "Age (months)" }
    GrowthAxisYears { ja: "年齢（歳）", en: "Age (years)" }
    GrowthAxisCorrectedMonths { ja: "修正月齢（か月）", en: "Corrected age (months)" }
    GrowthAxisCorrectedYears { ja: "修正年齢（歳）", en: "Corrected age (years)" }
    GrowthChartLabel { ja: "{measure}の成長曲線（{reference}、{span}）。3・15・50・85・97パーセンタイルの線と、記録{count}件の点。", en: "{measure} growth chart ({reference}, {span}): the 3rd, 15th, 50th, 85th and 97th centile lines and {count} measurement points." }
    GrowthChartLatest { ja: "最新は{date}の{value}（{centile}）。", en: " The latest, on {date}, is {value} ({centile})." }
    GrowthSource { ja: "点と線がお子さんの記録、右端の数字はパーセンタイルです。基準: WHO Child Growth Standards (2006)。", en: "The dots and line are your child's record; the numbers on the right are centiles. Reference: WHO Child Growth Standards (2006)." }
    GrowthNoPoints { ja: "まだこの計測の記録はありません。「計測を記録」から入力すると、点で表示されます。", en: "No measurements of this kind yet. Add one with \"Add a measurement\" and it shows here as a dot." }
    GrowthExcluded { ja: "この期間の外の記録が{count}件あります（表には出ています）。", en: "{count} measurement(s) fall outside this age range (they are in the table)." }
    GrowthBeforeDue { ja: "出産予定日より前の記録{count}件は、修正月齢の曲線には表示されません（修正月齢の表示を外すと見られます）。", en: "{count} measurement(s) from before the due date are not on the corrected-age chart (untick corrected age to see them)." }
    GrowthTableToggle { ja: "同じ数値を表で見る", en: "See the same numbers as a table" }
    GrowthTableCorrectedAge { ja: "修正月齢", en: "Corrected age" }
    GrowthFromCheckup { ja: "（健診）", en: " (checkup)" }
    GrowthNoteBelow { ja: "{measure}が3パーセンタイルを下回っています。小柄でも元気に育つお子さんはたくさんいます。次の健診で相談してみましょう。", en: "{measure} is below the 3rd centile. Many small children are growing well; mention it at the next checkup." }
    GrowthNoteBelowFalling { ja: "{measure}が3パーセンタイルを下回り、前回から曲線の線を2本以上またいで下がっています。次の健診か、それより早めに相談してみましょう。", en: "{measure} is below the 3rd centile and has moved down across two or more centile lines since last time. Mention it at the next checkup, or sooner." }
    GrowthNoteAbove { ja: "{measure}が97パーセンタイルを上回っています。次の健診で相談してみましょう。", en: "{measure} is above the 97th centile. Mention it at the next checkup." }
    GrowthNoteFell { ja: "{measure}が前回から曲線の線を{lines}本またいで下がっています。測り方で変わることもあります。次の健診で相談してみましょう。", en: "{measure} has moved down across {lines} centile lines since last time. Measuring can vary; mention it at the next checkup." }

    VaccinesTitle { ja: "予防接種", en: "Vaccinations" }
    VaccinesIntro { ja: "定期接種の予定です。早く生まれたお子さんも、修正月齢ではなく生まれた日から数えます。接種日はかかりつけの医療機関と相談して決めてください。", en: "The routine (free) vaccination schedule. It counts from the date of birth, even for children born early (not corrected age). Agree the dates with your clinic." }
    VaccineNextNow { ja: "いま受けられる予防接種: {list}", en: "Can be given now: {list}" }
    VaccineNextOn { ja: "次の予防接種は{date}から: {list}", en: "Next, from {date}: {list}" }
    VaccineAllDone { ja: "これから受ける定期接種の予定はありません。", en: "No routine vaccinations are coming up." }
    VaccineCount { ja: "{done}/{total}回 済", en: "{done} of {total} given" }
    DoseDone { ja: "済（{date}）", en: "Given on {date}" }
    DoseDueNow { ja: "いま受けられます（標準的な時期は{date}まで）", en: "Can be given now (standard period until {date})" }
    DoseOverdue { ja: "標準的な時期を過ぎています（{since}から）。{until}まで公費で受けられます。", en: "Past the standard period (since {since}). Still free until {until}." }
    FromDate { ja: "{date}から", en: "From {date}" }
    DoseMissed { ja: "公費で受けられる期間が終わりました。受けたいときは医師に相談してください。", en: "The free (routine) period has ended. Ask the doctor if you would like it." }
    DoseGivenEarly { ja: "この日付は、決められた年齢や間隔より前のようです。日付を確かめてください。", en: "This date seems earlier than the age or interval allows. Please check the date." }
    DoseLotShown { ja: "ロット {lot}", en: "Lot {lot}" }
    RecordDose { ja: "接種を記録", en: "Record this dose" }
    DoseDate { ja: "接種日", en: "Date given" }
    DoseLot { ja: "ロット番号（任意）", en: "Lot number (optional)" }
    DoseLotHint { ja: "母子健康手帳に貼るシールに書かれています。", en: "Printed on the sticker for the handbook." }
    DoseProduct { ja: "ワクチンの種類", en: "Vaccine product" }
    DoseProductHint { ja: "種類によって回数が変わります。わからなければ未記入のままで構いません。", en: "The number of doses depends on the product. Leave it blank if you are not sure." }
    ExportIcs { ja: "今後の予定をカレンダーに書き出す（.ics）", en: "Export upcoming dates (.ics)" }
    ExportIcsHint { ja: "予防接種と健診の予定日を、スマートフォンのカレンダーに取り込めるファイルで保存します。", en: "Saves the coming vaccination and checkup dates as a file your phone's calendar can import." }
    ScheduleSource { ja: "出典: {source}（{version}）", en: "Source: {source} ({version})" }
    ErrNotInSchedule { ja: "アプリの予定表にない予防接種・健診です。", en: "This vaccine, dose or checkup is not in the app's schedule." }

    CheckupsTitle { ja: "乳幼児健診", en: "Infant checkups" }
    CheckupsIntro { ja: "健診のおおよその時期です。日程と会場は、お住まいの市町村からの案内を確認してください。", en: "The usual times for checkups. Check the dates and place in your municipality's invitation." }
    CheckupStatutory { ja: "法定", en: "required by law" }
    CheckupDone { ja: "受診済（{date}）", en: "Attended on {date}" }
    CheckupNow { ja: "いまの時期です（{date}まで）", en: "Due now (until {date})" }
    CheckupUpcoming { ja: "これからです", en: "Coming up" }
    CheckupPassed { ja: "時期が過ぎました。受けていれば記録できます。", en: "The period has passed. If you went, you can record it." }
    RecordCheckupVisit { ja: "受診を記録", en: "Record the visit" }
    VisitsTitle { ja: "健診の記録", en: "Checkup visits" }
    VisitDate { ja: "受診日", en: "Date of the visit" }
    VisitPlace { ja: "場所（任意）", en: "Place (optional)" }
    VisitPlaceHint { ja: "保健センターや医療機関の名前など", en: "A health centre or clinic, for example" }
    VisitPlaceShown { ja: "場所: {place}", en: "Place: {place}" }
    VisitNotes { ja: "医師・保健師から言われたこと（任意）", en: "What the doctor or nurse said (optional)" }
}
