#include "commandline.h"

#include "clioutput.h"

namespace ParScore::Cli {

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void CommandLine::addPositional(const QString &name, const QString &description,
                                const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> CommandLine::parse(const QStringList &arguments, int positionals)
{
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("parscore-cli ") + m_command);
    if (!m_parser.parse(withProgram)) {
        printErr(m_parser.errorText() + u'\n'
                 + tr("Run “parscore-cli %1 --help” for usage.").arg(m_command) + u'\n');
        return InvalidInput;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        printOut(m_parser.helpText());
        return Success;
    }
    const auto count = m_parser.positionalArguments().size();
    if ((positionals >= 0 && count != positionals) || (positionals < 0 && count == 0)) {
        printErr(tr("Wrong number of arguments for “%1”.").arg(m_command) + u'\n'
                 + tr("Run “parscore-cli %1 --help” for usage.").arg(m_command) + u'\n');
        return InvalidInput;
    }
    return std::nullopt;
}

std::optional<QString> CommandLine::required(const QString &option)
{
    if (!m_parser.isSet(option)) {
        printErr(tr("The option --%1 is required.").arg(option) + u'\n'
                 + tr("Run “parscore-cli %1 --help” for usage.").arg(m_command) + u'\n');
        return std::nullopt;
    }
    return m_parser.value(option);
}

bool CommandLine::year(const QString &option, std::optional<int> &value)
{
    value.reset();
    if (!m_parser.isSet(option))
        return true;
    bool ok = false;
    const int year = m_parser.value(option).toInt(&ok);
    if (!ok || year < 1900 || year > 2999) {
        printErr(tr("--year must be a year such as 2026, not “%1”.").arg(printableText(m_parser.value(option)))
                 + u'\n');
        return false;
    }
    value = year;
    return true;
}

} // namespace ParScore::Cli
