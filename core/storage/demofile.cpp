#include "demofile.h"

#include "agencyfile.h"
#include "answersparser.h"
#include "assessmentstore.h"
#include "builtincriteria.h"

#include <QFile>

namespace ParScore {

Result<bool> DemoFile::create(const QString &path)
{
    const auto set = BuiltinCriteria::load(QStringLiteral("builtin:vn.ninhbinh.par.so"));
    if (!set)
        return set.error();
    QFile demo(QStringLiteral(":/demo/so-2026-self.json"));
    if (!demo.open(QIODevice::ReadOnly))
        return Error::unreadable(tr("The demo answers are missing from this build"));
    auto answers = AnswersParser::parse(set.value(), demo.readAll(), Role::Agency);
    if (!answers)
        return answers.error();
    // Leave the last third unscored: the demo shows work in progress.
    AnswerSet partial;
    const QList<QString> ids = answers.value().answers.keys();
    for (qsizetype i = 0; i < ids.size() * 2 / 3; ++i)
        partial.answers.insert(ids[i], answers.value().answers.value(ids[i]));
    partial.bonus = answers.value().bonus;

    // Everything is written before the file appears under its name.
    const QString author = tr("Demo");
    const auto made = createAgencyFile(
        path, set.value(), {QStringLiteral("DEMO-STP"), tr("Sở Tư pháp (demo)"), QStringLiteral("so"), 2026}, author,
        [&](AssessmentStore &store, const AssessmentInfo &info) -> Result<bool> {
            auto applied = store.applyAnswers(info, set.value(), Layer::Self, partial, author);
            if (!applied)
                return applied.error();
            return store.setNote(info, Layer::Self, set.value(), ids.constFirst(),
                                 tr("The plan was issued late because of the merger of the provinces."), author);
        });
    if (!made)
        return made.error();
    return true;
}

} // namespace ParScore
