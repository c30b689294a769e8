#pragma once

#include <QString>
#include <QStringList>
#include <utility>
#include <variant>

namespace ParScore {

// Why an operation failed. The CLI maps these to its exit statuses (1 and 2).
enum class ErrorKind
{
    Invalid,    // the input was read but breaks a rule (exit status 1)
    Unreadable, // missing, corrupt, not ours, from a newer version, I/O error (exit status 2)
};

struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;     // one sentence for the user, already translated
    QStringList details; // every individual problem, e.g. "node 1.1.2: …"

    static Error invalid(QString message, QStringList details = {})
    {
        return {ErrorKind::Invalid, std::move(message), std::move(details)};
    }
    static Error unreadable(QString message)
    {
        return {ErrorKind::Unreadable, std::move(message), {}};
    }
};

// A value or the error that prevented it; errors are values, not exceptions.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace ParScore
