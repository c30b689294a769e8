#include "scorecardrun.h"

#include "finalcardhtml.h"
#include "scorecardpdf.h"

#include <QDir>
#include <QSet>

#include <optional>

namespace ParScore {

Result<Overview> ScorecardRun::rankedOverview(ParxFile &file, const QString &group)
{
    auto overview = Overview::load(file, {OverviewLayer::Final, group});
    if (!overview)
        return overview.error();
    if (overview.value().rows.isEmpty())
        return Error::invalid(group.isEmpty() ? tr("The file holds no assessment.")
                                              : tr("The file holds no assessment of the group %1.").arg(group));
    return overview;
}

Result<ScorecardPieces> ScorecardRun::card(ParxFile &file, const AssessmentInfo &assessment, const CriteriaSet &set,
                                           bool finalCard)
{
    if (finalCard) {
        auto content = FinalCardHtml::load(file, assessment, set);
        if (!content)
            return content.error();
        return FinalCardHtml::pieces(content.value());
    }
    auto content = ScorecardHtml::load(file, assessment, set);
    if (!content)
        return content.error();
    return ScorecardHtml::pieces(content.value());
}

QString ScorecardRun::safeName(const QString &text)
{
    QString name;
    for (const QChar c : text)
        name += c.isLetterOrNumber() && c.unicode() < 128 ? c : (c == u'-' || c == u'.' ? c : u'_');
    return name;
}

QStringList ScorecardRun::fileNames(const QList<OverviewRow> &rows)
{
    QStringList names;
    QSet<QString> taken;
    for (const OverviewRow &row : rows) {
        const AssessmentInfo &assessment = row.assessment;
        const QString base = safeName(
            QStringLiteral("%1-%2-%3").arg(QString::number(assessment.year), assessment.group, assessment.agencyCode));
        QString name = base + QStringLiteral(".pdf");
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("%1-%2.pdf").arg(base).arg(n);
        taken.insert(name.toLower());
        names.append(name);
    }
    return names;
}

Result<ScorecardRun::Outcome> ScorecardRun::run(const QString &path, const Options &options)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    if (!file)
        return file.error();
    return run(*file.value(), options);
}

Result<ScorecardRun::Outcome> ScorecardRun::run(ParxFile &file, const Options &options)
{
    const auto overview = rankedOverview(file, options.group);
    if (!overview)
        return overview.error();
    const QList<OverviewRow> &rows = overview.value().rows;
    if (options.oneEach && !QDir().mkpath(options.output))
        return Error::unreadable(tr("The folder %1 cannot be made.").arg(options.output));
    std::optional<ScorecardBatch> batch;
    if (!options.oneEach)
        batch.emplace(options.output, tr("Scorecards"));
    const QStringList names = options.oneEach ? fileNames(rows) : QStringList();
    Outcome outcome;
    outcome.total = rows.size();
    for (const OverviewRow &row : rows) {
        if (options.progress)
            options.progress(outcome.written, outcome.total, row.assessment.agencyName);
        if (options.cancelled && options.cancelled()) {
            outcome.cancelled = true;
            return outcome; // the batch, unfinished, leaves no file
        }
        const auto set = overview.value().criteria.value(row.assessment.criteriaSha256);
        if (!set)
            return Error::unreadable(tr("The criteria set of %1 cannot be read").arg(row.assessment.agencyCode));
        const auto pieces = card(file, row.assessment, *set, options.finalCard);
        if (!pieces)
            return pieces.error();
        if (batch) {
            if (auto added = batch->add(pieces.value()); !added)
                return added.error();
        } else {
            const QString path = QDir(options.output).filePath(names[outcome.written]);
            if (auto written = ScorecardPdf::write(pieces.value(), row.assessment.agencyName, path); !written)
                return written.error();
            outcome.files.append(path);
        }
        ++outcome.written;
    }
    if (batch) {
        if (auto finished = batch->finish(); !finished)
            return finished.error();
        outcome.files.append(options.output);
    }
    return outcome;
}

} // namespace ParScore
