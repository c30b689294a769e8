// parscore-cli score --criteria SPEC --answers FILE [--as agency|appraiser] [--json]
#include "answersparser.h"
#include "builtincriteria.h"
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "scorejson.h"
#include "scorer.h"
#include "scoretable.h"

#include <QJsonDocument>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::ScoreCommand)
};

} // namespace

int score(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("score"),
                        Text::tr("Scores one layer of answers against a criteria set."));
    const QCommandLineOption criteria(
        QStringLiteral("criteria"),
        Text::tr("The criteria set: a JSON file or builtin:ID[@VERSION]."), QStringLiteral("SPEC"));
    const QCommandLineOption answers(QStringLiteral("answers"),
                                     Text::tr("The answers file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption as(QStringLiteral("as"),
                                Text::tr("Score as the agency (default; appraiser items left out) "
                                         "or as the appraiser."),
                                QStringLiteral("agency|appraiser"), QStringLiteral("agency"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object."));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     Text::tr("Show how every item's points were worked out."));
    command.parser().addOptions({criteria, answers, as, json, explain});
    if (const auto stop = command.parse(arguments, 0))
        return *stop;
    const auto criteriaSpec = command.required(criteria.names().constFirst());
    if (!criteriaSpec)
        return InvalidInput;
    const auto answersPath = command.required(answers.names().constFirst());
    if (!answersPath)
        return InvalidInput;
    const QString roleText = command.parser().value(as);
    if (roleText != QLatin1String("agency") && roleText != QLatin1String("appraiser")) {
        printErr(Text::tr("--as must be agency or appraiser, not “%1”.").arg(printableText(roleText))
                 + u'\n');
        return InvalidInput;
    }
    const Role role = roleText == QLatin1String("agency") ? Role::Agency : Role::Appraiser;

    const Result<CriteriaSet> set = BuiltinCriteria::load(*criteriaSpec);
    if (!set)
        return reportError(set.error());
    const Result<AnswerSet> answerSet = AnswersParser::parseFile(set.value(), *answersPath, role);
    if (!answerSet)
        return reportError(answerSet.error());

    const Scorecard card = scoreAnswers(set.value(), answerSet.value(), role);
    if (command.parser().isSet(json))
        printOut(QString::fromUtf8(
            QJsonDocument(scoreJson(set.value(), card)).toJson(QJsonDocument::Indented)));
    else
        printOut(scoreTable(set.value(), card, command.parser().isSet(explain)));
    return Success;
}

} // namespace ParScore::Cli
