#pragma once
// The headless command line: `atelier <command> ...`. Results go to stdout
// (JSON where asked), errors to stderr with exit code 2. Built on the same
// core code as the studio.

#include <QStringList>

namespace atelier::app {

// True when args (without the program name) name a headless command.
bool isCliCommand(const QStringList &args);
// A command that draws widgets (offscreen): it runs under a QApplication.
bool cliNeedsWidgets(const QStringList &args);
int runCli(const QStringList &args);
QString usage();

} // namespace atelier::app
