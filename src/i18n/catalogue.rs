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
                match self {
                    $(Key::$key => match lang { Lang::Ja => $ja, Lang::En => $en },)*
                }
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
    RecordNotYet {
        ja: "記録の入力画面は準備中です。使えるようになるまで、紙の母子健康手帳もあわせてお使いください。",
        en: "Record entry is being prepared. Until it is ready, please keep using your paper handbook as well.",
    }

    CheckTitle { ja: "発達のめやすチェック", en: "Development check" }
    CheckIntro {
        ja: "2〜3か月ごとに、お子さんがいまできることを短い質問でふりかえります。結果は分野ごとに「順調」「様子を見る」「相談してみる」のめやすで示します。",
        en: "Every 2 to 3 months, a few short questions about what your child does now. Each area's result is a guide: on track, worth watching, or worth talking over.",
    }
    CheckNotYet {
        ja: "チェックの質問は準備中です。気になることがあれば、相談のページからいつでも相談できます。",
        en: "The check questions are being prepared. If anything worries you, the Talk page lists who you can contact now.",
    }

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

    ImportEmpty { ja: "ファイルが空です。バックアップを書き出したときのファイルを選んでください。", en: "The file is empty. Please choose the file you saved when you exported a backup." }
    ImportTooLarge { ja: "ファイルが大きすぎます（{size} MB、上限 {max} MB）。このアプリのバックアップではないようです。", en: "The file is too large ({size} MB; the limit is {max} MB). It does not look like a backup from this app." }
    ImportNotJson { ja: "ファイルの中身が読み取れません（{line}行目 {column}文字目付近）。このアプリのバックアップファイルを選んでください。", en: "The file cannot be read (near line {line}, column {column}). Please choose a backup file from this app." }
    ImportNotABackup { ja: "このアプリのバックアップファイルではありません。「sukusuku-backup-日付.json」という名前のファイルを選んでください。", en: "This is not a backup file from this app. Please choose a file named like sukusuku-backup-date.json." }
    ImportNewerFormat { ja: "新しいバージョンのアプリで作られたファイルです（形式 {found}、このアプリは {supported} まで）。アプリを更新してから読み込んでください。", en: "This file was made by a newer version of the app (format {found}; this app reads up to {supported}). Please update the app, then import it." }
    ImportBadFormatVersion { ja: "ファイルの形式の番号が正しくありません。ファイルが壊れている可能性があります。", en: "The file's format number is not valid. The file may be damaged." }
    ImportShape { ja: "ファイルの「{path}」の内容が正しくありません（{detail}）。ファイルが壊れているか、書き換えられている可能性があります。", en: "The file's \"{path}\" is not valid ({detail}). The file may be damaged or edited." }
    ImportImpossible { ja: "ファイルの「{path}」の値がありえない値です: {detail}", en: "The file's \"{path}\" holds an impossible value: {detail}" }
    ImportDuplicateId { ja: "ファイルの中で同じ番号（{id}）が2回使われています。ファイルが壊れている可能性があります。", en: "The file uses the same number ({id}) twice. The file may be damaged." }

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

    NotFoundTitle { ja: "ページが見つかりません", en: "Page not found" }
    NotFoundBody { ja: "アドレスが変わったか、まちがっている可能性があります。", en: "The address may have changed or may be mistyped." }
    NotFoundHome { ja: "ホームへ戻る", en: "Back to home" }
}
