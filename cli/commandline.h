#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>

namespace ParScore::Cli {

// A QCommandLineParser for one command: parses, prints --help, and turns mistakes into a
// message and exit status 1 instead of QCommandLineParser's own exit().
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::Cli::CommandLine)

public:
    CommandLine(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addPositional(const QString &name, const QString &description, const QString &syntax);
    // Returns an exit status when the command should stop now (help shown or an error),
    // nullopt when it should go on. `positionals` is the exact number required (-1: any ≥ 1).
    std::optional<int> parse(const QStringList &arguments, int positionals);
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    // An option that is required; prints the problem when missing.
    std::optional<QString> required(const QString &option);
    // An optional year (`--year`): none when not given; false, with the problem printed, when
    // it is not a year from 1900 to 2999.
    bool year(const QString &option, std::optional<int> &value);

private:
    QString m_command;
    QCommandLineParser m_parser;
};

} // namespace ParScore::Cli
