//! The questions of one check, in the order they are asked: domain by
//! domain (the band's items, then that domain's warning signs), then the
//! signs without a domain, then the caregiver's own questions.

use super::bank::{Answer, AnswerKind, Band, Bank, Domain, Text};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum QuestionRole<'a> {
    Item { domain: Domain },
    Sign { domain: Option<Domain>, consult_on: &'a [Answer] },
    Caregiver { signal_on: &'a [Answer] },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Question<'a> {
    pub id: &'a str,
    pub text: &'a Text,
    pub kind: AnswerKind,
    pub role: QuestionRole<'a>,
    /// The "try at home" note (items only).
    pub try_at_home: Option<&'a Text>,
}

impl Question<'_> {
    /// The answer given, if it is one this question offers: a "sometimes"
    /// stored before yes-no questions dropped it is asked again.
    pub fn answer_in(&self, answers: &super::scoring::Answers) -> Option<Answer> {
        answers.get(self.id).copied().filter(|a| self.kind.choices().contains(a))
    }

    /// The answer that raises nothing: "can" for a behaviour, "no" to a lost
    /// skill or to feeling overwhelmed. The demo family answers with it.
    pub fn reassuring_answer(&self) -> Answer {
        let raises = match self.role {
            QuestionRole::Item { .. } => &[][..],
            QuestionRole::Sign { consult_on, .. } => consult_on,
            QuestionRole::Caregiver { signal_on } => signal_on,
        };
        self.kind.choices().iter().copied().find(|a| !raises.contains(a)).unwrap_or(Answer::Yes)
    }

    pub fn domain(&self) -> Option<Domain> {
        match self.role {
            QuestionRole::Item { domain } => Some(domain),
            QuestionRole::Sign { domain, .. } => domain,
            QuestionRole::Caregiver { .. } => None,
        }
    }
}

pub fn questions_for<'a>(bank: &'a Bank, band: &'a Band) -> Vec<Question<'a>> {
    let signs = || bank.rules.warning_signs.iter().filter(|s| s.asked_at(band.age_months));
    let mut questions = Vec::new();
    for domain in Domain::ALL {
        for item in band.items.iter().filter(|i| i.domain == domain) {
            questions.push(Question {
                id: &item.id,
                text: &item.text,
                kind: AnswerKind::Behaviour,
                role: QuestionRole::Item { domain },
                try_at_home: Some(&item.try_at_home),
            });
        }
        for sign in signs().filter(|s| s.domain == Some(domain)) {
            questions.push(sign_question(sign));
        }
    }
    for sign in signs().filter(|s| s.domain.is_none()) {
        questions.push(sign_question(sign));
    }
    for question in &bank.rules.caregiver_questions {
        questions.push(Question {
            id: &question.id,
            text: &question.text,
            kind: AnswerKind::YesNo,
            role: QuestionRole::Caregiver { signal_on: &question.signal_on },
            try_at_home: None,
        });
    }
    questions
}

/// A completed check's answers in the order they were asked, for the table
/// under its result: the band's questions it has an answer to (one added to
/// the bank since is left out, not shown as "not sure"), then the warning
/// signs it answered whose ages have moved since, in their own words, and
/// the parent's own questions last.
pub fn answers_as_taken<'a>(bank: &'a Bank, band: &'a Band, answers: &super::scoring::Answers) -> Vec<(Question<'a>, Answer)> {
    let asked = questions_for(bank, band);
    let moved_signs = bank.rules.warning_signs.iter().filter(|s| !asked.iter().any(|q| q.id == s.id)).map(sign_question);
    let (parent, about_child): (Vec<Question>, Vec<Question>) = asked.iter().partition(|q| matches!(q.role, QuestionRole::Caregiver { .. }));
    about_child
        .into_iter()
        .chain(moved_signs)
        .chain(parent)
        .filter_map(|q| answers.get(q.id).map(|&a| (q, a)))
        .collect()
}

/// Where a check still lacks an answer. A draft saved before the bank gained
/// a question resumes past it: it is asked before the check is finished.
pub fn first_unanswered(questions: &[Question], answers: &super::scoring::Answers) -> Option<usize> {
    questions.iter().position(|q| q.answer_in(answers).is_none())
}

fn sign_question(sign: &super::bank::WarningSign) -> Question<'_> {
    Question {
        id: &sign.id,
        text: &sign.text,
        kind: sign.answers,
        role: QuestionRole::Sign { domain: sign.domain, consult_on: &sign.consult_on },
        try_at_home: None,
    }
}
