#pragma once

struct CommandLine;

// Runs the command-line actions that need no window: --help, --version, --check, exports and
// --analyze. Returns the process exit code (0 success, 1 bad input, 2 usage error).
int runHeadless(const CommandLine &commandLine);
