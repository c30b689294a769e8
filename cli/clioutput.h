#pragma once

#include "result.h"

#include <QString>

namespace ParScore::Cli {

// Exit statuses of criteria-format.md §5.
enum ExitCode
{
    Success = 0,
    InvalidInput = 1,
    Unreadable = 2
};

void printOut(const QString &text); // UTF-8 to stdout, as given (add your own newlines)
void printErr(const QString &text); // UTF-8 to stderr
// Prints an error with all its details and returns the matching exit status.
int reportError(const Error &error);
int exitCodeFor(ErrorKind kind);

// Display width of text in a terminal column: code points, not counting combining marks.
int displayWidth(const QString &text);
// Pads (or cuts with "…") to exactly `width` columns.
QString fitToWidth(const QString &text, int width, bool alignRight = false);

} // namespace ParScore::Cli
