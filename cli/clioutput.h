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

// UTF-8 to stdout / stderr (add your own newlines). As a last guard, every character that
// printableText() escapes is escaped here too, except newlines and tabs: the output's own
// line breaks stay, and JSON output keeps its meaning (the escapes are JSON's own).
void printOut(const QString &text);
void printErr(const QString &text);
// Text that came from a file or the command line (a name, a title, an id, a path, a change
// log entry), made safe to print on a terminal as one line: every control character (C0
// including tab, newline and ESC, DEL, C1) and every bidirectional control (U+061C,
// U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) and line or paragraph separator (U+2028,
// U+2029) is shown as a visible escape in JSON's form ("\u001b", "\u202e") instead of
// moving the cursor, clearing the screen or reordering the line.
QString printableText(const QString &text);
// Prints an error with all its details and returns the matching exit status.
int reportError(const Error &error);
int exitCodeFor(ErrorKind kind);

// Display width of text in a terminal column: code points, not counting combining marks.
int displayWidth(const QString &text);
// Pads (or cuts with "…") to exactly `width` columns, after printableText().
QString fitToWidth(const QString &text, int width, bool alignRight = false);

} // namespace ParScore::Cli
