// parscore-cli merge -o OUT.parx IN.parx... [--criteria SPEC]... [--accept-appraisals]
//     [--accept-mismatched] [--dry-run] [--json]
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "builtincriteria.h"
#include "language.h"
#include "merge.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::MergeCommand)
};

QJsonObject reportJson(const MergeReport &report)
{
    QJsonArray updated;
    for (const auto &u : report.updated)
        updated.append(QJsonObject{{QStringLiteral("assessment"), u.assessment},
                                   {QStringLiteral("layer"), u.layer},
                                   {QStringLiteral("node"), u.node},
                                   {QStringLiteral("before"), u.before},
                                   {QStringLiteral("after"), u.after}});
    QJsonArray conflicts;
    for (const auto &c : report.conflicts)
        conflicts.append(QJsonObject{{QStringLiteral("assessment"), c.assessment},
                                     {QStringLiteral("layer"), c.layer},
                                     {QStringLiteral("node"), c.node},
                                     {QStringLiteral("kept"), c.kept},
                                     {QStringLiteral("other"), c.other}});
    QJsonArray duplicates;
    for (const auto &d : report.duplicates)
        duplicates.append(QJsonObject{
            {QStringLiteral("agencyCode"), d.agencyCode},
            {QStringLiteral("year"), d.year},
            {QStringLiteral("assessments"), QJsonArray::fromStringList(d.assessments)}});
    QJsonArray rejected;
    for (const auto &r : report.rejected)
        rejected.append(
            QJsonObject{{QStringLiteral("file"), r.file}, {QStringLiteral("reason"), r.reason}});
    QJsonArray editions;
    for (const auto &e : report.editions)
        editions.append(QJsonObject{{QStringLiteral("assessment"), e.assessment},
                                    {QStringLiteral("agencyCode"), e.agencyCode},
                                    {QStringLiteral("keptVersion"), e.keptVersion},
                                    {QStringLiteral("otherVersion"), e.otherVersion}});
    const auto isoTime = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    QJsonArray resubmitted;
    for (const auto &r : report.resubmitted)
        resubmitted.append(QJsonObject{{QStringLiteral("assessment"), r.assessment},
                                       {QStringLiteral("agencyCode"), r.agencyCode},
                                       {QStringLiteral("previousSealedAt"), isoTime(r.previousSealedAt)},
                                       {QStringLiteral("sealedAt"), isoTime(r.sealedAt)}});
    QJsonArray ignored;
    for (const auto &i : report.appraisalsIgnored)
        ignored.append(QJsonObject{{QStringLiteral("file"), i.file},
                                   {QStringLiteral("assessment"), i.assessment},
                                   {QStringLiteral("agencyCode"), i.agencyCode}});
    const auto textOrNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonArray held;
    for (const auto &h : report.held)
        held.append(QJsonObject{{QStringLiteral("file"), h.file},
                                {QStringLiteral("agencyCode"), h.agencyCode},
                                {QStringLiteral("listedName"), textOrNull(h.listedName)},
                                {QStringLiteral("listedGroup"), textOrNull(h.listedGroup)},
                                {QStringLiteral("listedYear"), h.listedYear == 0 ? QJsonValue() : QJsonValue(h.listedYear)},
                                {QStringLiteral("submittedName"), h.submittedName},
                                {QStringLiteral("submittedGroup"), h.submittedGroup},
                                {QStringLiteral("submittedYear"), h.submittedYear},
                                {QStringLiteral("differs"), QJsonArray::fromStringList(h.differs)}});
    QJsonArray notListed;
    for (const auto &n : report.notListed)
        notListed.append(QJsonObject{{QStringLiteral("file"), n.file},
                                     {QStringLiteral("agencyCode"), n.agencyCode},
                                     {QStringLiteral("agencyName"), n.agencyName},
                                     {QStringLiteral("group"), n.group}});
    QJsonArray responses;
    for (const auto &r : report.responses)
        responses.append(QJsonObject{{QStringLiteral("file"), r.file},
                                     {QStringLiteral("agencyCode"), r.agencyCode},
                                     {QStringLiteral("assessment"), r.assessment},
                                     {QStringLiteral("request"), r.request},
                                     {QStringLiteral("node"), r.node}});
    const auto fingerprintOrNull = [](const std::optional<QString> &fingerprint) {
        return fingerprint ? QJsonValue(*fingerprint) : QJsonValue();
    };
    QJsonArray keyMismatch;
    for (const auto &k : report.keyMismatches)
        keyMismatch.append(QJsonObject{{QStringLiteral("file"), k.file},
                                       {QStringLiteral("assessment"), k.assessment},
                                       {QStringLiteral("agencyCode"), k.agencyCode},
                                       {QStringLiteral("known"), k.known},
                                       {QStringLiteral("incoming"), fingerprintOrNull(k.incoming)}});
    QJsonArray learnedKeys;
    for (const auto &l : report.learnedKeys)
        learnedKeys.append(QJsonObject{{QStringLiteral("file"), l.file},
                                       {QStringLiteral("agencyCode"), l.agencyCode},
                                       {QStringLiteral("key"), l.key}});
    QJsonArray unsignedSubmissions;
    for (const auto &u : report.unsignedSubmissions)
        unsignedSubmissions.append(
            QJsonObject{{QStringLiteral("file"), u.file}, {QStringLiteral("agencyCode"), u.agencyCode}});
    QJsonArray untrusted;
    for (const auto &u : report.untrustedAppraisals)
        untrusted.append(QJsonObject{{QStringLiteral("file"), u.file},
                                     {QStringLiteral("assessment"), u.assessment},
                                     {QStringLiteral("agencyCode"), u.agencyCode},
                                     {QStringLiteral("signer"), fingerprintOrNull(u.signer)},
                                     {QStringLiteral("reason"), u.reason}});
    return {{QStringLiteral("added"), QJsonArray::fromStringList(report.added)},
            {QStringLiteral("keyMismatch"), keyMismatch},
            {QStringLiteral("learnedKeys"), learnedKeys},
            {QStringLiteral("unsigned"), unsignedSubmissions},
            {QStringLiteral("untrustedAppraisals"), untrusted},
            {QStringLiteral("responses"), responses},
            {QStringLiteral("resubmitted"), resubmitted},
            {QStringLiteral("appraisalsIgnored"), ignored},
            {QStringLiteral("merged"), QJsonArray::fromStringList(report.merged)},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("otherEditions"), editions},
            {QStringLiteral("held"), held},
            {QStringLiteral("notListed"), notListed},
            {QStringLiteral("unchanged"), report.unchanged}};
}

QString reportText(const MergeReport &report, bool dryRun)
{
    QString text = dryRun ? Text::tr("Dry run: nothing was written.") + u'\n' : QString();
    text +=
        Text::tr(
            "Added: %1, updated: %2, conflicts: %3, duplicates: %4, rejected: %5, unchanged: %6")
            .arg(QString::number(report.added.size()), QString::number(report.updated.size()),
                 QString::number(report.conflicts.size()),
                 QString::number(report.duplicates.size()),
                 QString::number(report.rejected.size()), QString::number(report.unchanged))
        + u'\n';
    const auto compact = [](const QJsonValue &v) {
        return v.isObject() ? printableText(QString::fromUtf8(
                                  QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)))
               : v.isNull() ? QStringLiteral("—")
                            : printableText(v.toVariant().toString());
    };
    for (const auto &u : report.updated)
        text += Text::tr("UPDATED %1 %2 %3: %4 → %5")
                    .arg(printableText(u.assessment.left(8)), printableText(u.layer),
                         printableText(u.node), compact(u.before), compact(u.after))
                + u'\n';
    for (const auto &c : report.conflicts)
        text += Text::tr("CONFLICT %1 %2 %3: kept %4, other %5 (kept in the change log)")
                    .arg(printableText(c.assessment.left(8)), printableText(c.layer),
                         printableText(c.node), compact(c.kept), compact(c.other))
                + u'\n';
    for (const auto &d : report.duplicates)
        text += Text::tr("DUPLICATE %1 %2: two assessments %3 — both kept, resolve by hand")
                    .arg(printableText(d.agencyCode), QString::number(d.year),
                         printableText(d.assessments.join(QStringLiteral(", "))))
                + u'\n';
    for (const auto &e : report.editions)
        text +=
            Text::tr(
                "OTHER EDITION %1: this file uses criteria version %2, the other %3 — not merged")
                .arg(printableText(e.agencyCode), printableText(e.keptVersion),
                     printableText(e.otherVersion))
            + u'\n';
    for (const auto &r : report.resubmitted)
        text += Text::tr("RESUBMITTED %1: the submission sealed %2 replaces the one sealed %3")
                    .arg(r.agencyCode, formatLocalTime(r.sealedAt), formatLocalTime(r.previousSealedAt))
                + u'\n';
    for (const auto &i : report.appraisalsIgnored)
        text += Text::tr("APPRAISAL NOT TAKEN %1 from %2: only a colleague's appraisal file brings appraisals "
                         "(--accept-appraisals)")
                    .arg(i.agencyCode, i.file)
                + u'\n';
    for (const auto &h : report.held)
        text += Text::tr("HELD %1 from %2: %3 — not merged (--accept-mismatched takes it as it is)")
                    .arg(printableText(h.agencyCode), printableText(h.file),
                         printableText(Merger::heldDifferences(h)))
                + u'\n';
    for (const auto &n : report.notListed)
        text += Text::tr("NOT LISTED %1 (%2, group %3) from %4: merged; the province's list does not name it")
                    .arg(printableText(n.agencyCode), printableText(n.agencyName), printableText(n.group),
                         printableText(n.file))
                + u'\n';
    for (const auto &r : report.responses)
        text += Text::tr("RESPONSE %1 on item %2 from %3").arg(printableText(r.agencyCode), printableText(r.node),
                                                              printableText(r.file))
                + u'\n';
    for (const auto &k : report.keyMismatches)
        text += (k.incoming ? Text::tr("KEY MISMATCH %1 from %2: signed by the key %3, but the province file knows the "
                                       "agency's key %4 — not merged")
                                  .arg(printableText(k.agencyCode), printableText(k.file), *k.incoming, k.known)
                            : Text::tr("KEY MISMATCH %1 from %2: not signed, but the province file knows the agency's "
                                       "key %3 (a signature removed?) — not merged")
                                  .arg(printableText(k.agencyCode), printableText(k.file), k.known))
                + u'\n';
    for (const auto &l : report.learnedKeys)
        text += Text::tr("KEY LEARNT %1: %2 — compare this fingerprint with the agency's by phone or on paper, then "
                         "confirm it (trust --confirm --agency %1)")
                    .arg(printableText(l.agencyCode), l.key)
                + u'\n';
    for (const auto &u : report.unsignedSubmissions)
        text += Text::tr("UNSIGNED %1 from %2: merged; the submission carries no signature")
                    .arg(printableText(u.agencyCode), printableText(u.file))
                + u'\n';
    for (const auto &u : report.untrustedAppraisals) {
        const QString why = u.reason == QLatin1String("unsigned")
                                ? Text::tr("the appraisal is not signed")
                            : u.reason == QLatin1String("invalid")
                                ? Text::tr("its signature does not hold (changed after signing)")
                                : Text::tr("signed by the key %1, which the province file does not trust (trust "
                                           "--inspector)")
                                      .arg(u.signer.value_or(QString()));
        text += Text::tr("APPRAISAL NOT TRUSTED %1 from %2: %3 — not taken")
                    .arg(printableText(u.agencyCode), printableText(u.file), why)
                + u'\n';
    }
    for (const auto &r : report.rejected)
        text += Text::tr("REJECTED %1: %2").arg(printableText(r.file), printableText(r.reason))
                + u'\n';
    return text;
}

} // namespace

int merge(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("merge"),
                        Text::tr("Merges assessment files (or folders of them) into one file."));
    command.addPositional(QStringLiteral("inputs"), Text::tr("The files or folders to merge."),
                          QStringLiteral("IN.parx..."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The file to merge into; created when missing."),
                                    QStringLiteral("OUT.parx"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Text::tr("Report what would change without writing."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print the report as one JSON object."));
    const QCommandLineOption author = authorOption();
    const QCommandLineOption criteria(
        QStringLiteral("criteria"),
        Text::tr("A criteria set the province file accepts, besides the built-in ones (repeatable): "
                 "builtin:ID[@VERSION] or a file."),
        QStringLiteral("SPEC"));
    const QCommandLineOption appraisals(
        QStringLiteral("accept-appraisals"),
        Text::tr("The inputs are colleagues' appraisal files: take their appraisal layers and statuses. "
                 "Without it an input brings only the agency's own content."));
    const QCommandLineOption mismatched(
        QStringLiteral("accept-mismatched"),
        Text::tr("Merge submissions that do not match the province's list of agencies (name or group) or its "
                 "year as they are. Without it they are held: reported and not merged."));
    command.parser().addOptions({output, dryRun, json, author, criteria, appraisals, mismatched});
    if (const auto stop = command.parse(arguments, -1))
        return *stop;
    const auto outputPath = command.required(QStringLiteral("o"));
    if (!outputPath)
        return InvalidInput;
    const bool dry = command.parser().isSet(dryRun);

    MergeOptions options;
    options.dryRun = dry;
    options.acceptAppraisals = command.parser().isSet(appraisals);
    options.acceptMismatched = command.parser().isSet(mismatched);
    for (const QString &spec : command.parser().values(criteria)) {
        auto set = BuiltinCriteria::load(spec);
        if (!set)
            return reportError(set.error());
        options.acceptCriteria.append(set.value());
    }
    // A dry run into a file that does not exist yet works on a scratch copy. A new province
    // file accepts the built-in sets and those given.
    QTemporaryDir scratch;
    QString targetPath = *outputPath;
    if (!QFileInfo::exists(targetPath)) {
        if (dry)
            targetPath = scratch.filePath(QStringLiteral("dry-run.parx"));
        auto created = ParxFile::create(targetPath);
        if (!created)
            return reportError(created.error());
        options.acceptCriteria = BuiltinCriteria::all() + options.acceptCriteria;
    }
    auto opened = openFile(targetPath, ParxFile::Mode::ReadWrite);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &target = *std::get<std::unique_ptr<ParxFile>>(opened);

    const QStringList inputs = Merger::sourcesIn(command.positionalArguments());
    const auto report =
        Merger(target, authorName(command.parser().value(author))).merge(inputs, options);
    if (!report)
        return reportError(report.error());
    printOut(command.parser().isSet(json)
                 ? QString::fromUtf8(QJsonDocument(reportJson(report.value())).toJson())
                 : reportText(report.value(), dry));
    // The readable inputs were merged; a file that could not be read, that is held for the
    // inspector to decide, or that is not signed as the province file expects still says so.
    const MergeReport &done = report.value();
    return done.rejected.isEmpty() && done.held.isEmpty() && done.keyMismatches.isEmpty()
                   && done.untrustedAppraisals.isEmpty()
               ? Success
               : Unreadable;
}

} // namespace ParScore::Cli
