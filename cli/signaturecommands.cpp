// parscore-cli verify: seals and signatures of every assessment of a file (Verification);
// parscore-cli sign: an inspector signs the appraisals of a file before sending it.
#include "assessmentstore.h"
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "fileaccess.h"
#include "requestfile.h"
#include "resultseal.h"
#include "signingkey.h"
#include "verification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ParScore::Cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::FileCommands)
};

QJsonObject verificationJson(const Verification &v)
{
    QJsonObject row{{QStringLiteral("agencyCode"), v.assessment.agencyCode},
                    {QStringLiteral("uuid"), v.assessment.uuid},
                    {QStringLiteral("sealed"), v.assessment.isSealed()},
                    {QStringLiteral("intact"), v.seal == SealState::Intact}};
    const QJsonObject seal = signatureJson(v.sealSignature);
    for (auto it = seal.begin(); it != seal.end(); ++it)
        row.insert(it.key(), it.value());
    if (v.hasFinal())
        row.insert(QStringLiteral("final"), signatureJson(v.finalSignature));
    if (v.appraisalSignature.isSigned)
        row.insert(QStringLiteral("appraisal"), signatureJson(v.appraisalSignature));
    return row;
}

// One line for the signature of `what` ("seal", "final result", "appraisal").
QString signatureLine(const QString &what, const SignatureCheck &check)
{
    if (!check.isSigned)
        return Text::tr("  %1: not signed").arg(what) + u'\n';
    if (!check.signer || !check.valid)
        return Text::tr("  %1: SIGNATURE DOES NOT HOLD (key %2)")
                   .arg(what, check.signer ? check.signer->fingerprint() : Text::tr("unreadable"))
               + u'\n';
    return Text::tr("  %1: signed by the key %2").arg(what, check.signer->fingerprint()) + u'\n';
}

QString verificationText(const Verification &v)
{
    const QString code = printableText(v.assessment.agencyCode);
    QString text;
    switch (v.seal) {
    case SealState::Intact:
        text = Text::tr("%1: sealed, intact (%2)").arg(code, printableText(v.assessment.sealSha256)) + u'\n';
        break;
    case SealState::NotSealed:
        return Text::tr("%1: not sealed").arg(code) + u'\n';
    case SealState::Tampered:
        text = Text::tr("%1: SEAL BROKEN, the self-assessment was changed after sealing").arg(code) + u'\n';
        break;
    }
    text += signatureLine(Text::tr("seal"), v.sealSignature);
    if (v.hasFinal())
        text += signatureLine(Text::tr("final result"), v.finalSignature);
    if (v.appraisalSignature.isSigned)
        text += signatureLine(Text::tr("appraisal"), v.appraisalSignature);
    return text;
}

} // namespace

int verify(const QStringList &arguments)
{
    CommandLine command(
        QStringLiteral("verify"),
        Text::tr("Checks the seals and signatures of a file: exit 0 when every assessment is sealed and intact "
                 "and every signature holds (an unsigned seal is reported as unsigned), 1 when one is not sealed, "
                 "was changed after sealing or its signature does not hold, 2 when unreadable."));
    command.addPositional(QStringLiteral("file"), Text::tr("The assessment file."),
                          QStringLiteral("F.parx"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object."));
    command.parser().addOption(json);
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadOnly);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    ParxFile &file = *std::get<std::unique_ptr<ParxFile>>(opened);
    const auto assessments = AssessmentStore(file).list();
    if (!assessments)
        return reportError(assessments.error());
    int status = assessments.value().isEmpty() ? InvalidInput : Success;
    QJsonArray rows;
    for (const AssessmentInfo &info : assessments.value()) {
        const auto verified = Verification::of(file, info);
        if (!verified)
            return reportError(verified.error());
        const Verification &v = verified.value();
        if (!v.holds())
            status = InvalidInput;
        if (command.parser().isSet(json))
            rows.append(verificationJson(v));
        else
            (v.holds() ? printOut(verificationText(v)) : printErr(verificationText(v)));
    }
    if (command.parser().isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("assessments"), rows}}).toJson()));
    // A request file also carries the response's own seal.
    if (RequestFile::isRequestFile(file) && verifyResponse(file) != Success)
        status = InvalidInput;
    return status;
}

int sign(const QStringList &arguments)
{
    CommandLine command(QStringLiteral("sign"),
                        Text::tr("Signs the appraisals of an inspectors' file with your key before it is sent to a "
                                 "colleague (merge --accept-appraisals takes only signed appraisals of a trusted "
                                 "inspector). A later change to an appraisal removes its signature."));
    command.addPositional(QStringLiteral("file"), Text::tr("The inspectors' file."), QStringLiteral("F.parx"));
    command.parser().addOption(authorOption());
    if (const auto stop = command.parse(arguments, 1))
        return *stop;
    auto opened = openFile(command.positionalArguments().constFirst(), ParxFile::Mode::ReadWrite);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    const auto key = signingKey(authorName(command.parser().value(QStringLiteral("author"))));
    if (std::holds_alternative<int>(key))
        return std::get<int>(key);
    const KeyPair &signer = std::get<StoredKey>(key).pair;
    const auto signedCount = ResultSeal::signAppraisals(*std::get<std::unique_ptr<ParxFile>>(opened), signer);
    if (!signedCount)
        return reportError(signedCount.error());
    printOut(Text::tr("Signed the appraisal of %n assessment(s) with the key %1.", nullptr, signedCount.value())
                 .arg(signer.publicKey().fingerprint())
             + u'\n');
    return Success;
}

} // namespace ParScore::Cli
