#include "surveygrid.h"

#include "answersparser.h"
#include "criteriaparser.h"
#include "inputlimits.h"
#include "language.h"
#include "typednumber.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>

namespace ParScore {
namespace {

// "NA: reason" (any case, spaces around the colon allowed); nullopt when the cell is not
// a not-applicable answer. An empty reason is returned empty, for the caller to refuse.
std::optional<QString> notApplicableReason(const QString &cell)
{
    if (!cell.startsWith(QLatin1String("NA"), Qt::CaseInsensitive))
        return std::nullopt;
    const QString rest = cell.mid(2).trimmed();
    if (rest.isEmpty())
        return QString();
    if (!rest.startsWith(u':'))
        return std::nullopt;
    return rest.mid(1).trimmed();
}

Result<double> typedNumber(const QString &cell, const TypedNumberRule &rule)
{
    const auto read = TypedNumber::read(cell, rule);
    if (!read)
        return read.error();
    return read.value().toDouble();
}

// A whole number of an answer: 0 to 10^15 (the contract's whole numbers).
Result<double> wholeNumber(const QString &cell)
{
    return typedNumber(cell, {0, false, Fraction(), Fraction::fromInteger(qint64(Limits::maxWholeNumber)), false});
}

// The JSON answer (criteria-format.md §1) a non-empty cell stands for, before the rule's
// checks; an error when the text is not of the rule kind's syntax.
Result<QJsonObject> cellJson(const CriteriaNode &leaf, const QString &cell)
{
    const Rule &rule = *leaf.rule;
    const bool isOptionId = (rule.kind == RuleKind::Choice || rule.kind == RuleKind::Checklist) && rule.option(cell);
    if (const auto reason = isOptionId ? std::nullopt : notApplicableReason(cell)) {
        if (reason->isEmpty())
            return Error::invalid(SurveyCell::tr("write why the item is not applicable after “NA:”"));
        return QJsonObject{{QStringLiteral("notApplicable"), true}, {QStringLiteral("reason"), *reason}};
    }
    switch (rule.kind) {
    case RuleKind::Manual: {
        const auto points = TypedNumber::read(
            cell, {2, false, Fraction(), Fraction::fromHundredths(leaf.maxPoints), true});
        if (!points)
            return points.error();
        if (!(points.value() / rule.step).isInteger())
            return Error::invalid(SurveyCell::tr("“%1” is not a multiple of %2, the step of this item")
                                      .arg(cell, formatExact(rule.step)));
        return QJsonObject{{QStringLiteral("points"), points.value().toDouble()}};
    }
    case RuleKind::Percent: {
        const auto percent = typedNumber(cell, {2, false, Fraction(), Fraction(100, 1), true});
        if (!percent)
            return percent.error();
        return QJsonObject{{QStringLiteral("percent"), percent.value()}};
    }
    case RuleKind::Boolean:
        if (cell != QLatin1String("1") && cell != QLatin1String("0"))
            return Error::invalid(SurveyCell::tr("write 1 (yes) or 0 (no), not “%1”").arg(cell));
        return QJsonObject{{QStringLiteral("yes"), cell == QLatin1String("1")}};
    case RuleKind::Choice: {
        if (!rule.option(cell)) {
            QStringList ids;
            for (const RuleOption &option : rule.options)
                ids.append(option.id);
            return Error::invalid(SurveyCell::tr("“%1” is not an option of this item; write one of: %2")
                                      .arg(cell, ids.join(QStringLiteral(", "))));
        }
        return QJsonObject{{QStringLiteral("option"), cell}};
    }
    case RuleKind::Checklist: {
        QJsonArray checked;
        // "-" is a checklist with nothing checked, unless the checklist has an item "-".
        if (cell != QLatin1String("-") || rule.option(cell)) {
            const QStringList ids = cell.split(u';');
            if (ids.size() > Limits::maxCheckedIds)
                return Error::invalid(SurveyCell::tr("%1 item ids; the limit is %2")
                                          .arg(QString::number(ids.size()), QString::number(Limits::maxCheckedIds)));
            for (const QString &id : ids) {
                if (id.trimmed().isEmpty())
                    return Error::invalid(SurveyCell::tr("an item id is missing between the “;”"));
                checked.append(id.trimmed());
            }
        }
        return QJsonObject{{QStringLiteral("checked"), checked}};
    }
    case RuleKind::Tiers:
        if (rule.tierInput == TierInput::Number) {
            const auto value = typedNumber(cell, {6, true, std::nullopt, std::nullopt, false});
            if (!value)
                return value.error();
            return QJsonObject{{QStringLiteral("value"), value.value()}};
        }
        [[fallthrough]];
    case RuleKind::Ratio: {
        const QStringList parts = cell.split(u'/');
        if (parts.size() != 2)
            return Error::invalid(
                SurveyCell::tr("write two whole numbers as a/b (done/due, e.g. 9/10), not “%1”").arg(cell));
        const auto numerator = wholeNumber(parts[0]);
        if (!numerator)
            return numerator.error();
        const auto denominator = wholeNumber(parts[1]);
        if (!denominator)
            return denominator.error();
        return QJsonObject{{QStringLiteral("numerator"), numerator.value()},
                           {QStringLiteral("denominator"), denominator.value()}};
    }
    case RuleKind::Deduction: {
        const auto count = wholeNumber(cell);
        if (!count)
            return count.error();
        return QJsonObject{{QStringLiteral("count"), count.value()}};
    }
    }
    return Error::invalid(SurveyCell::tr("this item takes no survey score"));
}

// The lines of a text: "\r\n", "\n" and "\r" each end one.
QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\n' && text[i] != u'\r')
            continue;
        lines.append(text.mid(start, i - start));
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    lines.append(text.mid(start));
    return lines;
}

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// Problems as found, at most Limits::maxListedProblems of them kept (a hostile grid of
// millions of bad cells would otherwise fill the memory), the rest counted.
class ProblemList
{
public:
    explicit ProblemList(QList<SurveyProblem> &list)
        : m_list(list)
    {
        m_list.clear();
    }
    void add(int line, const QString &agencyCode, const QString &nodeId, const QString &why)
    {
        if (m_count++ < Limits::maxListedProblems)
            m_list.append({line, agencyCode, nodeId, why});
    }
    bool isEmpty() const { return m_count == 0; }
    // In the order of the lines; the uncounted rest said in one last problem.
    void finish()
    {
        std::stable_sort(m_list.begin(), m_list.end(),
                         [](const SurveyProblem &a, const SurveyProblem &b) { return a.line < b.line; });
        if (m_count > m_list.size())
            m_list.append({0, {}, {}, SurveyGrid::tr("… and %n more problem(s)", nullptr, m_count - int(m_list.size()))});
    }

private:
    QList<SurveyProblem> &m_list;
    int m_count = 0;
};

// A row as read, before its cells are: the fields and the assessment it names.
struct RowDraft
{
    int line = 0;
    QList<QStringView> fields;
    const AssessmentInfo *assessment = nullptr;
    CriteriaSet set;
};

// Why a column cannot take a survey score in `set`; empty when it can.
QString columnProblem(const CriteriaSet &set, const QString &nodeId)
{
    const CriteriaNode *node = set.node(nodeId);
    if (!node)
        return SurveyGrid::tr("this agency's criteria set (%1 @ %2) has no such item").arg(set.id(), set.version());
    if (!node->isLeaf())
        return SurveyGrid::tr("this item has sub-criteria; enter the scores of its sub-criteria");
    if (node->scoredBy != ScoredBy::Appraiser)
        return SurveyGrid::tr("this item is scored by the agency itself; the grid takes only items scored by the "
                              "appraisers (surveys, statistics)");
    return {};
}

} // namespace

Result<std::optional<Answer>> SurveyCell::parse(const CriteriaSet &set, const CriteriaNode &leaf,
                                                const QString &text)
{
    const QString cell = text.trimmed();
    if (cell.isEmpty())
        return std::optional<Answer>();
    if (cell.size() > SurveyGrid::maxCellLength)
        return Error::invalid(tr("the cell has more than %1 characters").arg(SurveyGrid::maxCellLength));
    if (!leaf.isLeaf() || !leaf.rule)
        return Error::invalid(tr("this item has sub-criteria; enter the scores of its sub-criteria"));
    const auto json = cellJson(leaf, cell);
    if (!json)
        return json.error();
    // The same checks as an answers file's answer, as the appraiser: range, step, ids.
    const auto answer = AnswersParser::parseAnswer(set, leaf.id, json.value(), Role::Appraiser);
    if (!answer) {
        QString why = answer.error().message;
        const QString prefix = nodeLabel(leaf.id) + QStringLiteral(": ");
        if (why.startsWith(prefix))
            why.remove(0, prefix.size());
        return Error::invalid(why);
    }
    return std::optional(answer.value());
}

QString SurveyCell::format(const CriteriaNode &leaf, const Answer &answer)
{
    if (answer.notApplicable)
        return QStringLiteral("NA: ") + answer.reason;
    if (!leaf.rule)
        return {};
    switch (leaf.rule->kind) {
    case RuleKind::Manual:
    case RuleKind::Percent:
        return formatExact(answer.number);
    case RuleKind::Boolean:
        return answer.yes ? QStringLiteral("1") : QStringLiteral("0");
    case RuleKind::Choice:
        return answer.option;
    case RuleKind::Checklist:
        return answer.checked.isEmpty() ? QStringLiteral("-") : answer.checked.join(u';');
    case RuleKind::Tiers:
        if (leaf.rule->tierInput == TierInput::Number)
            return formatNumber(answer.value);
        [[fallthrough]];
    case RuleKind::Ratio:
        return QString::number(answer.numerator) + u'/' + QString::number(answer.denominator);
    case RuleKind::Deduction:
        return QString::number(answer.count);
    }
    return {};
}

int SurveyGrid::cellCount() const
{
    int count = 0;
    for (const SurveyRow &row : rows)
        count += int(row.answers.size());
    return count;
}

Result<QString> SurveyGrid::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unreadable(tr("Cannot read the grid %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return Error::invalid(tr("The grid %1 is larger than %2 MiB, the most a grid may have")
                                  .arg(path, QString::number(maxBytes / (1024 * 1024))));
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::unreadable(tr("Cannot read the grid %1: %2").arg(path, file.errorString()));
    if (bytes.size() > maxBytes)
        return Error::invalid(tr("The grid %1 is larger than %2 MiB, the most a grid may have")
                                  .arg(path, QString::number(maxBytes / (1024 * 1024))));
    QStringDecoder decoder(QStringDecoder::Utf8); // drops a byte order mark
    QString text = decoder(bytes);
    if (decoder.hasError())
        return Error::invalid(
            tr("The grid %1 is not UTF-8 text: save it from the spreadsheet as “Unicode text” or UTF-8").arg(path));
    return text;
}

Result<SurveyGrid> SurveyGrid::read(ParxFile &file, const QString &text, std::optional<int> year,
                                    QList<SurveyProblem> &problemList)
{
    ProblemList problems(problemList);
    SurveyGrid grid;
    if (text.size() > maxBytes) {
        problems.add(0, {}, {}, tr("the grid is larger than %1 MiB, the most a grid may have")
                                    .arg(QString::number(maxBytes / (1024 * 1024))));
        problems.finish();
        return grid;
    }
    QStringView body(text);
    if (body.startsWith(QChar(0xFEFF)))
        body = body.mid(1);
    QList<QStringView> lines = splitLines(body);
    while (!lines.isEmpty() && isBlank(lines.constLast()))
        lines.removeLast();
    if (lines.isEmpty() || isBlank(lines.constFirst())) {
        problems.add(lines.isEmpty() ? 0 : 1, {}, {},
                     tr("the first line must be the header: “agency”, then the item ids, separated by tabs"));
        problems.finish();
        return grid;
    }

    // The header: "agency", then the ids. A column that is empty or repeated takes no cell.
    const QList<QStringView> header = lines.constFirst().split(u'\t');
    if (header.constFirst().trimmed().compare(QLatin1String("agency"), Qt::CaseInsensitive) != 0)
        problems.add(1, {}, {}, tr("the header must begin with “agency”, then the item ids, separated by tabs"));
    if (header.size() - 1 > maxColumns) {
        problems.add(1, {}, {}, tr("the header has %1 item columns; the limit is %2")
                                    .arg(QString::number(header.size() - 1), QString::number(maxColumns)));
        problems.finish();
        return grid;
    }
    if (header.size() < 2)
        problems.add(1, {}, {}, tr("the header names no item"));
    QList<bool> usable;
    for (qsizetype i = 1; i < header.size(); ++i) {
        const QString id = header[i].trimmed().toString();
        const bool repeated = grid.columns.contains(id);
        if (id.isEmpty())
            problems.add(1, {}, {}, tr("column %1 of the header has no item id").arg(i + 1));
        else if (repeated)
            problems.add(1, {}, id, tr("the column appears twice in the header"));
        usable.append(!id.isEmpty() && !repeated);
        grid.columns.append(id);
    }

    // The rows: each names one assessment, read with its set.
    AssessmentStore store(file);
    const auto assessments = store.list();
    if (!assessments)
        return assessments.error();
    QHash<QString, QList<const AssessmentInfo *>> byCode;
    for (const AssessmentInfo &assessment : assessments.value()) {
        if (!year || assessment.year == *year)
            byCode[assessment.agencyCode].append(&assessment);
    }
    QHash<QString, CriteriaSet> sets; // by SHA-256: read once
    QHash<QString, int> lineOfCode;
    QList<RowDraft> drafts;
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const int line = int(index) + 1;
        const QList<QStringView> fields = lines[index].split(u'\t');
        if (std::all_of(fields.cbegin(), fields.cend(), isBlank))
            continue; // a blank row of the spreadsheet
        if (drafts.size() >= maxRows) {
            problems.add(line, {}, {}, tr("the grid has more than %1 rows, the most it may have").arg(maxRows));
            break;
        }
        const QString code = fields.constFirst().trimmed().toString();
        if (code.isEmpty()) {
            problems.add(line, {}, {}, tr("the row has no agency code in its first cell"));
            continue;
        }
        if (fields.size() != header.size()) {
            problems.add(line, code, {}, tr("the row has %1 cells; the header has %2 columns")
                                             .arg(QString::number(fields.size()), QString::number(header.size())));
            continue;
        }
        if (const auto seen = lineOfCode.constFind(code); seen != lineOfCode.cend()) {
            problems.add(line, code, {}, tr("the agency already has a row, on line %1").arg(*seen));
            continue;
        }
        lineOfCode.insert(code, line);
        const QList<const AssessmentInfo *> matches = byCode.value(code);
        if (matches.size() != 1) {
            QList<int> years;
            for (const AssessmentInfo *match : matches) {
                if (!years.contains(match->year))
                    years.append(match->year);
            }
            std::sort(years.begin(), years.end());
            if (years.size() > 1) {
                QStringList listed;
                for (const int each : years)
                    listed.append(QString::number(each));
                problems.add(line, code, {}, tr("the file holds assessments of this agency for several years (%1); "
                                                "give the year")
                                                 .arg(listed.join(QStringLiteral(", "))));
            } else if (!matches.isEmpty()) {
                problems.add(line, code, {}, tr("the file holds %n assessments of this agency for %1; resolve the "
                                                "duplicates first", nullptr, int(matches.size()))
                                                 .arg(years.constFirst()));
            } else if (year) {
                problems.add(line, code, {}, tr("the file holds no assessment of this agency for %1").arg(*year));
            } else {
                problems.add(line, code, {}, tr("the file holds no assessment of this agency"));
            }
            continue;
        }
        const AssessmentInfo &assessment = *matches.constFirst();
        if (assessment.status == AssessmentStatus::Final)
            problems.add(line, code, {}, tr("the assessment is final and can no longer be changed"));
        if (!sets.contains(assessment.criteriaSha256)) {
            auto loaded = store.criteria(assessment.criteriaSha256);
            if (!loaded)
                return loaded.error();
            sets.insert(assessment.criteriaSha256, std::move(loaded).value());
        }
        drafts.append({line, fields, &assessment, sets.value(assessment.criteriaSha256)});
    }

    // A column no row's set takes at all is the header's problem, said once.
    for (qsizetype column = 0; column < grid.columns.size(); ++column) {
        if (!usable[column] || drafts.isEmpty())
            continue;
        const QString &id = grid.columns[column];
        const bool anyTakes = std::any_of(drafts.cbegin(), drafts.cend(), [&id](const RowDraft &draft) {
            return columnProblem(draft.set, id).isEmpty();
        });
        if (!anyTakes) {
            problems.add(1, {}, id, columnProblem(drafts.constFirst().set, id));
            usable[column] = false;
        }
    }

    // The cells, every one of them checked.
    for (const RowDraft &draft : drafts) {
        SurveyRow row{draft.line, *draft.assessment, draft.set, {}};
        for (qsizetype column = 0; column < grid.columns.size(); ++column) {
            const QStringView cell = draft.fields[column + 1].trimmed();
            if (cell.isEmpty() || !usable[column])
                continue;
            const QString &id = grid.columns[column];
            if (const QString why = columnProblem(row.set, id); !why.isEmpty()) {
                problems.add(row.line, row.assessment.agencyCode, id, why);
                continue;
            }
            const auto answer = SurveyCell::parse(row.set, *row.set.node(id), cell.toString());
            if (!answer)
                problems.add(row.line, row.assessment.agencyCode, id, answer.error().message);
            else
                row.answers.append({id, *answer.value()});
        }
        grid.rows.append(row);
    }
    if (drafts.isEmpty() && problems.isEmpty())
        problems.add(0, {}, {}, tr("the grid has no row of an agency under its header"));
    problems.finish();
    return grid;
}

QString SurveyGrid::describe(const SurveyProblem &problem)
{
    if (problem.line <= 0)
        return problem.why;
    const QString line = QString::number(problem.line);
    if (!problem.agencyCode.isEmpty() && !problem.nodeId.isEmpty())
        return tr("line %1, agency %2, column %3: %4").arg(line, problem.agencyCode, problem.nodeId, problem.why);
    if (!problem.agencyCode.isEmpty())
        return tr("line %1, agency %2: %3").arg(line, problem.agencyCode, problem.why);
    if (!problem.nodeId.isEmpty())
        return tr("line %1, column %2: %3").arg(line, problem.nodeId, problem.why);
    return tr("line %1: %2").arg(line, problem.why);
}

Error SurveyGrid::refusal(const QList<SurveyProblem> &problems)
{
    QStringList details;
    for (const SurveyProblem &problem : problems)
        details.append(describe(problem));
    return Error::invalid(tr("The survey grid was refused; nothing was changed"), details);
}

Result<bool> SurveyGrid::checkTarget(ParxFile &file, Layer layer)
{
    if (layer == Layer::Self)
        return Error::invalid(tr("Survey scores go into an appraisal layer (appraisal1 or appraisal2), never into "
                                 "the agency's self-assessment"));
    if (file.info(QStringLiteral("role")) != QLatin1String("inspector"))
        return Error::invalid(tr("%1 is not the inspectors' province file: survey scores are entered there, after "
                                 "merging the agencies' files into it")
                                  .arg(file.path()));
    return true;
}

Result<QList<AnswerChange>> SurveyGrid::apply(ParxFile &file, Layer layer, const QString &author,
                                              bool commit) const
{
    auto target = checkTarget(file, layer);
    if (!target)
        return target.error();
    QList<AnswerEdit> edits;
    edits.reserve(cellCount());
    for (const SurveyRow &row : rows) {
        for (const auto &[nodeId, answer] : row.answers)
            edits.append({row.assessment, row.set, nodeId, answer, std::nullopt});
    }
    return AssessmentStore(file).setAnswers(layer, edits, author, commit);
}

Result<QList<AnswerChange>> SurveyGrid::undo(ParxFile &file, Layer layer, const QList<AnswerChange> &changes,
                                             const QString &author)
{
    auto target = checkTarget(file, layer);
    if (!target)
        return target.error();
    QList<AnswerEdit> edits;
    edits.reserve(changes.size());
    for (auto change = changes.crbegin(); change != changes.crend(); ++change)
        edits.append({change->assessment, change->set, change->nodeId, change->before, change->after});
    return AssessmentStore(file).setAnswers(layer, edits, author);
}

} // namespace ParScore
